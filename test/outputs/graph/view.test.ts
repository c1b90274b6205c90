import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../src/config/schema.js';
import { seededRandom } from '../../../src/core/random.js';
import type { Factor } from '../../../src/model/index.js';
import { networkOf } from '../../../src/outputs/graph/view.js';
import { layoutNetwork } from '../../../src/outputs/graph/layout.js';

describe('networkOf', () => {
  it('draws the clustered terms grouped by factor, and links used together more than by chance', () => {
    const factor = (id: string) => ({ id, label: id.toUpperCase() }) as Factor;
    const config = ConfigSchema.parse({});
    const network = {
      factors: [factor('ict'), factor('people'), factor('unused')],
      network: {
        nodes: [
          { term: 'ict', definitions: 3, factorId: 'ict' },
          { term: 'citizen', definitions: 2, factorId: 'people' },
          { term: 'rare', definitions: 2, factorId: undefined },
        ],
        edges: [
          { source: 'citizen', target: 'ict', cooccurrences: 2, strength: 1.5 },
          { source: 'citizen', target: 'rare', cooccurrences: 2, strength: 2 },
          { source: 'ict', target: 'rare', cooccurrences: 1, strength: 3 },
        ],
      },
    };
    const net = networkOf({ ...network, config });
    expect(net).toEqual({
      nodes: [
        { id: 'ict', label: 'ict', size: 3, group: 'ict' },
        { id: 'citizen', label: 'citizen', size: 2, group: 'people' },
      ],
      edges: [{ source: 'citizen', target: 'ict', weight: 2 }],
      // Colours by factor id, over all the factors (the shipped codebook's own colours here).
      groups: [
        { id: 'ict', label: 'ICT', color: '#0072b2' },
        { id: 'people', label: 'PEOPLE', color: '#d55e00' },
      ],
    });
    // The config's limits: one node at most, and a stricter strength drops the citizen–ict link.
    expect(networkOf({ ...network, config: { network: { ...config.network, maxNodes: 1 } } }).nodes.map((n) => n.id)).toEqual(['ict']);
    expect(networkOf({ ...network, config: { network: { ...config.network, minStrength: 1.5 } } }).edges).toEqual([]);
    expect(networkOf({ ...network, config: { network: { ...config.network, minCooccurrences: 1 } } }).edges).toEqual([
      { source: 'citizen', target: 'ict', weight: 2 },
    ]);
  });
});

describe('layoutNetwork', () => {
  it('is seeded: same network and seed, same positions, all in the unit square', () => {
    const net = {
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, size: 1 })),
      edges: [
        { source: 'a', target: 'b', weight: 2 },
        { source: 'c', target: 'd', weight: 1 },
      ],
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

  it('is laid out again when anything it is made from changes, and not when only the groups do (the last layout is kept)', () => {
    const net = (weight: number, size = 1) => ({
      nodes: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, size: id === 'a' ? size : 1 })),
      edges: [
        { source: 'a', target: 'b', weight },
        { source: 'b', target: 'c', weight: 1 },
        { source: 'c', target: 'd', weight: 1 },
      ],
      groups: [],
    });
    const first = layoutNetwork(net(5));
    expect(layoutNetwork({ ...net(5), groups: [{ id: 'g', label: 'g' }] })).toBe(first);
    for (const [changed, seed] of [
      [net(1), undefined],
      [net(5, 9), undefined],
      [net(5), 7],
    ] as const) {
      const positions = layoutNetwork(changed, seed);
      // Laid out again (a new map), not the kept one.
      expect(positions).not.toBe(first);
      // The same positions as laid out afresh (after another network).
      layoutNetwork(net(5));
      expect([...layoutNetwork(changed, seed)]).toEqual([...positions]);
    }
  });

  it('draws from a repeatable random sequence', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
