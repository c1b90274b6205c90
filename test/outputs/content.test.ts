import { describe, expect, it } from 'vitest';
import { utf8Pieces } from '../../src/outputs/content.js';

const bytes = (pieces: Iterable<Uint8Array>) => Buffer.concat([...pieces]);

describe('utf8Pieces', () => {
  it('encodes the parts as one text would be, whatever the pieces they are joined into', () => {
    // Short lines (joined before encoding), a long part past a piece, and non-ASCII text.
    const parts = [...Array.from({ length: 5000 }, (_, i) => `row ${i},é ${'x'.repeat(i % 50)},😀\n`), 'y'.repeat(200_000), 'ß\n'];
    const pieces = [...utf8Pieces(parts)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(bytes(pieces).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });

  it('encodes a part ending in half a surrogate pair on its own, as writing it alone does', () => {
    // Each half alone is a lone surrogate (U+FFFD in UTF-8); joined they would be one emoji.
    const parts = ['a\uD83D', '\uDE00b'];
    expect(bytes(utf8Pieces(parts)).equals(Buffer.concat(parts.map((p) => Buffer.from(p, 'utf8'))))).toBe(true);
    expect(bytes(utf8Pieces(parts)).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(false);
  });

  it('writes the same bytes when told every part ends in a whole character (CSV lines), without looking at each', () => {
    const parts = [...Array.from({ length: 5000 }, (_, i) => `row ${i},é ${'x'.repeat(i % 50)},😀\n`), 'y'.repeat(200_000) + '\n', 'ß\n'];
    expect(bytes(utf8Pieces(parts, true)).equals(bytes(utf8Pieces(parts)))).toBe(true);
    expect(bytes(utf8Pieces(parts, true)).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });
});
