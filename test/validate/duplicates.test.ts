import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/pipeline.js';
import { words } from '../../src/core/text.js';
import { HEADER, tempCorpus } from '../helpers.js';
import { contentWords, shingles, shingleSimilarity, similarPairs, type DuplicateCandidate } from '../../src/validate/duplicates.js';

/** Config `duplicates.minShared`'s default. */
const MIN_SHARED = 5;

/**
 * The definition `similarPairs` must keep, written the slow way: every pair of texts that shares a
 * shingle used by 2..64 texts (the inverted index leaves out commoner ones), compared on all their
 * shingles.
 */
function referencePairs(items: readonly DuplicateCandidate[], size: number, threshold: number): { a: number; b: number; similarity: number }[] {
  const sets = items.map((item) => shingles(contentWords(item.text, new Set()), size));
  const df = new Map<string, number>();
  for (const set of sets) for (const s of set) df.set(s, (df.get(s) ?? 0) + 1);
  const out = [];
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const rare = [...sets[a]!].some((s) => sets[b]!.has(s) && df.get(s)! <= 64);
      if (!rare) continue;
      const similarity = shingleSimilarity(sets[a]!, sets[b]!);
      const shared = [...sets[a]!].filter((s) => sets[b]!.has(s)).length;
      if (similarity >= threshold && shared >= MIN_SHARED) out.push({ a, b, similarity });
    }
  }
  // Texts too short to share MIN_SHARED shingles are one definition when their words are the same.
  const said = items.map((item) => words(item.text).join(' '));
  for (let a = 0; a < sets.length; a++) {
    // (each repeat is paired with the first text saying it)
    if (sets[a]!.size >= MIN_SHARED || said.indexOf(said[a]!) < a) continue;
    for (let b = a + 1; b < sets.length; b++) if (said[b] === said[a]) out.push({ a, b, similarity: 1 });
  }
  return out.sort((x, y) => x.a - y.a || x.b - y.b);
}

describe('similarPairs', () => {
  // Few words, many texts: shingles shared by more than 64 texts (left out of the index) occur
  // alongside rare ones, so both parts of the count are exercised.
  const word = fc.constantFrom(
    'data',
    'energy',
    'people',
    'mobility',
    'services',
    'governance',
    'economy',
    'water',
    'waste',
    'health',
    'quality',
    'life',
    'transport',
    'digital',
  );
  const text = fc.array(word, { minLength: 0, maxLength: 14 }).map((w) => w.join(' '));

  it('finds the same pairs, with the same similarity, as comparing every pair', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 60, maxLength: 160 }), fc.constantFrom(0.2, 0.3, 0.6), fc.constantFrom(1, 2, 3), (texts, threshold, size) => {
        const items = texts.map((t, i) => ({ id: `d${i}`, text: t }));
        expect(similarPairs(items, size, threshold, new Set(), MIN_SHARED)).toEqual(referencePairs(items, size, threshold));
      }),
      { numRuns: 25 },
    );
  });

  it('cuts words as `words` does, in ASCII texts (read without the regular expression) and others', () => {
    // Capitals, digits, punctuation and hyphens inside and between words; some texts not ASCII.
    const written = fc.constantFrom('Data', 'DATA', 'data,', 'e-mail', 'CO2', '2030', '(ICT)', "city's", 'x_y', 'a.b', 'Z9', ' ', 'energy');
    const ascii = fc.array(written, { minLength: 0, maxLength: 12 }).map((w) => w.join(' '));
    // One text in five not ASCII.
    const mixed = fc.oneof({ arbitrary: ascii, weight: 4 }, { arbitrary: ascii.map((t) => `${t} café Ünion naïve — data`), weight: 1 });
    fc.assert(
      fc.property(fc.array(mixed, { minLength: 40, maxLength: 100 }), (texts) => {
        const items = texts.map((t, i) => ({ id: `d${i}`, text: t }));
        expect(similarPairs(items, 1, 0.3, new Set(), MIN_SHARED)).toEqual(referencePairs(items, 1, 0.3));
      }),
      { numRuns: 25 },
    );
  });

  it('finds a near-duplicate among texts that share only common shingles otherwise', () => {
    // 100 texts share "quality life" (too common to index); the pair also shares five rare shingles.
    const filler = Array.from({ length: 100 }, (_, i) => ({ id: `f${i}`, text: `quality life topic${i} more${i}` }));
    const pair = [
      { id: 'a', text: 'quality life alpha beta gamma delta epsilon zeta' },
      { id: 'b', text: 'quality life alpha beta gamma delta epsilon zeta eta' },
    ];
    const pairs = similarPairs([...filler, ...pair], 2, 0.3, new Set(), MIN_SHARED);
    expect(pairs).toEqual([{ a: 100, b: 101, similarity: 7 / 8 }]);
  });

  it('needs config duplicates.minShared shared shingles, however similar two short texts are', () => {
    // "smart city uses ICT" and "smart city uses ICT sensors": 3 shared shingles of the longer one's 4, similarity 0.75.
    const items = [
      { id: 'a', text: 'smart city uses ict' },
      { id: 'b', text: 'smart city uses ict sensors' },
    ];
    expect(similarPairs(items, 2, 0.3, new Set(), MIN_SHARED)).toEqual([]);
    expect(similarPairs(items, 2, 0.3, new Set(), 3)).toEqual([{ a: 0, b: 1, similarity: 3 / 4 }]);
    expect(similarPairs(items, 2, 0.3, new Set(), 4)).toEqual([]);
  });
});

describe('config duplicates.minShared', () => {
  it('is how many shingles two definitions must share, however similar they are', async () => {
    // Content words "urban platform integrates sensor networks" (4 shingles) and the same with
    // "drones" (5): 4 shared, similarity 4/5. One definition at minShared 4, two at the default 5.
    const corpus = tempCorpus({
      'definitions.csv': [
        HEADER,
        'a,academic,,smart city,definition,A,2020,T,,An urban platform integrates sensor networks.',
        'b,academic,,smart city,definition,B,2021,T,,An urban platform integrates sensor networks and drones.',
      ].join('\n'),
    });
    const groups = async (minShared?: number) =>
      (await check({ corpus, ...(minShared ? { overrides: { duplicates: { minShared } } } : {}) })).validated.duplicates.length;
    expect(await groups()).toBe(0);
    expect(await groups(4)).toBe(1);
  });
});
