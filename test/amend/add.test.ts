import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, HEADER, tempCorpus } from '../helpers.js';

// The seed's layout: CRLF line ends, minimal quoting.
const SEED =
  [
    HEADER,
    'giffinger-2007,academic,,smart city,definition,"Giffinger, R.",2007,Smart cities,https://example.org/g,"A city well performing in a forward-looking way in economy, people, governance, mobility, environment and living."',
    'ibm-2009,private,,smart city,definition,IBM,2009,,,A smart city uses information technology to make its critical infrastructure and services more aware and interactive.',
  ].join('\r\n') + '\r\n';

const corpusFile = (dir: string) => path.join(dir, 'corpus', 'definitions.csv');
const read = (dir: string) => readFileSync(corpusFile(dir), 'utf8');

function flagsFor(text: string, extra: string[] = []): string[] {
  return [
    'add',
    '--text',
    text,
    '--sector',
    'government',
    '--author',
    'European Commission',
    '--year',
    '2014',
    '--title',
    'Smart cities, a report',
    '--url',
    'https://example.org/ec',
    ...extra,
  ];
}

/** A CSV in the seed layout with `n` valid definitions, distinct enough not to be near-duplicates. */
function manyRows(n: number, eol = '\n'): string {
  const pool = (
    'energy water transport housing health schools waste safety culture parks data sensors citizens networks ' +
    'services governance economy mobility environment living people innovation platforms participation ' +
    'resilience climate planning markets jobs tourism lighting traffic buildings heating broadband apps ' +
    'openness trust privacy inclusion equity learning research universities startups finance budgets'
  ).split(' ');
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % pool.length;
  const rows = Array.from({ length: n }, (_, i) => {
    const words = Array.from({ length: 14 }, () => pool[next()]).join(' ');
    return `new-${i + 1},academic,,smart city,definition,Author ${i + 1},${2000 + (i % 20)},Paper ${i + 1},,"A smart city joins ${words}."`;
  });
  return [HEADER, ...rows].join(eol) + eol;
}

describe('citydefs add from flags', () => {
  it("appends one row in the file's own layout, with an id from author and year", async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(
      flagsFor('A smart city is a place where networks and services are made more efficient with digital solutions.', ['--term', 'smart city']),
      dir,
    );
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('Added 1 record to corpus/definitions.csv: european-commission-2014\n');
    expect(read(dir)).toBe(
      SEED +
        'european-commission-2014,government,,smart city,definition,European Commission,2014,"Smart cities, a report",https://example.org/ec,A smart city is a place where networks and services are made more efficient with digital solutions.\r\n',
    );
    expect((await cli(['validate'], dir)).code).toBe(0);
  });

  it('fills org_type from --org-type; a field the file has no column for is a warning, the page joins the title', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(
      flagsFor('A smart sustainable city uses standards to improve services for its residents.', [
        '--org-type',
        'standards body',
        '--language',
        'en',
        '--page',
        '4',
      ]),
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('command line [language]  warning  Cannot keep `language`: `definitions.csv` has no such column; the value is left out');
    expect(read(dir).split('\r\n').at(-2)).toBe(
      'european-commission-2014,government,standards body,,definition,European Commission,2014,"Smart cities, a report, p. 4",https://example.org/ec,A smart sustainable city uses standards to improve services for its residents.',
    );
  });

  it('exits 2 on a --wait that is not a number of seconds', async () => {
    const run = await cli(flagsFor('Some text about a city.', ['--wait', 'soon']), tempCorpus({ 'corpus/definitions.csv': SEED }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected a number of seconds; found `soon`');
  });

  it('makes generated ids unique and keeps a given --id', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    await cli(flagsFor('First definition of a smart city by the commission, about networks and services.'), dir);
    const second = await cli(flagsFor('Second text of the commission about cities, energy and the people who live there.'), dir);
    expect(second.stdout).toContain(': european-commission-2014-2\n');
    const third = await cli(flagsFor('Third text, on mobility, housing and participation in the city.', ['--id', 'ec-mobility']), dir);
    expect(third.stdout).toContain(': ec-mobility\n');
    const taken = await cli(flagsFor('Fourth text, on something else entirely: libraries and parks.', ['--id', 'ibm-2009']), dir);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('Expected a new id; `ibm-2009` is already used at `corpus/definitions.csv:3`');
  });

  it('lists every problem with field and found value, writes nothing and exits 1', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(['add', '--text', ' ', '--sector', 'media', '--year', '99', '--url', 'ftp://x'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('command line [sector]  error  Expected a sector, one of academic, private, government, ngo; found `media`');
    expect(run.stderr).toContain('command line [year]  error  Expected a four-digit year (1800–2100) or nothing; found `99`');
    expect(run.stderr).toContain('command line [url]  error  Expected an http(s) URL or nothing; found `ftp://x`');
    expect(run.stderr).toContain('[validate/invalid-text]');
    expect(run.stdout).toContain('Nothing written');
    expect(read(dir)).toBe(SEED);
  });

  it('shows the rows with --dry-run and writes nothing', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const run = await cli(flagsFor('A "smart" city, in short, is one that listens.', ['--dry-run']), dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Would append 1 record to corpus/definitions.csv:\n' +
        'european-commission-2014,government,,,definition,European Commission,2014,"Smart cities, a report",https://example.org/ec,"A ""smart"" city, in short, is one that listens."\r\n',
    );
    expect(read(dir)).toBe(SEED);
    expect(existsSync(path.join(dir, 'corpus', '.citydefs.lock'))).toBe(false);
  });

  it('starts a definitions file in an empty corpus folder', async () => {
    const dir = tempCorpus({ 'corpus/.keep': '' });
    expect((await cli(flagsFor('A smart city is a city that learns from its data.'), dir)).code).toBe(0);
    expect(read(dir)).toBe(
      `${HEADER}\neuropean-commission-2014,government,,,definition,European Commission,2014,"Smart cities, a report",https://example.org/ec,A smart city is a city that learns from its data.\n`,
    );
  });

  it('exits 2 when the corpus folder does not exist', async () => {
    const run = await cli([...flagsFor('Anything.'), '--corpus', 'nope'], tempCorpus({}));
    expect(run.code).toBe(2);
  });
});

describe('citydefs add: duplicates', () => {
  it('refuses the same text as an existing definition, unless --allow-duplicate', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const same = 'A smart city uses information technology to make its critical infrastructure and services more aware and interactive!';
    const refused = await cli(flagsFor(same), dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('the same text is `ibm-2009` at `corpus/definitions.csv:3` (--allow-duplicate adds it anyway)');
    expect(refused.stderr).toContain('[add/exact-duplicate]');
    expect(read(dir)).toBe(SEED);
    const allowed = await cli(flagsFor(same, ['--allow-duplicate']), dir);
    expect(allowed.code).toBe(0);
    expect(allowed.stderr).toContain('warning  It is the same text as `ibm-2009`');
    expect(read(dir)).toContain('european-commission-2014');
  });

  it('reports a near-duplicate (the same definition quoted with a preamble) and still adds it', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const quoted = 'According to IBM, a smart city uses information technology to make its critical infrastructure and services more aware and interactive.';
    const run = await cli(flagsFor(quoted), dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning {2}It is a near-duplicate \(similarity 0\.\d\d\) of `ibm-2009` at `corpus\/definitions\.csv:3`/);
    expect(run.stderr).toContain('[add/near-duplicate]');
    expect((await cli(['add', '--text', quoted, '--sector', 'ngo', '--strict'], dir)).code).toBe(1);
  });

  it('--quiet prints no summary line for add, edit and remove, and still the problems', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED });
    const text = 'A smart city lets its residents decide how its data is used.';
    const added = await cli(['add', '--id', 'quiet-1', '--text', text, '--sector', 'ngo', '--quiet'], dir);
    expect([added.code, added.stdout, added.stderr]).toEqual([0, '', '']);
    expect(read(dir)).toContain('quiet-1');
    const edited = await cli(['edit', 'quiet-1', '--sector', 'academic', '--quiet'], dir);
    expect([edited.code, edited.stdout]).toEqual([0, '']);
    const removed = await cli(['remove', 'quiet-1', '--quiet'], dir);
    expect([removed.code, removed.stdout]).toEqual([0, '']);
    expect(read(dir)).toBe(SEED);
    const bad = await cli(['add', '--text', text, '--quiet'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Expected a `sector`');
  });

  it('catches duplicates inside the batch too', async () => {
    const dir = tempCorpus({
      'corpus/definitions.csv': SEED,
      'new.jsonl': [
        '{"sector":"ngo","author":"A","year":2020,"text":"Cities that listen to people and act on what they hear, openly and fairly."}',
        '{"sector":"ngo","author":"B","year":2021,"text":"Cities that listen to people and act on what they hear, openly and fairly."}',
      ].join('\n'),
    });
    const run = await cli(['add', '--from', 'new.jsonl'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('new.jsonl:2 [text]  error  Expected a definition not yet in the corpus; the same text is `a-2020` (added in the same run)');
  });
});

describe('citydefs add --from', () => {
  it('adds 30 records from a CSV in the seed layout; analyze then includes them', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'new.csv': manyRows(30) });
    const run = await cli(['add', '--from', 'new.csv'], dir);
    expect(run.stderr).toBe('');
    expect(run).toMatchObject({ code: 0 });
    expect(run.stdout).toMatch(/^Added 30 records to corpus\/definitions\.csv: new-1, new-2, .*new-30\n$/);
    const text = read(dir);
    expect(text.startsWith(SEED)).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3 + 30 + 1);
    const analyzed = await cli(['analyze', '--no-png'], dir);
    expect(analyzed.code).toBe(0);
    expect(analyzed.stdout).toContain('Analysed 32 of 32 records');
  });

  it('writes nothing if one record of many is invalid, lists each problem with its line; --skip-invalid writes the rest', async () => {
    const rows = manyRows(5).split('\n');
    rows[2] = rows[2]!.replace(',academic,', ',media,');
    rows[4] = rows[4]!.replace(',2003,', ',3003,');
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'new.csv': rows.join('\n') });
    const run = await cli(['add', '--from', 'new.csv'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('new.csv:3 [sector]  error  Expected a sector, one of academic, private, government, ngo; found `media` (record `new-2`)');
    expect(run.stderr).toContain('new.csv:5 [year]  error  Expected a four-digit year (1800–2100) or nothing; found `3003` (record `new-4`)');
    expect(run.stdout).toBe('Nothing written: problems in 2 records of 5 (every record must be valid; --skip-invalid writes the valid ones).\n');
    expect(read(dir)).toBe(SEED);
    const skipping = await cli(['add', '--from', 'new.csv', '--skip-invalid'], dir);
    expect(skipping.code).toBe(1);
    expect(skipping.stdout).toBe('Added 3 records to corpus/definitions.csv: new-1, new-3, new-5\n');
  });

  it('counts the rows it could not read apart from the records it judged', async () => {
    const rows = manyRows(3).split('\n');
    const broken = [rows[0], rows[1], 'cut,ngo', rows[2]!.replace(',academic,', ',media,'), `${rows[3]},extra`].join('\n');
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'new.csv': `${broken}\n` });
    const run = await cli(['add', '--from', 'new.csv'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      'Nothing written: problems in 1 record of 2, and 2 rows or files could not be read (every record must be valid; --skip-invalid writes the valid ones).\n',
    );
  });

  it('reports a broken CSV row by line and writes nothing', async () => {
    const rows = manyRows(3).split('\n');
    rows[2] = 'new-2,academic,"unclosed,smart city,definition,X,2001,,,Text';
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'new.csv': rows.join('\n') });
    const run = await cli(['add', '--from', 'new.csv'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('new.csv:3  error  Expected the quote opened in this record to close');
    expect(read(dir)).toBe(SEED);
  });

  it('reads JSON and JSONL, with flags filling what records leave empty', async () => {
    const dir = tempCorpus({
      'corpus/definitions.csv': SEED,
      'a.json': JSON.stringify([
        { author: 'Nam, T.; Pardo, T.', year: 2011, text: 'A smart city infuses information into its physical infrastructure to improve conveniences.' },
      ]),
      'b.jsonl': '{"id":"x-1","sector":"private","text":"Smart cities are urban areas that exploit operational data to optimise operations."}\n',
    });
    const a = await cli(['add', '--from', 'a.json', '--sector', 'academic', '--term', 'smart city'], dir);
    expect(a.stdout).toBe('Added 1 record to corpus/definitions.csv: nam-2011\n');
    const b = await cli(['add', '--from', 'b.jsonl'], dir);
    expect(b.stdout).toBe('Added 1 record to corpus/definitions.csv: x-1\n');
    expect(read(dir)).toContain('nam-2011,academic,,smart city,definition,"Nam, T.; Pardo, T.",2011,,,A smart city infuses');
    expect((await cli(['validate'], dir)).code).toBe(0);
  });

  it('keeps a page without a page column in the title, a page column when there is one, and warns of a field it cannot keep', async () => {
    const rows = `${HEADER},page,language\nn-1,ngo,,,,A,2020,Report,,One text about a city and its streets.,12,de\n`;
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'new.csv': rows, 'other/definitions.csv': `${HEADER},page\n` });
    const run = await cli(['add', '--from', 'new.csv'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'new.csv:2 [language]  warning  Cannot keep `language`: `definitions.csv` has no such column; the value is left out (record `n-1`)  [add/column-missing]',
    );
    expect(read(dir)).toContain('\r\nn-1,ngo,,,definition,A,2020,"Report, p. 12",,One text about a city and its streets.\r\n');
    await cli(['add', '--from', 'new.csv', '--corpus', 'other'], dir);
    expect(readFileSync(path.join(dir, 'other', 'definitions.csv'), 'utf8')).toBe(
      `${HEADER},page\nn-1,ngo,,,definition,A,2020,Report,,One text about a city and its streets.,12\n`,
    );
  });

  it('reads a Markdown file with front matter, one record per paragraph', async () => {
    const md =
      '---\nsector: ngo\nauthor: Friends of Parks\nyear: 2019\n---\n\nA smart city is a green city.\n\nIt plants trees where\ndata says heat is worst.\n';
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'parks.md': md, 'notes.md': 'no front matter' });
    const run = await cli(['add', '--from', 'parks.md'], dir);
    expect(run.stdout).toBe('Added 2 records to corpus/definitions.csv: parks, parks-2\n');
    expect(read(dir)).toContain('\r\nparks-2,ngo,,,definition,Friends of Parks,2019,,,It plants trees where data says heat is worst.\r\n');
    const notes = await cli(['add', '--from', 'notes.md'], dir);
    expect(notes.code).toBe(1);
    expect(notes.stderr).toContain('notes.md:1  error  Expected front matter');
  });

  it('refuses a file of another format', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'new.xlsx': 'x' });
    const run = await cli(['add', '--from', 'new.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('new.xlsx  error  Expected a file of definitions, one of .csv, .json, .jsonl, .txt, .md; found `.xlsx`');
  });

  it('leaves no temporary or lock file behind', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': SEED, 'new.csv': manyRows(3) });
    await cli(['add', '--from', 'new.csv'], dir);
    expect(readdirSync(path.join(dir, 'corpus'))).toEqual(['definitions.csv']);
  });
});
