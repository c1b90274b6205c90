import { describe, expect, it } from 'vitest';
import { termNetwork } from '../../src/network/cooccurrence.js';
import { layoutNetwork, seededRandom } from '../../src/network/layout.js';
import type { TermStats } from '../../src/core/types.js';

const term = (name: string, definitions: number): TermStats => ({ term: name, key: name, words: 1, frequency: definitions, definitions, share: 0, bySector: {}, variants: [name] });

describe('termNetwork', () => {
  it('keeps frequent terms and links those sharing enough definitions', () => {
    const result = {
      terms: [term('ict', 3), term('citizen', 2), term('rare', 1)],
      definitionTerms: [
        { definitionId: 'a', term: 'ict', count: 1 },
        { definitionId: 'a', term: 'citizen', count: 2 },
        { definitionId: 'a', term: 'rare', count: 1 },
        { definitionId: 'b', term: 'ict', count: 1 },
        { definitionId: 'b', term: 'citizen', count: 1 },
        { definitionId: 'c', term: 'ict', count: 1 },
      ],
    };
    const net = termNetwork(result, { minDefinitions: 2, minEdgeWeight: 1 });
    expect(net.nodes).toEqual([
      { id: 'ict', label: 'ict', size: 3 },
      { id: 'citizen', label: 'citizen', size: 2 },
    ]);
    expect(net.edges).toEqual([{ source: 'citizen', target: 'ict', weight: 2 }]);
    expect(termNetwork(result, { minDefinitions: 2, minEdgeWeight: 3 }).edges).toEqual([]);
  });
});

describe('layoutNetwork', () => {
  it('is seeded: same network and seed, same positions, all in the unit square', () => {
    const net = {
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, size: 1 })),
      edges: [{ source: 'a', target: 'b', weight: 2 }, { source: 'c', target: 'd', weight: 1 }],
      groups: [],
    };
    const first = layoutNetwork(net);
    expect([...layoutNetwork(net)]).toEqual([...first]);
    for (const { x, y } of first.values()) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(1);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(1);
    }
    expect([...layoutNetwork(net, 7)]).not.toEqual([...first]);
  });

  it('draws from a repeatable random sequence', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
