import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/index.js';
import { render } from '../../src/outputs/index.js';
import { signed } from '../../src/outputs/analyses.js';
import { viridis, yearPosition } from '../../src/outputs/figures/overlay.js';
import { scatterLayout, ticksBetween } from '../../src/outputs/figures/scatter.js';
import { reportOf } from '../../src/outputs/report/build.js';
import { analyze } from '../../src/pipeline.js';
import { HEADER, tempCorpus } from '../helpers.js';

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };
const CODEBOOK = 'factor_id,label,description,seed_terms\nict,ICT,,ict;data\nenvironment,Environment,,environment;energy\npeople,People,,citizen;people\n';

// Twelve definitions, five without a year (more than any one year has), one in a gap year (2011,
// with periods ≤2010 and 2012–).
const texts = [
  ['a', 'academic', '2008', 'ICT and data serve citizens.'],
  ['b', 'private', '2009', 'ICT and data for energy.'],
  ['c', 'government', '2010', 'Citizens and people use ICT.'],
  ['d', 'ngo', '2011', 'The environment and energy.'],
  ['e', 'academic', '2013', 'Energy and the environment for people.'],
  ['f', 'private', '2014', 'Data and energy.'],
  ['g', 'government', '2015', 'People and citizens and the environment.'],
  ['h', 'ngo', '', 'ICT for citizens.'],
  ['i', 'academic', '', 'Environment and energy for citizens.'],
  ['j', 'private', '', 'Data and ICT.'],
  ['k', 'government', '', 'People and the environment.'],
  ['l', 'ngo', '', 'Energy, data and people.'],
];
const rows = [HEADER, ...texts.map(([id, sector, year, text]) => `${id},${sector},,smart city,definition,Author ${id},${year},,,"${text}"`)];

let result: RunResult;
let files: Map<string, string>;
beforeAll(async () => {
  result = await analyze({
    corpus: tempCorpus({
      'definitions.csv': rows.join('\n') + '\n',
      'codebook.csv': CODEBOOK,
      'config.json': JSON.stringify({ factors: { minDefinitions: 2, bootstrap: 0 }, periods: [{ to: 2010 }, { from: 2012 }] }),
    }),
  });
  files = new Map([...render(result, context, (name) => !name.endsWith('/'))].map(([name, content]) => [name, String(content)]));
});

const table = (file: string) => parse(files.get(file)!, { columns: true }) as Record<string, string>[];

describe('time outputs', () => {
  it('counts the definitions without a year and in a gap apart, never in a period, and warns about the gap', () => {
    expect(result.analyses.time).toMatchObject({
      undated: 5,
      outside: 1,
      periods: [
        { label: '≤2010', definitions: 3 },
        { label: '2012–', definitions: 3 },
      ],
    });
    const ict = table('factor-periods.csv').filter((r) => r.factor_id === 'ict');
    // ict (rules `ict`, `data`): a b c in ≤2010; f (2014) in 2012–; not d (2011); h j l of the 5 without a year.
    expect(ict.map((r) => [r.period, r.definitions, r.period_total])).toEqual([
      ['≤2010', '3', '3'],
      ['2012–', '1', '3'],
      ['other years', '0', '1'],
      ['no year', '3', '5'],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toContain('analyses/outside-periods');
  });

  it('never draws the undated definitions as a bar of the by-year chart', () => {
    const corpus = reportOf(result, context).sections.find((s) => s.id === 'corpus')!;
    const chart = JSON.stringify(corpus.blocks);
    const svg = /"name":"corpus-by-year".*?"svg":"(.*?)","column"/.exec(chart)![1]!;
    expect(svg).not.toContain('unknown');
    expect(svg).not.toContain('no year');
    expect((svg.match(/class=\\"bar\\"/g) ?? []).length).toBe(7);
  });

  it("writes each term's mean year in terms.csv", () => {
    const energy = table('terms.csv').find((r) => r.term === 'energy')!;
    // energy: b 2009, d 2011, e 2013, f 2014 (i, l have no year): 8047 / 4 = 2011.75.
    expect(energy.mean_year).toBe('2011.7500');
  });
});

describe('every analysis table', () => {
  it('has no NaN, Infinity or negative zero, and the report has the three sections with their figures', () => {
    for (const [name, text] of files) if (name.endsWith('.csv')) expect(text, name).not.toMatch(/NaN|Infinity|(^|,)-0(\.0+)?(,|$)/m);
    const report = reportOf(result, context);
    const ids = report.sections.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(['time', 'thematic-map', 'correspondence']));
    expect(ids.indexOf('time')).toBeGreaterThan(ids.indexOf('network'));
    expect(ids.indexOf('correspondence')).toBeLessThan(ids.indexOf('definitions'));
    const figures = JSON.stringify(report.sections)
      .match(/"name":"[a-z-]+"/g)!
      .map((m) => m.slice(8, -1));
    expect(figures).toEqual(
      expect.arrayContaining(['factors-by-period', 'term-overlay', 'thematic-evolution', 'thematic-map', 'correspondence-sectors', 'correspondence-periods']),
    );
  });

  it('thematic-map.csv has one row per factor with a quadrant', () => {
    const map = table('thematic-map.csv');
    expect(map.map((r) => r.factor_id)).toEqual(result.factors.map((f) => f.id));
    for (const r of map) expect(['motor', 'niche', 'basic', 'emerging-or-declining']).toContain(r.quadrant);
  });

  it('correspondence.csv: masses of each side add to 1, dimension shares to at most 1', () => {
    const ca = table('correspondence.csv').filter((r) => r.analysis === 'factor-sector' && r.dimension === '1');
    for (const kind of ['factor', 'sector']) expect(ca.filter((r) => r.kind === kind).reduce((s, r) => s + Number(r.mass), 0)).toBeCloseTo(1, 3);
  });
});

describe('a corpus of one sector', () => {
  it('has no factor × sector map, says why, and writes no rows for it', async () => {
    const one = await analyze({
      corpus: tempCorpus({
        'definitions.csv':
          [HEADER, ...texts.map(([id, , year, text]) => `${id},academic,,smart city,definition,Author ${id},${year},,,"${text}"`)].join('\n') + '\n',
        'codebook.csv': CODEBOOK,
        'config.json': JSON.stringify({ factors: { minDefinitions: 2, bootstrap: 0 } }),
      }),
    });
    expect(one.analyses.correspondence.sectors.note).toContain('only one sector has definitions');
    const csv = render(one, context, (n) => n === 'correspondence.csv').get('correspondence.csv') as string;
    expect(csv).not.toContain('factor-sector');
    const section = reportOf(one, context).sections.find((s) => s.id === 'correspondence')!;
    expect(JSON.stringify(section.blocks)).toContain('only one sector has definitions');
    expect(JSON.stringify(section.blocks)).toContain('Left out, empty in this table: sector private, sector government, sector ngo');
  });
});

describe('figure helpers', () => {
  it('viridis runs from dark blue to yellow; a year range of one year sits in the middle', () => {
    expect([viridis(0), viridis(1), viridis(-3), viridis(Number.NaN)]).toEqual(['#440154', '#fde725', '#440154', '#440154']);
    expect(viridis(0.5)).toBe('#21918c');
    expect(yearPosition(2012, 2010, 2014)).toBe(0.5);
    expect(yearPosition(2012, 2012, 2012)).toBe(0.5);
  });

  it('a correspondence map has one unit as long on both axes', () => {
    const l = scatterLayout({
      title: 't',
      points: [
        { id: 'a', label: 'a', x: -1, y: 0, color: '#000', title: 'a' },
        { id: 'b', label: 'b', x: 1, y: 0.1, color: '#000', title: 'b' },
      ],
      xLabel: 'x',
      yLabel: 'y',
      equalAspect: true,
      width: 740,
    });
    expect(l.xAt(1) - l.xAt(0)).toBeCloseTo(l.yAt(0) - l.yAt(1), 9);
    expect(ticksBetween(-0.45, 0.62)).toEqual([-0.4, -0.2, 0, 0.2, 0.4, 0.6]);
  });

  it('prints no negative zero', () => {
    expect([signed(-0.00001, 4), signed(-0.5, 4), signed(0, 2), signed(-0.004, 2)]).toEqual(['0.0000', '-0.5000', '0.00', '0.00']);
  });
});
