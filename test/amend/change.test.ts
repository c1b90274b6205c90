import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rowSpans } from '../../src/amend/rows.js';
import { cli, HEADER, tempCorpus } from '../helpers.js';

// CRLF, a quoted field with a comma, a blank line, a multi-line field, quotes inside quotes.
const SEED =
  `${HEADER}\r\n` +
  'a,academic,,smart city,definition,Ann,2010,"Paper, A",,"A smart city uses ICT, data and people to improve life."\r\n' +
  'b,private,,smart city,definition,Corp,2012,,,A smart city is an efficient city run on sensors and platforms.\r\n' +
  '\r\n' +
  'c,ngo,,smart city,definition,NGO,2013,,,"A ""smart"" city is\r\none where residents decide together."\r\n' +
  'd,government,,smart city,definition,Ministry,2014,,,Smart cities are places where services reach every district.\r\n';

const read = (dir: string) => readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8');

describe('rowSpans', () => {
  it('finds each record with its start line, across quoted line ends and blank lines', () => {
    const spans = rowSpans(SEED)!;
    expect(spans.map((s) => s.line)).toEqual([1, 2, 3, 5, 7]);
    expect(SEED.slice(spans[3]!.start, spans[3]!.end)).toBe(
      'c,ngo,,smart city,definition,NGO,2013,,,"A ""smart"" city is\r\none where residents decide together."',
    );
    expect(rowSpans('id,text\na,"open\n')).toBeUndefined();
  });
});

describe('citydefs remove', () => {
  it('removes the rows of the ids, every other byte kept', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(['remove', 'c', 'a'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('Removed 2 records from corpus/definitions.csv: c, a\n');
    const lines = SEED.split('\r\n');
    expect(read(dir)).toBe([lines[0], lines[2], lines[3], lines[6], ''].join('\r\n'));
    expect((await cli(['validate'], dir)).stdout).toBe('2 records: 2 valid, 2 would be analysed, 0 excluded.\n');
  });

  it('shows the rows with --dry-run and writes nothing, taking no lock', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(['remove', 'c', '--dry-run'], dir);
    expect(run.stdout).toBe(
      'Would remove 1 record from corpus/definitions.csv:\nc,ngo,,smart city,definition,NGO,2013,,,"A ""smart"" city is\r\none where residents decide together."\n',
    );
    expect(read(dir)).toBe(SEED);
    expect(existsSync(path.join(dir, 'corpus', '.citydefs.lock'))).toBe(false);
  });

  it('removes nothing when one id is not in the corpus, or not in a CSV file (exit 1)', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'corpus/more.jsonl': '{"id":"j","sector":"ngo","text":"A smart city is a connected one."}\n' });
    const unknown = await cli(['remove', 'a', 'nope'], dir);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('corpus  error  Expected the id of a record in the corpus; found `nope`  [amend/unknown-id]');
    expect(unknown.stdout).toBe('Nothing removed: every id must name a record of a CSV file in the corpus.\n');
    const json = await cli(['remove', 'j'], dir);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('Expected a record of a CSV file; `j` comes from `more.jsonl:1`: change that file by hand');
    expect(read(dir)).toBe(SEED);
  });

  it('refuses an id two records share', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED + 'a,ngo,,,,X,2020,,,Another text about smart cities and parks.\r\n' });
    const run = await cli(['remove', 'a'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Expected one record with this id; it names 2 (`definitions.csv:2`, `definitions.csv:8`)');
    expect(read(dir)).toContain('\r\na,ngo,');
  });

  it('waits for the lock and exits 2 while a live process holds it', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    writeFileSync(path.join(dir, 'corpus', '.citydefs.lock'), `${process.pid} ${hostname()} test\n`);
    const run = await cli(['remove', 'a', '--wait', '0.1'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot lock `corpus/.citydefs.lock`');
    expect(read(dir)).toBe(SEED);
  });
});

describe('citydefs edit', () => {
  it("rewrites only the edited row, in the file's layout", async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(['edit', 'b', '--sector', 'ngo', '--year', '2015', '--title', 'Report, 2nd ed.'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      'Changed `b` in corpus/definitions.csv:\n' +
        '- b,private,,smart city,definition,Corp,2012,,,A smart city is an efficient city run on sensors and platforms.\n' +
        '+ b,ngo,,smart city,definition,Corp,2015,"Report, 2nd ed.",,A smart city is an efficient city run on sensors and platforms.\n',
    );
    expect(read(dir)).toBe(SEED.replace('b,private,,smart city,definition,Corp,2012,,,', 'b,ngo,,smart city,definition,Corp,2015,"Report, 2nd ed.",,'));
  });

  it('edits a multi-line record and can clear a field', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(['edit', 'c', '--text', 'A smart city is one where residents decide together, online and off.', '--author', ''], dir);
    expect(run.code).toBe(0);
    expect(read(dir)).toBe(
      SEED.replace(
        'c,ngo,,smart city,definition,NGO,2013,,,"A ""smart"" city is\r\none where residents decide together."',
        'c,ngo,,smart city,definition,,2013,,,"A smart city is one where residents decide together, online and off."',
      ),
    );
  });

  it('keeps the record valid: an invalid value is listed and nothing is written', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(['edit', 'a', '--year', '99', '--sector', 'media'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('corpus/definitions.csv:2 [year]  error  Expected a four-digit year (1800–2100) or nothing; found `99` (record `a`)');
    expect(run.stderr).toContain('corpus/definitions.csv:2 [sector]  error  Expected a sector, one of academic, private, government, ngo; found `media`');
    expect(read(dir)).toBe(SEED);
  });

  it('shows before and after with --dry-run; adds a citation column the file lacks; refuses another field without a column', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const dry = await cli(['edit', 'd', '--doi', 'https://doi.org/10.1000/xyz-1', '--dry-run'], dir);
    expect(dry.stdout).toBe(
      'Would change `d` in corpus/definitions.csv (with new column `doi`, empty for the other rows):\n' +
        '- d,government,,smart city,definition,Ministry,2014,,,Smart cities are places where services reach every district.\n' +
        '+ d,government,,smart city,definition,Ministry,2014,,,Smart cities are places where services reach every district.,10.1000/xyz-1\n',
    );
    expect(read(dir)).toBe(SEED);
    await cli(['edit', 'd', '--doi', 'https://doi.org/10.1000/xyz-1'], dir);
    const widened = read(dir).split('\r\n');
    expect(widened[0]).toBe(`${HEADER},doi`);
    expect(widened[1]!.endsWith('to improve life.",')).toBe(true);
    expect(widened[3]).toBe('');
    const language = await cli(['edit', 'd', '--language', 'en'], dir);
    expect(language.code).toBe(1);
    expect(language.stderr).toContain('Cannot set `language`: `definitions.csv` has no such column');
  });

  it('warns when the new text repeats another definition; says so when nothing changes; needs a field', async () => {
    const long = 'A smart city is an efficient city run on sensors, open data platforms, shared mobility and participatory budgets for every district.';
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED + `e,private,,smart city,definition,Firm,2016,,,"${long}"\r\n` });
    const dup = await cli(['edit', 'd', '--text', long], dir);
    expect(dup.code).toBe(0);
    expect(dup.stderr).toContain('warning  The new text is the same text as `e` at `corpus/definitions.csv:8`');
    const same = await cli(['edit', 'd', '--year', '2014'], dir);
    expect(same.stdout).toBe('Nothing to change: `d` already has these values.\n');
    const none = await cli(['edit', 'd'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Expected a field to change');
  });
});

describe('add and remove at once', () => {
  it('serialize on the corpus lock: every add and every remove lands', async () => {
    const rows = Array.from(
      { length: 300 },
      (_, i) => `r-${i},academic,,smart city,definition,Author ${i},2010,Title ${i},,"Definition ${i}: w${i} x${i * 7} y${i * 13} z${i * 31} and ${i % 97}."`,
    );
    const dir = tempCorpus({ 'corpus/definitions.csv': [HEADER, ...rows].join('\r\n') + '\r\n' });
    const adds = [1, 2, 3].map((n) =>
      cli(['add', '--text', `New definition ${n} of a smart city with q${n * 11} and v${n * 17}.`, '--sector', 'ngo', '--id', `new-${n}`], dir),
    );
    const removes = [cli(['remove', 'r-0', 'r-150'], dir), cli(['remove', 'r-299'], dir), cli(['edit', 'r-10', '--year', '2020'], dir)];
    const results = await Promise.all([...adds, ...removes]);
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const text = read(dir);
    for (const n of [1, 2, 3]) expect(text).toContain(`\r\nnew-${n},ngo,`);
    for (const id of ['r-0', 'r-150', 'r-299']) expect(text).not.toMatch(new RegExp(`\\r\\n${id},`));
    expect(text).toContain('\r\nr-10,academic,,smart city,definition,Author 10,2020,');
    expect((await cli(['validate'], dir)).stdout).toBe('300 records: 300 valid, 300 would be analysed, 0 excluded.\n');
    expect(readdirSync(path.join(dir, 'corpus'))).toEqual(['definitions.csv']);
  });
});

describe('--json', () => {
  it('gives remove and edit a summary a script can read', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const removed = await cli(['remove', 'a', '--json'], dir);
    expect(JSON.parse(removed.stdout)).toMatchObject({ command: 'remove', exitCode: 0, removed: [{ id: 'a', file: 'corpus/definitions.csv' }], written: true });
    const edited = await cli(['edit', 'b', '--year', '2011', '--json'], dir);
    expect(JSON.parse(edited.stdout)).toMatchObject({
      command: 'edit',
      exitCode: 0,
      id: 'b',
      changed: true,
      written: true,
      after: 'b,private,,smart city,definition,Corp,2011,,,A smart city is an efficient city run on sensors and platforms.',
    });
    const missing = await cli(['edit', 'zz', '--year', '2011', '--json'], dir);
    expect(JSON.parse(missing.stdout)).toMatchObject({ command: 'edit', exitCode: 1, changed: false, diagnostics: { errors: 1 } });
  });
});
