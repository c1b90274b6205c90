import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChart, barChartLayout } from '../../../src/outputs/figures/bar.js';
import { heatMap, heatMapLayout } from '../../../src/outputs/figures/heatmap.js';
import { networkLayout, networkSvg } from '../../../src/outputs/figures/term-map.js';
import { colorsById, sequential } from '../../../src/outputs/figures/palette.js';
import { niceTicks } from '../../../src/outputs/figures/svg.js';
import type { Network } from '../../../src/outputs/graph/types.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
/** Parses the SVG as XML: a chart that is not well-formed fails here. */
const parse = (svg: string) => parser.parse(svg, true) as { svg: Record<string, unknown> };

describe('barChart', () => {
  const input = {
    title: 'By sector',
    bars: [
      { label: 'ngo', value: 9 },
      { label: 'private', value: 21 },
      { label: 'academic', value: 16 },
      { label: 'government', value: 21 },
    ],
    valueLabel: 'definitions',
    categoryLabel: 'sector',
  };

  it('sorts bars by value, ties by label, with lengths proportional to the values', () => {
    const l = barChartLayout(input);
    expect(l.bars.map((b) => b.label)).toEqual(['government', 'private', 'academic', 'ngo']);
    const top = l.ticks[l.ticks.length - 1]!;
    expect(top.value).toBe(25);
    for (const b of l.bars) expect(b.w).toBeCloseTo((b.value / 25) * l.plot.width, 6);
    expect(l.bars.map((b) => b.y)).toEqual([...l.bars.map((b) => b.y)].sort((a, b) => a - b));
    expect(l.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15, 20, 25]);
  });

  it('keeps the input order when asked (years) and draws vertical bars from the baseline', () => {
    const years = {
      ...input,
      bars: [
        { label: '2009', value: 3 },
        { label: '2014', value: 12 },
        { label: 'unknown', value: 5 },
      ],
      orientation: 'vertical' as const,
      sort: 'none' as const,
    };
    const l = barChartLayout(years);
    expect(l.bars.map((b) => b.label)).toEqual(['2009', '2014', 'unknown']);
    const baseline = l.plot.top + l.plot.height;
    for (const b of l.bars) expect(b.y + b.h).toBeCloseTo(baseline, 6);
    expect(l.bars[1]!.h / l.bars[0]!.h).toBeCloseTo(4, 6);
  });

  it('writes well-formed SVG with axis titles, a label and value per bar, and a legend for groups', () => {
    const svg = barChart({ ...input, groups: [{ id: 'g', label: 'Group <G>' }], bars: input.bars.map((b, i) => (i === 0 ? { ...b, group: 'g' } : b)) });
    expect(() => parse(svg)).not.toThrow();
    expect(svg).toContain('>definitions</text>');
    expect(svg).toContain('>sector</text>');
    expect(svg.match(/<rect [^>]*data-value=/g)).toHaveLength(4);
    expect(svg).toContain('Group &lt;G&gt;');
    // A group's colour comes from its id (`colorsById`), the same in the bar and the legend.
    const color = colorsById(['g']).get('g')!;
    expect(svg).toContain(`fill="${color}" data-value="9"`);
    expect(svg).toContain(`width="12" height="12" fill="${color}"`);
    expect(barChart(input)).toBe(barChart(input));
  });

  it('escapes labels', () => {
    const svg = barChart({ ...input, bars: [{ label: '<script>alert(1)</script>', value: 1 }] });
    expect(svg).not.toContain('<script>');
    expect(() => parse(svg)).not.toThrow();
  });
});

describe('niceTicks', () => {
  it('steps by 1, 2 or 5 × 10^k and reaches the maximum', () => {
    expect(niceTicks(21)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(0.56)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(3, 5, true)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('heatMap', () => {
  const input = {
    title: 'Factor × sector',
    rows: [
      { id: 'ict', label: 'ICT' },
      { id: 'env', label: 'Environment' },
    ],
    cols: [
      { id: 'a', label: 'academic' },
      { id: 'p', label: 'private' },
    ],
    cells: [
      { row: 'ict', col: 'a', value: 0.5, mark: '*' },
      { row: 'ict', col: 'p', value: 0.25 },
      { row: 'env', col: 'a', value: 0 },
      { row: 'env', col: 'p', value: 1 },
    ],
    rowLabel: 'factor',
    colLabel: 'sector',
    valueLabel: 'share',
    markLegend: '* significant',
  };

  it('places each cell at its row and column and colours it by its place on the scale', () => {
    const l = heatMapLayout(input);
    const cell = (r: string, c: string) => l.cells.find((x) => x.row === r && x.col === c)!;
    expect(cell('env', 'p').y).toBeGreaterThan(cell('ict', 'p').y);
    expect(cell('ict', 'p').x).toBeGreaterThan(cell('ict', 'a').x);
    expect(cell('ict', 'a').t).toBe(0.5);
    expect(cell('env', 'p').fill).toBe(sequential(1));
    expect(cell('env', 'a').fill).toBe(sequential(0));
    expect(l.legend.map((s) => s.value)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('draws values with their marks, both axes and the legends', () => {
    const svg = heatMap(input);
    expect(() => parse(svg)).not.toThrow();
    expect(svg).toContain('>0.5*</text>');
    expect(svg).toContain('>Environment</text>');
    expect(svg).toContain('>private</text>');
    expect(svg).toContain('>* significant</text>');
    expect(svg.match(/class="cell"/g)).toHaveLength(4);
  });
});

describe('networkSvg', () => {
  const network: Network = {
    nodes: [
      { id: 'ict', label: 'ICT', size: 20, group: 'f1' },
      { id: 'data', label: 'data', size: 5, group: 'f1' },
      { id: 'citizen', label: 'citizen', size: 10, group: 'f2' },
      { id: 'lonely', label: 'lonely', size: 1 },
    ],
    edges: [
      { source: 'ict', target: 'data', weight: 4 },
      { source: 'ict', target: 'citizen', weight: 2 },
    ],
    groups: [
      { id: 'f1', label: 'Technology' },
      { id: 'f2', label: 'People' },
    ],
  };
  const options = { title: 'Terms', sizeLabel: 'definitions', weightLabel: 'shared definitions' };

  it('sizes nodes by area, edges by weight, colours by group, and is the same every time', () => {
    const l = networkLayout(network, options);
    const node = (id: string) => l.nodes.find((n) => n.id === id)!;
    expect((node('ict').r - 3) / (node('data').r - 3)).toBeCloseTo(2, 6); // sqrt(20/5)
    expect(node('ict').color).not.toBe(node('citizen').color);
    expect(node('ict').color).toBe(node('data').color);
    const w = (s: string, t: string) => l.edges.find((e) => e.source === s && e.target === t)!.strokeWidth;
    expect(w('ict', 'data')).toBeGreaterThan(w('ict', 'citizen'));
    for (const n of l.nodes) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.x).toBeLessThanOrEqual(l.width);
      expect(n.y).toBeLessThanOrEqual(l.height);
    }
    const svg = networkSvg(network, options);
    expect(svg).toBe(networkSvg({ ...network, nodes: [...network.nodes].reverse() }, options));
    expect(() => parse(svg)).not.toThrow();
    expect(svg.match(/<circle /g)).toHaveLength(4);
    expect(svg.match(/<line /g)).toHaveLength(2);
    expect(svg).toContain('>Technology</text>');
  });
});
