import { describe, expect, it } from 'vitest';
import { bestJaccard, termFit } from '../../src/cluster/index.js';
import type { Factor } from '../../src/model/index.js';
import { cooccurrence, edges, incidenceOf } from '../../src/cluster/cooccurrence.js';
import { seedFactorsOf, sharedDefinitions, TermGraph } from '../../src/cluster/partition.js';
import { seededRandom } from '../../src/core/random.js';

// Two groups of terms that never meet, and a third that meets neither.
const docs = [
  ['ict', 'data', 'sensor'],
  ['ict', 'data'],
  ['data', 'sensor'],
  ['environment', 'energy', 'green'],
  ['environment', 'energy'],
  ['energy', 'green'],
  ['mobility', 'transport'],
  ['mobility', 'transport'],
];

describe('co-occurrence network', () => {
  it('counts definitions per pair and normalises by association strength', () => {
    const counts = cooccurrence(incidenceOf([['a', 'b'], ['a', 'b', 'c'], ['a']]));
    expect([...counts.df]).toEqual([3, 2, 1]);
    // a–b: 2 together; strength = 2 × 3 / (3 × 2) = 1. b–c: 1 × 3 / (2 × 1) = 1.5.
    expect(edges(counts)).toEqual([
      { source: 'a', target: 'b', cooccurrences: 2, strength: 1 },
      { source: 'a', target: 'c', cooccurrences: 1, strength: 1 },
      { source: 'b', target: 'c', cooccurrences: 1, strength: 1.5 },
    ]);
  });
});

describe('partition', () => {
  const run = (seedOf: Map<string, string>, seed = 1) => new TermGraph(incidenceOf(docs)).partition({ seedOf, resolution: 1, random: seededRandom(seed) });

  it('keeps seeds in their factor, brings their community along, and names the unseeded group emergent', () => {
    const groups = run(
      new Map([
        ['ict', 'ict'],
        ['environment', 'environment'],
      ]),
    );
    expect(Object.fromEntries(groups)).toEqual({
      ict: 'ict',
      data: 'ict',
      sensor: 'ict',
      environment: 'environment',
      energy: 'environment',
      green: 'environment',
      mobility: '~mobility',
      transport: '~mobility',
    });
  });

  it('is purely data-driven without seeds, and the same for any seed of the random generator', () => {
    const a = run(new Map(), 1);
    expect(new Set(a.values()).size).toBe(3);
    expect(run(new Map(), 7)).toEqual(a);
  });

  it('counts a document drawn twice in a resample twice, and one not drawn not at all', () => {
    const index = incidenceOf([
      ['a', 'b'],
      ['a', 'c'],
    ]);
    const counts = cooccurrence(index, [2, 0]);
    expect([...counts.df]).toEqual([2, 2, 0]);
    expect(edges(counts)).toEqual([{ source: 'a', target: 'b', cooccurrences: 2, strength: 1 }]);
  });

  it('scores a factor found again by its best Jaccard overlap', () => {
    expect(
      bestJaccard(
        ['a', 'b', 'c'],
        new Map([
          ['x', ['a', 'b']],
          ['y', ['c', 'd']],
        ]),
      ),
    ).toBeCloseTo(2 / 3, 10);
  });
});

describe('termFit', () => {
  it("is the share of a term's definitions that also use its factor's seeds (or, emergent, its other terms)", () => {
    const factor = (id: string, terms: string[], seeds: string[]) => ({ id, terms, seeds }) as unknown as Factor;
    const documents = [['ict', 'data'], ['ict', 'cost'], ['cost'], ['cost', 'data'], ['mobility', 'transport'], ['transport']];
    const index = incidenceOf(documents);
    const seedOf = new Map([['ict', 'ict']]);
    const { fit: fits, lift } = termFit(
      [factor('ict', ['ict', 'data', 'cost'], ['ict']), factor('emergent-1', ['mobility', 'transport'], [])],
      index,
      seedOf,
      index.terms.length,
    );
    const fit = index.terms.flatMap((t, l) => (Number.isNaN(fits[l]!) ? [] : [[t, { fit: fits[l], lift: lift[l] }] as const]));
    // cost: in 3 definitions, 1 with the seed `ict`. data: 2, 1 with `ict`. ict is the seed: no fit.
    // transport: 2 definitions, 1 with `mobility`; mobility: 1 of 1 with `transport`.
    // Lift: over the share of all 6 definitions with an anchor (ict: 2/6; mobility: 1/6; transport: 2/6).
    expect(Object.fromEntries(fit)).toEqual({
      cost: { fit: 1 / 3, lift: 1 },
      data: { fit: 0.5, lift: 1.5 },
      mobility: { fit: 1, lift: 3 },
      transport: { fit: 0.5, lift: 3 },
    });
  });
});

describe('definitions shared with seeds (the bootstrap counts them for every resample)', () => {
  it('match a count made definition by definition, with and without weights', () => {
    const random = seededRandom(7);
    const terms = Array.from({ length: 12 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const documents = Array.from({ length: 60 }, () => terms.filter(() => random() < 0.3));
    const index = incidenceOf(documents);
    // Three factors; a term seeds at most one, most seed none.
    const seedFactor = Int32Array.from(index.terms, (_, l) => (l % 4 === 3 ? -1 : l % 5 < 3 ? l % 3 : -1));
    const seeded = seedFactorsOf(index, seedFactor, 3);
    for (const weights of [undefined, Array.from(documents, () => Math.floor(random() * 3))]) {
      const w = (d: number) => (weights ? weights[d]! : 1);
      const shared = sharedDefinitions(index, seeded, cooccurrence(index, weights).df, weights);
      expect(shared.termFactor.some((x) => x > 0)).toBe(true);
      const termsOf = (d: number) => [...index.items.subarray(index.offsets[d]!, index.offsets[d + 1]!)];
      const factorsOf = (d: number) => new Set(termsOf(d).flatMap((l) => (seedFactor[l]! >= 0 ? [seedFactor[l]!] : [])));
      const definitions = documents.map((_, d) => d);
      index.terms.forEach((_, l) => {
        expect(shared.term[l]).toBe(definitions.reduce((sum, d) => sum + (termsOf(d).includes(l) ? w(d) : 0), 0));
        for (let f = 0; f < 3; f++) {
          const both = definitions.reduce((sum, d) => sum + (termsOf(d).includes(l) && factorsOf(d).has(f) ? w(d) : 0), 0);
          expect(shared.termFactor[l * 3 + f]).toBe(both);
        }
      });
      for (let f = 0; f < 3; f++) expect(shared.factor[f]).toBe(definitions.reduce((sum, d) => sum + (factorsOf(d).has(f) ? w(d) : 0), 0));
    }
  });
});
