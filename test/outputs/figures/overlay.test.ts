import { describe, expect, it } from 'vitest';
import { overlaySvg } from '../../../src/outputs/figures/overlay.js';
import type { Network } from '../../../src/outputs/graph/types.js';

describe('overlaySvg', () => {
  const network: Network = {
    nodes: [
      { id: 'ict', label: 'ICT', size: 20, group: 'f1' },
      { id: 'data', label: 'data', size: 5, group: 'f1' },
    ],
    edges: [{ source: 'ict', target: 'data', weight: 4 }],
    groups: [{ id: 'f1', label: 'Technology' }],
  };
  const options = { title: 'Terms by year', width: 640 };

  it('takes its year scale from every term, however many (a million definitions have some 150,000)', () => {
    // The scale runs from the earliest to the latest mean year of all terms: 300,000 terms between
    // 2001 and 2019 draw the same as the two extremes alone.
    const many = new Map<string, number>([
      ['ict', 2010],
      ['data', 2015],
    ]);
    for (let i = 0; i < 300_000; i++) many.set(`t${i}`, 2001 + (i % 19));
    const few = new Map<string, number>(
      [...many].slice(0, 2).concat([
        ['t0', 2001],
        ['t18', 2019],
      ]),
    );
    expect(overlaySvg(network, many, options)).toBe(overlaySvg(network, few, options));
  });
});
