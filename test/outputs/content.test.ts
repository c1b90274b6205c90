import { describe, expect, it } from 'vitest';
import { textPieces } from '../../src/outputs/content.js';

/** The bytes a writer makes of the pieces: each text encoded on its own. */
const bytes = (pieces: Iterable<string | Uint8Array>) => Buffer.concat([...pieces].map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));

describe('textPieces', () => {
  it('are the parts joined, encoded as one text would be, whatever the pieces they are joined into', () => {
    // Short lines (joined before encoding), a long part past a piece, and non-ASCII text.
    const parts = [...Array.from({ length: 5000 }, (_, i) => `row ${i},é ${'x'.repeat(i % 50)},😀\n`), 'y'.repeat(200_000), 'ß\n'];
    const pieces = [...textPieces(parts)];
    expect(pieces.length).toBeGreaterThan(2);
    expect(bytes(pieces).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });

  it('encodes a part ending in half a surrogate pair on its own, as writing it alone does', () => {
    // Each half alone is a lone surrogate (U+FFFD in UTF-8); joined they would be one emoji.
    const parts = ['a\uD83D', '\uDE00b'];
    expect(bytes(textPieces(parts)).equals(Buffer.concat(parts.map((p) => Buffer.from(p, 'utf8'))))).toBe(true);
    expect(bytes(textPieces(parts)).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(false);
  });

  it('writes the same bytes when told every part ends in a whole character (CSV lines), without looking at each', () => {
    const parts = [...Array.from({ length: 5000 }, (_, i) => `row ${i},é ${'x'.repeat(i % 50)},😀\n`), 'y'.repeat(200_000) + '\n', 'ß\n'];
    expect(bytes(textPieces(parts, true)).equals(bytes(textPieces(parts)))).toBe(true);
    expect(bytes(textPieces(parts, true)).equals(Buffer.from(parts.join(''), 'utf8'))).toBe(true);
  });
});
