import { describe, expect, it } from 'vitest';
import { thematicMap } from '../../src/analyses/thematic-map.js';
import type { Factor, TermNetwork } from '../../src/model/index.js';

const factor = (id: string, terms: string[], definitions: number): Factor => ({
  id,
  label: id.toUpperCase(),
  description: '',
  origin: 'emergent',
  terms,
  seeds: [],
  rules: [],
  definitions,
  share: 0,
  stability: undefined,
});

describe('thematic map (Callon; Cobo et al. 2011)', () => {
  // Four factors of two terms each; every term is in 2 definitions, so a link used by both
  // (c = 2) has e = 2² / (2 × 2) = 1 and a link used once (c = 1) has e = 1/4.
  //   internal: a1–a2 (c 2) e 1; b1–b2 (c 1) ¼; c1–c2 (c 2) 1; d1–d2 (c 1) ¼
  //   external: a1–b1 (c 2) 1; b2–d1 (c 1) ¼; c1–d2 (c 1) ¼; x–a1 (x is in no factor: ignored)
  // centrality = 10 × Σ external e: A 10, B 10 × 1.25 = 12.5, C 2.5, D 10 × 0.5 = 5; median 7.5.
  // density = 100 × Σ internal e / terms: A 50, B 12.5, C 50, D 12.5; median 31.25.
  // So A is motor, B basic (central, not dense), C niche (dense, not central), D emerging or declining.
  const node = (term: string, factorId?: string) => ({ term, definitions: 2, factorId });
  const link = (source: string, target: string, cooccurrences: number) => ({ source, target, cooccurrences, strength: 0 });
  const network: TermNetwork = {
    nodes: [node('a1', 'a'), node('a2', 'a'), node('b1', 'b'), node('b2', 'b'), node('c1', 'c'), node('c2', 'c'), node('d1', 'd'), node('d2', 'd'), node('x')],
    edges: [
      link('a1', 'a2', 2),
      link('b1', 'b2', 1),
      link('c1', 'c2', 2),
      link('d1', 'd2', 1),
      link('a1', 'b1', 2),
      link('b2', 'd1', 1),
      link('c1', 'd2', 1),
      link('a1', 'x', 2),
    ],
  };
  const factors = [factor('a', ['a1', 'a2'], 9), factor('b', ['b1', 'b2'], 7), factor('c', ['c1', 'c2'], 5), factor('d', ['d1', 'd2'], 3)];
  const map = thematicMap(network, factors);

  it('computes centrality and density from the equivalence index', () => {
    expect(map.themes.map((t) => [t.factorId, t.centrality, t.density, t.terms, t.definitions])).toEqual([
      ['a', 10, 50, 2, 9],
      ['b', 12.5, 12.5, 2, 7],
      ['c', 2.5, 50, 2, 5],
      ['d', 5, 12.5, 2, 3],
    ]);
    expect([map.medianCentrality, map.medianDensity]).toEqual([7.5, 31.25]);
  });

  it('names the quadrants around the medians, and ranks as bibliometrix plots them', () => {
    expect(map.themes.map((t) => t.quadrant)).toEqual(['motor', 'basic', 'niche', 'emerging-or-declining']);
    expect(map.themes.map((t) => t.centralityRank)).toEqual([3, 4, 1, 2]);
    expect(map.themes.map((t) => t.densityRank)).toEqual([3.5, 1.5, 3.5, 1.5]);
  });

  it('counts a factor at a median as below it', () => {
    // Without D: centrality A 10, B 10 (a1–b1; b2–d1 no longer leaves for a factor), C 0: median 10;
    // density A 50, B 12.5, C 50: median 50. A sits on both medians, B on one, C on the density
    // one: none is above a median, so all three are emerging or declining.
    const three = thematicMap(network, factors.slice(0, 3));
    expect(three.themes.map((t) => [t.centrality, t.density, t.quadrant])).toEqual([
      [10, 50, 'emerging-or-declining'],
      [10, 12.5, 'emerging-or-declining'],
      [0, 50, 'emerging-or-declining'],
    ]);
    expect([three.medianCentrality, three.medianDensity]).toEqual([10, 50]);
  });

  it('gives no medians without factors, and density 0 to a one-term factor', () => {
    expect(thematicMap(network, [])).toEqual({ themes: [], medianCentrality: undefined, medianDensity: undefined });
    const single = thematicMap({ nodes: [node('s', 's')], edges: [] }, [factor('s', ['s'], 1)]);
    expect(single.themes[0]).toMatchObject({ centrality: 0, density: 0 });
  });
});
