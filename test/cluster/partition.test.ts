import { describe, expect, it } from 'vitest';
import { bestJaccard, termFit } from '../../src/cluster/index.js';
import type { Factor } from '../../src/model/index.js';
import { cooccurrence, edges, incidenceOf } from '../../src/cluster/cooccurrence.js';
import { TermGraph } from '../../src/cluster/partition.js';
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
