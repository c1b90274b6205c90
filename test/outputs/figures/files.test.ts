import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/outputs/figures/bar.js';
import { figureFiles, figurePng, pngWidth, printedSize, standaloneSvg } from '../../../src/outputs/figures/files.js';
import { CATEGORICAL, colorsById, FACTOR_COLORS } from '../../../src/outputs/figures/palette.js';
import { networkLayout, placeLabels } from '../../../src/outputs/figures/term-map.js';
import type { Network } from '../../../src/outputs/graph/types.js';
import { cli, HEADER, readFolder, tempCorpus } from '../../helpers.js';

const bars = barChart({
  title: 'By sector',
  bars: [
    { label: 'academic', value: 3 },
    { label: 'ngo', value: 1 },
  ],
  valueLabel: 'definitions',
  categoryLabel: 'sector',
  width: 360,
});

describe('colorsById', () => {
  it('gives the shipped codebook’s factors their own colours, whichever of them a run finds', () => {
    expect(colorsById(['ict', 'people']).get('ict')).toBe(FACTOR_COLORS.ict);
    expect(colorsById(['people', 'mobility', 'ict', 'emergent-1']).get('ict')).toBe(FACTOR_COLORS.ict);
    expect(new Set(Object.values(FACTOR_COLORS)).size).toBe(Object.keys(FACTOR_COLORS).length);
  });

  it('colours other ids by id, not by rank: the order or a new factor ranked first changes nothing', () => {
    const ids = ['factor-1', 'factor-2', 'factor-3', 'factor-4'];
    const colors = colorsById(ids);
    expect(colorsById([...ids].reverse())).toEqual(colors);
    expect(new Set(colors.values()).size).toBe(4);
    for (const c of colors.values()) expect(CATEGORICAL).toContain(c);
    // A run that finds factor-2 alone gives it the colour it has among the others when nothing claims that colour first.
    expect(colorsById(['factor-2']).get('factor-2')).toBe(colorsById(['factor-2', 'factor-9']).get('factor-2'));
  });

  it('keeps colours distinct for up to 16 groups', () => {
    const ids = Array.from({ length: 16 }, (_, i) => `emergent-${i + 1}`);
    expect(new Set(colorsById(ids).values()).size).toBe(16);
  });
});

describe('placeLabels', () => {
  // A crowded network: 30 nodes on a small canvas, so some labels cannot be placed.
  const network: Network = {
    nodes: Array.from({ length: 30 }, (_, i) => ({ id: `t${i}`, label: `term number ${i}`, size: 1 + (i % 7), group: i % 2 ? 'a' : 'b' })),
    edges: Array.from({ length: 29 }, (_, i) => ({ source: `t${i}`, target: `t${i + 1}`, weight: 1 })),
    groups: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
  };
  const layout = networkLayout(network, { title: 'n', sizeLabel: 'd', weightLabel: 'w', width: 360, height: 260 });

  it('puts no label over a node or another label, and keeps labels in the drawing', () => {
    const placed = layout.nodes.filter((n) => n.place);
    expect(placed.length).toBeGreaterThan(5);
    for (const n of placed) {
      const box = n.place!.box;
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(360);
      for (const c of layout.nodes) {
        const dx = c.x - Math.max(box.left, Math.min(c.x, box.right));
        const dy = c.y - Math.max(box.top, Math.min(c.y, box.bottom));
        expect(dx * dx + dy * dy, `${n.id} label over ${c.id}`).toBeGreaterThanOrEqual(c.r * c.r);
      }
      for (const m of placed) {
        if (m === n) continue;
        const b = m.place!.box;
        expect(box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom, `${n.id} and ${m.id}`).toBe(false);
      }
    }
  });

  it('leaves out a label that has no free place, the most used terms placed first', () => {
    const nodes = [
      { id: 'big', label: 'big', size: 9, x: 50, y: 50, r: 10 },
      { id: 'small', label: 'small', size: 1, x: 50, y: 50, r: 3 },
    ];
    const places = placeLabels(nodes, { left: 0, top: 0, right: 100, bottom: 100 });
    expect(places.has('big')).toBe(true);
    expect(places.has('small')).toBe(false);
  });
});

describe('figure files', () => {
  const figure = { name: 'by-sector', svg: bars, column: 'single' as const };

  it('writes a standalone SVG sized in mm for its column, with the chart’s proportions', () => {
    const svg = standaloneSvg(figure);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    const { widthMm, heightMm } = printedSize(figure);
    expect(widthMm).toBe(85);
    const height = Number(/height="([\d.]+)"/.exec(bars)![1]);
    expect(heightMm).toBeCloseTo((height * 85) / 360, 1);
    expect(svg).toContain(`width="85mm" height="${heightMm}mm" viewBox="0 0 360 ${height}"`);
    expect(() => new XMLParser().parse(svg, true)).not.toThrow();
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
  });

  it('draws a PNG at 300 dpi of the column width, the same bytes each time, with its text in the shipped font', () => {
    const png = Buffer.from(figurePng(figure));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(pngWidth('single'));
    expect(pngWidth('single')).toBe(1004);
    expect(pngWidth('double')).toBe(2055);
    const phys = png.indexOf('pHYs', 0, 'latin1');
    expect(phys).toBe(37);
    expect(png.readUInt32BE(phys + 4)).toBe(11811);
    expect(Buffer.from(figurePng(figure)).equals(png)).toBe(true);
    // Without the font no text would be drawn: the chart with its labels differs from the chart without.
    const textless = Buffer.from(figurePng({ ...figure, svg: bars.replace(/<text [^>]*>[^<]*<\/text>/g, '') }));
    expect(textless.equals(png)).toBe(false);
  });

  it('names each figure twice under figures/: SVG and PNG; once without the PNG', () => {
    expect([...figureFiles([figure]).keys()]).toEqual(['figures/by-sector.svg', 'figures/by-sector.png']);
    expect([...figureFiles([figure], false).keys()]).toEqual(['figures/by-sector.svg']);
  });
});

describe('config report.png, analyze --no-png', () => {
  it('false: the same outputs without the PNGs, the manifest and the report saying so', async () => {
    const dir = tempCorpus({
      'corpus/definitions.csv': `${HEADER}\na,academic,,smart city,definition,Ann,2010,,,A smart city uses ICT to improve the quality of life.\n`,
      'corpus/config.json': '{}',
      'svg-only.json': JSON.stringify({ report: { png: false } }),
    });
    expect((await cli(['analyze', '--out', 'both'], dir)).code).toBe(0);
    expect((await cli(['analyze', '--out', 'svg', '--config', 'svg-only.json'], dir)).code).toBe(0);
    const both = readFolder(path.join(dir, 'both'));
    const svg = readFolder(path.join(dir, 'svg'));
    const pngs = Object.keys(both).filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBeGreaterThan(0);
    expect(Object.keys(svg).sort()).toEqual(
      Object.keys(both)
        .filter((name) => !name.endsWith('.png'))
        .sort(),
    );
    const manifest = (files: Record<string, string>) => JSON.parse(files['manifest.json']!);
    expect(manifest(svg).config.report.png).toBe(false);
    expect(manifest(both).config.report.png).toBe(true);
    expect(manifest(svg).outputs).toEqual(manifest(both).outputs.filter((name: string) => !name.endsWith('.png')));
    for (const report of ['report.md', 'report.html']) {
      expect(both[report]).toContain('as SVG and PNG.');
      expect(svg[report]).toContain('as SVG.');
      expect(svg[report]!.replace('as SVG.', 'as SVG and PNG.')).toBe(both[report]);
    }
    for (const name of Object.keys(svg)) if (!/^(manifest\.json|report\.(md|html))$/.test(name)) expect(svg[name], name).toBe(both[name]);
    // The flag is the setting.
    expect((await cli(['analyze', '--out', 'flag', '--no-png'], dir)).code).toBe(0);
    const flag = readFolder(path.join(dir, 'flag'));
    expect(manifest(flag).config).toEqual(manifest(svg).config);
    expect({ ...flag, 'manifest.json': '' }).toEqual({ ...svg, 'manifest.json': '' });
  });

  it('takes only true or false', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': `${HEADER}\n`, 'corpus/config.json': JSON.stringify({ report: { png: 'no' } }) });
    const run = await cli(['analyze'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('report.png');
  });
});
