import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model/index.js';
import { columnsOf, OUTPUT_FILES, type FieldType } from '../../src/outputs/dictionary.js';
import { render } from '../../src/outputs/index.js';
import { outputsReadme } from '../../src/outputs/readme.js';
import { analyze } from '../../src/pipeline.js';
import { HEADER, tempCorpus } from '../helpers.js';

const context = { created: '2026-01-01T00:00:00.000Z', versions: { citydefs: '0.0.0' }, corpusLabel: 'corpus' };

// Enough definitions for factors to form, with a duplicate and an excluded kind; with --sensitivity's files.
const rows = [
  HEADER + ',doi,container,volume,issue,pages,publisher',
  'a,academic,,smart city,definition,"Caragliu, Andrea; Del Bo, Chiara",2011,Smart cities in Europe,,A smart city uses ICT to improve the quality of life of its citizens.,10.1080/10630732.2011.601117,Journal of Urban Technology,18,2,65-82,',
  'b,private,,smart city,definition,IBM,2009,Smarter cities,https://example.org/ibm,A smart city uses information and communication technologies to make services efficient for citizens.,,,,,,IBM',
  'c,government,,smart sustainable city,definition,Ministry,2014,Strategy,,A smart sustainable city improves the quality of life and protects the environment with ICT.,,,,,,',
  'd,ngo,,smart city,definition,,,,,Citizens govern the city together with sustainable services and ICT.,,,,,,',
  'e,academic,,smart city,definition,Ann,2015,Paper,,A smart city invests in people and the environment to improve the quality of life.,,,,,,',
  'f,private,,smart city,goal,Corp,2016,,,Better services for everyone.,,,,,,',
  'g,academic,,smart city,definition,"Caragliu, Andrea; Del Bo, Chiara",2011,Smart cities in Europe,,"A smart city is one where investments in human capital, ICT and the environment fuel growth.",10.1080/10630732.2011.601117,Journal of Urban Technology,18,2,65-82,',
];

let result: RunResult;
let files: Map<string, string>;
beforeAll(async () => {
  result = await analyze({
    corpus: tempCorpus({
      'definitions.csv': rows.join('\n') + '\n',
      'config.json':
        '{"factors": {"minDefinitions": 2, "bootstrap": 0}, "sensitivity": {"enabled": true, "seeds": [1, 2], "resolutions": [1], "minDefinitions": [2, 3]}}',
      'codebook.csv':
        'factor_id,label,description,seed_terms\nict,ICT,,ict;information and communication technologies\nquality-of-life,Quality of life,,quality of life\n',
    }),
  });
  files = new Map([...render(result, context, (name) => !name.endsWith('/'))].map(([name, content]) => [name, String(content)]));
});

const table = (file: string) => parse(files.get(file)!, { relax_column_count: false }) as string[][];
const columnContext = () => ({ sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) });

const CONFORMS: Record<FieldType, RegExp> = {
  string: /^/,
  integer: /^-?\d+$/,
  number: /^-?(\d+(\.\d+)?|\.\d+)(e[-+]?\d+)?$/i,
  year: /^\d{4}$/,
};

describe('the data dictionary', () => {
  it('documents every file written, and every documented file is written', () => {
    expect([...files.keys()].sort()).toEqual(Object.keys(OUTPUT_FILES).sort());
  });

  it('is the header of every CSV, and every cell has the documented type', () => {
    for (const [file, text] of files) {
      if (!file.endsWith('.csv')) continue;
      const [header, ...body] = table(file);
      const columns = columnsOf(file, columnContext());
      expect(header, file).toEqual(columns.map((c) => c.name));
      for (const row of body) {
        columns.forEach((c, i) => {
          const value = row[i]!;
          if (value !== '') expect(value, `${file} ${c.name}`).toMatch(CONFORMS[c.type]);
        });
      }
      expect(text.endsWith('\n')).toBe(true);
    }
  });

  it('is in output/README.md: every file and every column; the committed copy is what a run writes', () => {
    const readme = files.get('README.md')!;
    for (const [file, doc] of Object.entries(OUTPUT_FILES)) {
      expect(readme).toContain(`\`${file}\``);
      for (const c of doc.columns ?? []) if (!c.each) expect(readme, `${file} ${c.name}`).toContain(`| \`${c.name}\` | ${c.type} |`);
    }
    expect(readFileSync('output/README.md', 'utf8')).toBe(outputsReadme());
  });

  it('gives datapackage.json one tabular resource per CSV, its fields the header, with types and keys', () => {
    const pkg = JSON.parse(files.get('datapackage.json')!) as {
      profile: string;
      name: string;
      resources: { name: string; path: string; profile: string; schema: { fields: { name: string; type: string }[]; primaryKey?: string[] } }[];
    };
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.name).toMatch(/^[a-z0-9._-]+$/);
    const csvs = [...files.keys()].filter((f) => f.endsWith('.csv'));
    expect(pkg.resources.map((r) => r.path)).toEqual(csvs);
    for (const resource of pkg.resources) {
      expect(resource.name).toMatch(/^[a-z0-9._/-]+$/);
      expect(resource.profile).toBe('tabular-data-resource');
      const [header, ...body] = table(resource.path);
      expect(resource.schema.fields.map((f) => f.name)).toEqual(header);
      for (const f of resource.schema.fields) expect(['string', 'integer', 'number', 'year']).toContain(f.type);
      // A primary key names columns that are there and identifies every row.
      const key = resource.schema.primaryKey ?? [];
      const at = key.map((k) => header!.indexOf(k));
      expect(
        at.every((i) => i >= 0),
        resource.path,
      ).toBe(true);
      if (key.length) expect(new Set(body.map((row) => at.map((i) => row[i]).join('\u0000'))).size, resource.path).toBe(body.length);
    }
  });
});

describe('the tidy tables', () => {
  it('definition-factor-long.csv is the matrix in long form, with evidence where the matrix has a 1', () => {
    const [, ...matrix] = table('definition-matrix.csv');
    const [matrixHeader] = table('definition-matrix.csv');
    const [, ...long] = table('definition-factor-long.csv');
    expect(long).toHaveLength(matrix.length * result.factors.length);
    const evidence = new Map(
      table('definition-factors.csv')
        .slice(1)
        .map((r) => [`${r[0]}/${r[1]}`, r[2]]),
    );
    for (const [id, sector, year, factor, value, words] of long) {
      const row = matrix.find((r) => r[0] === id)!;
      expect(row[1]).toBe(sector);
      expect(value).toBe(row[matrixHeader!.indexOf(factor!)]);
      expect(words).toBe(evidence.get(`${id}/${factor}`) ?? '');
      expect(year).toBe(String(result.analysed.find((d) => d.id === id)!.year ?? ''));
    }
  });

  it("factor-terms.csv lists every factor's terms, seeds marked, fit and lift only for the others", () => {
    const [, ...rowsOut] = table('factor-terms.csv');
    expect(new Set(rowsOut.map((r) => r[3]))).toEqual(new Set(['yes', 'no']));
    expect(rowsOut.some((r) => r[4] !== '')).toBe(true);
    expect(rowsOut.map((r) => `${r[0]}:${r[1]}`)).toEqual(result.factors.flatMap((f) => f.terms.map((t) => `${f.id}:${t}`)));
    for (const [factor, term, definitions, seed, fit, lift] of rowsOut) {
      const f = result.factors.find((x) => x.id === factor)!;
      expect(seed).toBe(f.seeds.includes(term!) ? 'yes' : 'no');
      expect(definitions).toBe(String(result.terms.find((t) => t.term === term)!.definitions));
      if (seed === 'yes') expect([fit, lift]).toEqual(['', '']);
    }
  });

  it("kwic.csv has one row per occurrence, its keyword at start–end of the definition's text, with its source", () => {
    const [header, ...body] = table('kwic.csv');
    const at = (name: string) => header!.indexOf(name);
    const uses = result.uses.term.length;
    const rules = Array.from(result.tables.matrix.evidenceRule).filter((r) => r >= 0).length;
    expect(body).toHaveLength(uses + rules);
    for (const row of body) {
      const d = result.analysed.find((x) => x.id === row[at('definition_id')])!;
      expect([row[at('author')], row[at('year')], row[at('sector')]]).toEqual([d.author, String(d.year ?? ''), d.sector]);
      expect(d.text.slice(Number(row[at('start')]), Number(row[at('end')]))).toBe(row[at('keyword')]);
      const rule = row[at('kind')] === 'rule';
      expect(rule ? row[at('term')] : row[at('rule')]).toBe('');
      if (rule) expect([result.rules.map((r) => r.replace(/^=/, "'=")).includes(row[at('rule')]!), row[at('evidence')]]).toEqual([true, 'yes']);
    }
    expect(body.filter((r) => r[at('kind')] === 'term')).toHaveLength(uses);
  });

  it('records.csv carries text, title and url, so it stands alone', () => {
    const [header, ...body] = table('records.csv');
    const row = (id: string) => Object.fromEntries(header!.map((h, i) => [h, body.find((r) => r[0] === id)![i]]));
    expect(row('a')).toMatchObject({
      title: 'Smart cities in Europe',
      doi: '10.1080/10630732.2011.601117',
      status: 'analysed',
      text: 'A smart city uses ICT to improve the quality of life of its citizens.',
    });
    expect(row('b')).toMatchObject({ url: 'https://example.org/ibm' });
    expect(row('f')).toMatchObject({ status: 'excluded-kind' });
    expect(body).toHaveLength(result.valid.length);
  });
});
