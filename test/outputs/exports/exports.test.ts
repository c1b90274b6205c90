import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml, toVosviewer, toVosviewerJson } from '../../../src/outputs/exports/network-files.js';
import { sheetName, xlsxFromCsv } from '../../../src/outputs/exports/xlsx.js';
import { FACTOR_COLORS, groupColors, NEUTRAL } from '../../../src/outputs/figures/palette.js';
import { networkOf } from '../../../src/outputs/graph/view.js';
import { analyze } from '../../../src/pipeline.js';
import { cli, HEADER, tempCorpus } from '../../helpers.js';

const rows = [
  HEADER,
  'a,academic,,smart city,definition,"=HYPERLINK(""http://x"")",2010,,,A smart city uses ICT and data to improve the quality of life of citizens.',
  'b,private,,smart city,definition,-Corp,2012,,,A smart city uses ICT and data for efficient services to citizens.',
  'c,government,,smart city,definition,@Gov,2013,,,ICT and data make services efficient and improve the quality of life.',
  'd,ngo,,smart city,definition,NGO,,,,Citizens and data shape the quality of life in a sustainable city.',
];
const corpus = () => tempCorpus({ 'corpus/definitions.csv': rows.join('\n') + '\n' });
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'attvalue', 'data', 'key'].includes(name) });
const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('citydefs export', () => {
  it('writes the workbook and network files into exports/, which analyze leaves alone', async () => {
    const dir = corpus();
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    const run = await cli(['export'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Wrote exports/: citydefs.xlsx, term-network.gexf, term-network.graphml, term-network-vosviewer-map.txt, term-network-vosviewer-network.txt, term-network-vosviewer.json, manifest.json\n',
    );
    await cli(['analyze', '--no-png'], dir);
    expect(existsSync(path.join(dir, 'exports', 'citydefs.xlsx'))).toBe(true);
    expect(existsSync(path.join(dir, 'output', 'citydefs.xlsx'))).toBe(false);
    const first = readFileSync(path.join(dir, 'exports', 'citydefs.xlsx'));
    await cli(['export', '--format', 'xlsx', '--out', 'again'], dir);
    expect(readFileSync(path.join(dir, 'again', 'citydefs.xlsx')).equals(first)).toBe(true);
  });

  it('has one sheet per CSV table, header frozen, numbers as numbers, formula-like text neutralised', async () => {
    const dir = corpus();
    await cli(['export', '--format', 'xlsx'], dir);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, 'exports', 'citydefs.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'terms',
      'definition-terms',
      'definition-keyterms',
      'factors',
      'definition-matrix',
      'definition-factors',
      'sector-factors',
      'cooccurrence',
      'factor-terms',
      'definition-factor-long',
      'kwic',
      'codebook-suggestions',
      'factor-periods',
      'factor-trends',
      'thematic-evolution',
      'thematic-map',
      'correspondence',
      'records',
    ]);
    for (const sheet of workbook.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    const terms = workbook.getWorksheet('terms')!;
    expect(terms.getRow(1).values).toEqual([
      undefined,
      'term',
      'frequency',
      'definitions',
      'share',
      'academic',
      'private',
      'government',
      'ngo',
      'factor_id',
      'factor_fit',
      'factor_lift',
      'words',
      'nested',
      'variants',
      'mean_year',
    ]);
    const data = terms.getRow(2).values as unknown[];
    expect(data.slice(2, 5).map((v) => typeof v)).toEqual(['number', 'number', 'number']);
    expect(terms.getColumn(4).numFmt).toBe('0.0000');
    const defs = workbook.getWorksheet('records')!;
    const authors = defs.getColumn(6).values.slice(2);
    expect(authors).toEqual(['\'=HYPERLINK("http://x")', "'-Corp", "'@Gov", 'NGO']);
    expect(defs.getColumn(7).values.slice(2)).toEqual([2010, 2012, 2013]);
    expect(defs.getCell(5, 7).value).toBeNull();
  });

  it('keeps leading-zero and mixed columns as text, and names sheets as Excel allows', async () => {
    const buffer = await xlsxFromCsv(new Map([['t.csv', 'id,n,x\n007,1,-2.5\n8,2,a\n']]));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('t')!;
    expect(sheet.getRow(2).values).toEqual([undefined, '007', 1, '-2.5']);
    expect(sheetName('a/very:long*name?with[bad]chars-and-more-than-31.csv', new Set())).toBe('a_very_long_name_with_bad_chars');
    expect(sheetName('terms.csv', new Set(['terms']))).toBe('terms-2');
  });

  it('rejects an unknown format with exit 2', async () => {
    const run = await cli(['export', '--format', 'pdf'], corpus());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected xlsx, gexf, graphml, vosviewer or all, comma-separated; found `pdf`.');
  });
});

describe('network files', () => {
  it('GEXF, GraphML and VOSviewer files hold every node and edge of the network', async () => {
    // The shipped corpus: a network with factors, enough nodes and edges to count.
    const result = await analyze({ corpus: 'corpus' });
    const network = networkOf(result);
    expect(network.nodes.length).toBeGreaterThan(3);
    expect(network.edges.length).toBeGreaterThan(3);

    const gexf = xml.parse(toGexf(network), true);
    expect(asArray(gexf.gexf.graph.nodes.node)).toHaveLength(network.nodes.length);
    expect(asArray(gexf.gexf.graph.edges.edge)).toHaveLength(network.edges.length);
    expect(gexf.gexf.version).toBe('1.2');
    expect(gexf.gexf.xmlns).toBe('http://www.gexf.net/1.2draft');
    const ids = new Set(asArray<{ id: string }>(gexf.gexf.graph.nodes.node).map((n) => n.id));
    for (const e of asArray<{ source: string; target: string }>(gexf.gexf.graph.edges.edge)) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    }

    const graphml = xml.parse(toGraphml(network), true);
    expect(asArray(graphml.graphml.graph.node)).toHaveLength(network.nodes.length);
    expect(asArray(graphml.graphml.graph.edge)).toHaveLength(network.edges.length);
    expect(graphml.graphml.graph.edgedefault).toBe('undirected');

    const vos = toVosviewer(network);
    const map = vos.map
      .trim()
      .split('\n')
      .map((l) => l.split('\t'));
    expect(map[0]).toEqual(['id', 'label', 'x', 'y', 'cluster', 'weight<Links>', 'weight<Total link strength>', 'weight<Occurrences>']);
    expect(map.slice(1).map((r) => r[0])).toEqual(network.nodes.map((_, i) => String(i + 1)));
    // One VOSviewer cluster per factor, numbered in factor order.
    expect(new Set(map.slice(1).map((r) => r[4]))).toEqual(new Set(network.groups.map((_, i) => String(i + 1))));
    const links = vos.network
      .trim()
      .split('\n')
      .map((l) => l.split('\t').map(Number));
    expect(links).toHaveLength(network.edges.length);
    for (const [a, b, w] of links) expect([a, b, w].every((v) => Number.isInteger(v) && v! > 0)).toBe(true);

    // VOSviewer Online's JSON: the same items, links and positions as the map and network files, clusters labelled.
    const json = JSON.parse(toVosviewerJson(network)) as {
      network: {
        items: { id: number; label: string; x: number; y: number; cluster?: number; weights: Record<string, number> }[];
        links: { source_id: number; target_id: number; strength: number }[];
        clusters: { cluster: number; label: string }[];
      };
    };
    expect(json.network.items.map((i) => [String(i.id), i.label, String(i.x), String(i.y), String(i.cluster)])).toEqual(map.slice(1).map((r) => r.slice(0, 5)));
    expect(json.network.items.map((i) => i.weights.Occurrences)).toEqual(network.nodes.map((n) => n.size));
    expect(json.network.links.map((l) => [l.source_id, l.target_id, l.strength])).toEqual(links);
    expect(json.network.clusters).toEqual(network.groups.map((g, i) => ({ cluster: i + 1, label: g.label })));
  });

  it("GraphML carries each node's factor label and colour; GEXF the same colour", () => {
    const network = {
      nodes: [
        { id: 'ict', label: 'ict', size: 5, group: 'ict' },
        { id: 'life', label: 'quality of life', size: 3, group: 'qol' },
        { id: 'loner', label: 'loner', size: 1 },
      ],
      edges: [{ source: 'ict', target: 'life', weight: 2 }],
      groups: [
        { id: 'ict', label: 'ICT' },
        { id: 'qol', label: 'Quality of life' },
      ],
    };
    const graphml = xml.parse(toGraphml(network), true);
    const data = (node: { data: { key: string; '#text': string | number }[] }) => Object.fromEntries(node.data.map((d) => [d.key, String(d['#text'])]));
    const nodes = asArray<{ id: string; data: { key: string; '#text': string | number }[] }>(graphml.graphml.graph.node).map(data);
    // Colours follow factor ids, as in the report: a known factor's own, another id's from its hash.
    const colorOf = groupColors(network.groups);
    expect(nodes[0]).toMatchObject({ group: 'ict', group_label: 'ICT', color: FACTOR_COLORS.ict });
    expect(nodes[1]).toMatchObject({ group: 'qol', group_label: 'Quality of life', color: colorOf('qol') });
    expect(nodes[2]).toMatchObject({ color: NEUTRAL });
    expect(nodes[2]).not.toHaveProperty('group');
    const hex = (n: Record<string, string>) => `#${[n.r, n.g, n.b].map((v) => Number(v).toString(16).padStart(2, '0')).join('')}`;
    expect(nodes.map(hex)).toEqual(nodes.map((n) => n.color!.toLowerCase()));
    expect(toGexf(network)).toContain(`<viz:color r="${parseInt(colorOf('qol').slice(1, 3), 16)}"`);
  });

  it('escapes labels and writes clusters when every node has a group', () => {
    const network = {
      nodes: [
        { id: 'a<&>', label: 'tab\there "q"', size: 2, group: 'g1' },
        { id: 'b', label: 'b', size: 1, group: 'g2' },
      ],
      edges: [{ source: 'a<&>', target: 'b', weight: 3 }],
      groups: [
        { id: 'g1', label: 'One' },
        { id: 'g2', label: 'Two' },
      ],
    };
    const gexf = xml.parse(toGexf(network), true);
    expect(asArray<{ id: string }>(gexf.gexf.graph.nodes.node)[0]!.id).toBe('a<&>');
    const vos = toVosviewer(network);
    expect(vos.map.split('\n')[0]).toContain('\tcluster\t');
    expect(vos.map.split('\n')[1]!.split('\t').slice(0, 2)).toEqual(['1', 'tab here "q"']);
    expect(vos.map.split('\n')[1]!.split('\t')[4]).toBe('1');
    expect(vos.network).toBe('1\t2\t3\n');
  });
});
