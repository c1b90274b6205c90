import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBibliography } from '../../src/bib/index.js';
import { splitBibtex, splitRis } from '../../src/bib/split.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { cli, HEADER, tempCorpus } from '../helpers.js';

const BIBTEX = `@string{jut = "Journal of Urban Technology"}
@article{caragliu2011,
  author = {Caragliu, Andrea and Del Bo, Chiara and Nijkamp, Peter},
  title = {Smart Cities in {E}urope},
  journal = jut,
  year = {2011},
  doi = {10.1080/10630732.2011.601117},
  abstract = {Urban performance depends on infrastructure. In this paper a smart city is defined as a city that invests in human capital, transport and ICT to drive sustainable growth.}
}
@article{broken2012,
  author = {Broken, A},
  title = {Missing brace,
  year = 2012

@book{nam2011,
  author = {Nam, Taewoo and Pardo, Theresa A.},
  title = {Conceptualizing smart city},
  year = {2011}
}
@misc{muller2020,
  author = {M{\\"u}ller, Karl},
  title = {St{\\"a}dte},
  year = 2020,
  url = {https://example.org/m},
  abstract = {Smart sustainable cities are cities that use ICT to improve life for residents today and tomorrow.}
}
`;

const RIS = `TY  - JOUR
AU  - Albino, Vito
AU  - Berardi, Umberto
PY  - 2015
TI  - Smart cities: definitions, dimensions, performance
DO  - 10.1080/10630732.2014.942092
AB  - The term smart city refers to a city that uses technology to improve the lives of its residents. Other text follows.
ER  - 

TY  - JOUR
AU  - Nobody, N.
PY  - 2019
TI  - Without abstract
ER  - 
`;

const CSL = JSON.stringify([
  {
    id: 'kitchin2014',
    type: 'article-journal',
    title: 'The real-time city',
    author: [{ family: 'Kitchin', given: 'Rob' }],
    issued: { 'date-parts': [[2014]] },
    URL: 'https://example.org/k',
    abstract: 'A smart city is a city that is increasingly composed of and monitored by pervasive and ubiquitous computing.',
  },
  'not an item',
]);

const corpus = (files: Record<string, string>) => tempCorpus({ 'corpus/definitions.csv': `${HEADER}\n`, ...files });
const read = (dir: string) => readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8');

describe('splitting bibliographies into entries', () => {
  it('splits BibTeX at each entry and keeps @string macros apart', () => {
    const { entries, macros } = splitBibtex(BIBTEX);
    expect(entries.map((e) => e.line)).toEqual([2, 10, 15, 20]);
    expect(macros).toBe('@string{jut = "Journal of Urban Technology"}');
  });

  it('splits RIS at TY/ER', () => {
    expect(splitRis(RIS).map((e) => e.line)).toEqual([1, 10]);
  });
});

describe('citydefs add --bib', () => {
  it("adds BibTeX abstracts' definitions; a broken entry is reported and the others load", async () => {
    const dir = corpus({ 'refs.bib': BIBTEX });
    const run = await cli(['add', '--bib', 'refs.bib', '--sector', 'academic'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refs.bib:10  error  Cannot read this entry: expected "text", got EOF');
    expect(run.stderr).toContain('[bib/entry]');
    expect(run.stderr).toContain('No definition sentence in the abstract of `nam2011 (Conceptualizing smart city)`; nothing to add from it');
    expect(run.stdout).toBe(
      'Added 2 records to corpus/definitions.csv (with new columns `doi`, `container`, empty for the rows already there): caragliu2011, muller2020\n',
    );
    // The citation is kept: the file gains the columns the entries have values for.
    expect(read(dir)).toBe(
      `${HEADER},doi,container\n` +
        'caragliu2011,academic,,smart city,definition,"Caragliu, Andrea; Del Bo, Chiara; Nijkamp, Peter",2011,Smart Cities in Europe,https://doi.org/10.1080/10630732.2011.601117,"a smart city is defined as a city that invests in human capital, transport and ICT to drive sustainable growth",10.1080/10630732.2011.601117,Journal of Urban Technology\n' +
        'muller2020,academic,,smart sustainable city,definition,"Müller, Karl",2020,Städte,https://example.org/m,Smart sustainable cities are cities that use ICT to improve life for residents today and tomorrow,,\n',
    );
    expect((await cli(['validate'], dir)).code).toBe(0);
  });

  it('reads RIS, with ids from author and year', async () => {
    const dir = corpus({ 'refs.ris': RIS });
    const run = await cli(['add', '--bib', 'refs.ris', '--sector', 'academic'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Added 1 record to corpus/definitions.csv (with new column `doi`, empty for the rows already there): albino-2015\n');
    expect(read(dir)).toContain(
      'albino-2015,academic,,smart city,definition,"Albino, Vito; Berardi, Umberto",2015,"Smart cities: definitions, dimensions, performance",https://doi.org/10.1080/10630732.2014.942092,The term smart city refers to a city that uses technology to improve the lives of its residents,10.1080/10630732.2014.942092\n',
    );
  });

  it("warns at the entry when the learned method reads an abstract's run-on sentence only in part", async () => {
    const runOn = `A smart city is a city that shares data${', and lamps and meters'.repeat(200)}.`;
    const bib = `@article{runon2020,\n  author = {Okafor, Ada},\n  title = {Lamps},\n  year = {2020},\n  abstract = {${runOn}}\n}\n`;
    const dir = corpus({ 'refs.bib': bib });
    const diagnostics = new Diagnostics();
    const read = await readBibliography('refs.bib', dir, diagnostics, { method: 'learned' });
    expect(read.records.length).toBeGreaterThan(0);
    const cut = diagnostics.list().filter((d) => d.code === 'mine/long-sentence-cut');
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatchObject({ file: 'refs.bib', line: 1, field: 'abstract' });
    const rules = new Diagnostics();
    await readBibliography('refs.bib', dir, rules, { method: 'rules' });
    expect(rules.list().filter((d) => d.code === 'mine/long-sentence-cut')).toEqual([]);
  });

  it('reads CSL-JSON; a bad item is reported', async () => {
    const dir = corpus({ 'refs.json': CSL });
    const run = await cli(['add', '--bib', 'refs.json', '--sector', 'academic', '--dry-run'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refs.json #2  error  Cannot read this item');
    expect(run.stdout).toBe(
      'Would append 1 record to corpus/definitions.csv:\n' +
        'kitchin2014,academic,,smart city,definition,"Kitchin, Rob",2014,The real-time city,https://example.org/k,A smart city is a city that is increasingly composed of and monitored by pervasive and ubiquitous computing\n',
    );
  });

  it('mines the abstracts by the learned model, or by the rules with `method` (`add --method`, config `mine.method`)', async () => {
    const dir = corpus({ 'refs.ris': RIS });
    const by = async (method?: 'rules' | 'learned') =>
      (await readBibliography('refs.ris', dir, new Diagnostics(), method ? { method } : {})).records.map((r) => r.mined?.pattern);
    expect(await by()).toEqual(['learned']);
    expect(await by('rules')).toEqual(['refers-to']);
    expect(await by('learned')).toEqual(['learned']);
    const run = await cli(['add', '--bib', 'refs.ris', '--sector', 'academic', '--method', 'learned', '--dry-run'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('The term smart city refers to a city that uses technology to improve the lives of its residents');
    expect((await cli(['add', '--bib', 'refs.ris', '--sector', 'academic', '--method', 'neural'], dir)).stderr).toContain(
      'Expected `rules` or `learned`; found `neural`',
    );
  });

  it('without --sector, says to pass it (exit 2) and writes nothing', async () => {
    const dir = corpus({ 'refs.ris': RIS });
    const run = await cli(['add', '--bib', 'refs.ris'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'citydefs add: Expected --sector with --bib (e.g. `--sector academic`): a bibliography does not say which sector its sources belong to\n',
    });
    expect(read(dir)).toBe(`${HEADER}\n`);
  });

  it('refuses a file that is no bibliography', async () => {
    const dir = corpus({ 'refs.txt': 'hello' });
    const run = await cli(['add', '--bib', 'refs.txt', '--sector', 'academic'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refs.txt  error  Expected BibTeX (`.bib`), RIS (`.ris`) or CSL-JSON (`.json`)  [bib/format]');
  });
});
