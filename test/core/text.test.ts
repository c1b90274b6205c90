import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText, someNamed } from '../../src/core/text.js';

describe('normalizeText', () => {
  it('is NFKC with single spaces, trimmed, whatever shortcut it takes', () => {
    const char = fc.constantFrom('a', 'Z', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', 'ﬁ', 'é', 'e\u0301', '①', '😀', '.');
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(char, { maxLength: 20 }).map((c) => c.join('')),
        ),
        (text) => {
          expect(normalizeText(text)).toBe(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('someNamed', () => {
  it('names all when they fit, the first few and a count when they do not', () => {
    expect(someNamed([], 3)).toBe('');
    expect(someNamed(['a'], 3)).toBe('`a`');
    expect(someNamed(['a', 'b', 'c'], 3)).toBe('`a`, `b`, `c`');
    expect(someNamed(['a', 'b', 'c', 'd', 'e'], 3)).toBe('`a`, `b`, `c`, and 2 more');
  });
});
