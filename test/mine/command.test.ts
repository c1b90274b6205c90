import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { defaultWorkers } from '../../src/core/parallel.js';
import { cli, HEADER, tempCorpus } from '../helpers.js';
import { makePdf } from '../pdf.js';

/** `output/records.csv`, as the columns that say who defined what and whether it was analysed: `id,sector,term,kind,author,year,status,kept_id,note`. */
function records(dir: string): string {
  const rows = parse(readFileSync(path.join(dir, 'output', 'records.csv')), { columns: true }) as Record<string, string>[];
  return rows
    .map((r) =>
      [r.definition_id, r.sector, r.term, r.kind, r.author, r.year, r.status, r.kept_id, r.note]
        .map((v) => (/[",]/.test(v ?? '') ? `"${v!.replace(/"/g, '""')}"` : v))
        .join(','),
    )
    .join('\n');
}

function withFiles(files: Record<string, string>, binaries: Record<string, Uint8Array> = {}): string {
  const dir = tempCorpus(files);
  for (const [name, data] of Object.entries(binaries)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  }
  return dir;
}

/** A paper that quotes Harrison et al. [1] and defines the concept itself, with its reference list. */
const QUOTING = makePdf([
  [
    'Cities and data',
    'Harrison et al. [1] define a smart city as a city connecting the physical',
    'infrastructure, the IT infrastructure, the social infrastructure and the',
    'business infrastructure to leverage the collective intelligence of the city.',
  ],
  [
    'We define a smart city as a city whose services learn from the data they produce.',
    'References',
    '[1] Harrison, C., Eckman, B., Hamilton, R.: Foundations for smarter',
    'cities. IBM J. Res. Dev. 54(4) (2010)',
  ],
]);
/** A panel transcript in Markdown: bold speaker labels, a role label resolved through the participants list. */
const PANEL_MD = [
  '# Whose smart city? Transcript',
  '',
  'Recorded 3 March 2025 at the Kelmford Town Hall.',
  '',
  '## Participants',
  '',
  '- Dana Whitcombe, Professor of Urban Informatics, Kelmford University',
  '- Jon Aas (moderator), Deputy Mayor of Corrandale',
  '',
  '## Transcript',
  '',
  '**MODERATOR:** Welcome. What do we mean by the words on the poster?',
  '',
  '**WHITCOMBE:** For me, a smart city is a city that uses data to improve the lives of its residents.',
  '',
  '**MODERATOR:** And we published our own answer last year. As the Smart Cities Council (2014) put it, a smart city is one that has digital technology embedded across all city functions.',
  '',
  '**MODERATOR:** Then let me add mine: a smart sustainable city is a smart city that judges each purchase by its carbon.',
  '',
  // (a nameless label's definition, filed under --author; `… lives within its means` scored 0.61 by the twenty-ninth
  // model and 0.43 by the thirtieth's retrain, its clause-final `means` weighed down: a definiens the model reads surely)
  '**Speaker 2:** A sustainable city is a city that lives within the ecological limits of its region.',
  '',
].join('\n');
const SOURCE = ['--sector', 'academic', '--author', 'Nam, T.', '--year', '2011', '--title', 'Conceptualizing smart city'];

describe('citydefs mine', () => {
  it('says --pick does nothing without --add (exit 2, one line)', async () => {
    const dir = withFiles({}, { 'paper.pdf': QUOTING });
    const run = await cli(['mine', 'paper.pdf', '--pick', '1'], dir);
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'citydefs mine: --pick chooses the candidates --add adds; without --add it does nothing\n' });
  });

  it('prints who is quoted, resolved through the reference list', async () => {
    const dir = withFiles({}, { 'paper.pdf': QUOTING });
    const run = await cli(['mine', 'paper.pdf', '--method', 'rules'], dir);
    expect(run.stdout).toBe(
      'paper.pdf (2 pages): 2 candidate definitions\n' +
        '    1  p1  0.95  a smart city as a city connecting the physical infrastructure, the IT infrastructure, the social infrastructure and the business infrastructure to leverage the collective intelligence of the city\n' +
        '       smart city · x-defines 0.95 × after a reporting verb 1.00 × 28 words 1.00\n' +
        '       quoted: Harrison et al. (2010) [1]\n' +
        '    2  p2  0.95  a smart city as a city whose services learn from the data they produce\n' +
        '       smart city · we-define 0.95 × after a reporting verb 1.00 × 14 words 1.00\n',
    );
  });

  it('--add files a quoted definition under the cited author and year, never the quoting paper’s', async () => {
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\n` }, { 'paper.pdf': QUOTING });
    const run = await cli(['mine', 'paper.pdf', '--add', ...SOURCE], dir);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toBe(
      `${HEADER}\n` +
        'nam-2011-p1,academic,,smart city,definition,Harrison et al.,2010,"quoted in Conceptualizing smart city (Nam, T., 2011), ref. [1], p. 1",,"a smart city as a city connecting the physical infrastructure, the IT infrastructure, the social infrastructure and the business infrastructure to leverage the collective intelligence of the city"\n' +
        'nam-2011-p2,academic,,smart city,definition,"Nam, T.",2011,"Conceptualizing smart city, p. 2",,a smart city as a city whose services learn from the data they produce\n',
    );
  });

  it('--add gives a quotation the sector of the corpus’s records by its author, or keeps the document’s and warns', async () => {
    /** `mine paper.pdf --add` into a corpus of `rows`: the run and the new definitions.csv. */
    const addQuoting = async (...rows: string[]) => {
      const dir = withFiles({ 'corpus/definitions.csv': [HEADER, ...rows, ''].join('\n') }, { 'paper.pdf': QUOTING });
      const run = await cli(['mine', 'paper.pdf', '--add', ...SOURCE], dir);
      return { run, definitions: readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8') };
    };
    const byHarrison =
      'harrison2010,private,,smart city,definition,"Harrison, C.",2010,Foundations for smarter cities,,"A smart city is a city that instruments, interconnects and makes intelligent its infrastructure."';
    const byOtherHarrison = 'harrison2011,academic,,smart city,definition,"Harrison, R.",2011,Cities,,"A smart city is a city that learns from its own data."';

    const known = await addQuoting(byHarrison);
    expect(known.run.code).toBe(0);
    expect(known.definitions).toContain('\nnam-2011-p1,private,,smart city,definition,Harrison et al.,2010,');
    expect(known.definitions).toContain('\nnam-2011-p2,academic,');
    expect(known.run.stderr).toContain(
      "paper.pdf p1 [sector]  warning  A quotation of Harrison et al. is filed under `private`, the sector of the corpus's records by the same author (`harrison2010`), not the quoting document's `academic` (record `nam-2011-p1`)  [add/quoted-sector]",
    );

    const alone = await addQuoting();
    expect(alone.run.code).toBe(0);
    expect(alone.definitions).toContain('\nnam-2011-p1,academic,');
    expect(alone.run.stderr).toContain(
      "paper.pdf p1 [sector]  warning  A quotation of Harrison et al. keeps the quoting document's sector `academic` (no record in the corpus is by Harrison et al.); check that it is the cited source's (record `nam-2011-p1`)  [add/quoted-sector-unknown]",
    );

    const mixed = await addQuoting(byHarrison, byOtherHarrison);
    expect(mixed.definitions).toContain('\nnam-2011-p1,academic,');
    expect(mixed.run.stderr).toContain("(the corpus's records by the same author (`harrison2010`, `harrison2011`) are `academic` and `private`)");
  });

  it('a PDF in the corpus files its quotations by the same rule as --add, and the original is the one counted', async () => {
    const meta = JSON.stringify({ sector: 'academic', author: 'Nam, T.', year: 2011, title: 'Conceptualizing smart city' });
    const original =
      'harrison2010,private,,smart city,definition,"Harrison, C.",2010,Foundations for smarter cities,,"A smart city connects the physical infrastructure, the IT infrastructure, the social infrastructure, and the business infrastructure to leverage the collective intelligence of the city."';
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\n${original}\n`, 'corpus/paper.meta.json': meta }, { 'corpus/paper.pdf': QUOTING });
    const run = await cli(['analyze', '--no-png'], dir);
    expect(run.code).toBe(0);
    const definitions = records(dir);
    expect(definitions).toContain(
      'paper-p1,private,smart city,definition,Harrison et al.,2010,excluded-duplicate,harrison2010,"near-duplicate (similarity 0.90) of `harrison2010`, kept for: its title does not say `quoted`"',
    );
    expect(definitions).toContain('paper-p2,academic,smart city,definition,"Nam, T.",2011,analysed');
    expect(run.stderr).toContain(
      "paper.pdf  warning  Filed 1 quotation under the sector of the corpus's records by the cited author, not the document's `academic`: `paper-p1` (Harrison et al.) as `private`  [ingest/quoted-sector]",
    );

    // With no record by the cited author in the corpus, the quotation keeps the document's sector, and a warning says so.
    const alone = withFiles({ 'corpus/definitions.csv': `${HEADER}\n`, 'corpus/paper.meta.json': meta }, { 'corpus/paper.pdf': QUOTING });
    const aloneRun = await cli(['analyze', '--no-png'], alone);
    expect(aloneRun.code).toBe(0);
    expect(records(alone)).toContain('paper-p1,academic,smart city,definition,Harrison et al.,2010,analysed');
    expect(aloneRun.stderr).toContain(
      "paper.pdf  warning  Kept the document's sector `academic` for 1 quotation whose cited author has no record in the corpus, or records in several sectors: `paper-p1` (Harrison et al.); check that it is each source's  [ingest/quoted-sector-unknown]",
    );
  });

  it('mines text, Markdown and saved web pages, and the documents of a folder in path order', async () => {
    const dir = withFiles({
      'docs/b/page.html':
        '<html><head><title>Wien</title></head><body><p>For Vienna, a smart city is a city that offers the best quality of life to all its inhabitants.</p></body></html>',
      'docs/a/notes.md':
        '---\ntitle: Notes\n---\n\n# Reading notes\n\nSeen from the street, **smart cities** are cities in which services can be found and combined online.\n',
      'docs/c.txt': 'Nothing here defines anything.\n',
      'docs/.hidden/x.txt': 'A smart city is a city that hides.\n',
    });
    const run = await cli(['mine', 'docs', '--method', 'rules'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'docs/a/notes.md (1 page): 1 candidate definition\n' +
        '    1  l7  0.81  smart cities are cities in which services can be found and combined online\n' +
        '       smart city · is-np 0.85 × after an introductory phrase 0.95 × 13 words 1.00\n' +
        'docs/b/page.html (1 page): 1 candidate definition\n' +
        '    2  p1  0.86  a smart city is a city that offers the best quality of life to all its inhabitants\n' +
        '       smart city · is-a 0.90 × after an introductory phrase 0.95 × 17 words 1.00\n' +
        'docs/c.txt (1 page): 0 candidate definitions\n',
    );
    const empty = withFiles({ 'empty/readme': 'x' });
    const none = await cli(['mine', 'empty'], empty);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('empty  warning  Expected PDF, HTML, text or Markdown files in the folder; found none  [mine/empty-folder]');
  });

  it('files what is said in a transcript’s turns under the speaker and the year it was recorded (a Markdown transcript)', async () => {
    const dir = withFiles({ 'panel.md': PANEL_MD, 'corpus/definitions.csv': `${HEADER}\n` });
    const run = await cli(['mine', 'panel.md', '--method', 'rules'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'panel.md (1 page): 4 candidate definitions\n' +
        '    1  l14  0.86  a smart city is a city that uses data to improve the lives of its residents\n' +
        '       smart city · is-a 0.90 × after an introductory phrase 0.95 × 16 words 1.00\n' +
        '       quoted: Whitcombe (2025)\n' +
        '    2  l16  0.90  a smart city is one that has digital technology embedded across all city functions\n' +
        '       smart city · is-one-that 0.95 × after an introductory phrase 0.95 × 14 words 1.00\n' +
        '       quoted: Smart Cities Council (2014)\n' +
        '    3  l18  0.86  a smart sustainable city is a smart city that judges each purchase by its carbon\n' +
        '       smart sustainable city · is-a 0.90 × after a colon 0.95 × 15 words 1.00\n' +
        '       quoted: Aas (2025)\n' +
        '    4  l20  0.90  A sustainable city is a city that lives within the ecological limits of its region\n' +
        '       sustainable city · is-a 0.90 × sentence start 1.00 × 15 words 1.00\n',
    );
    const add = await cli(
      ['mine', 'panel.md', '--add', '--sector', 'government', '--author', 'Corrandale City Council', '--year', '2027', '--title', 'Whose smart city?'],
      dir,
    );
    expect(add.code).toBe(0);
    expect(
      readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')
        .split('\n')
        .map((l) => l.split(',').slice(5, 7).join(',')),
    ).toEqual(['author,year', 'Whitcombe,2025', 'Smart Cities Council,2014', 'Aas,2025', 'Corrandale City Council,2027', '']);
  });

  it('warns when a run-on sentence names the concept too often to read whole, and still mines its first namings', async () => {
    const runOn = `We define smart cities as cities that share data${', and we define smart cities as cities that share power'.repeat(80)}.`;
    const dir = withFiles({ 'docs/spliced.txt': `A short first line.\n\n${runOn}\n`, 'docs/fine.txt': 'A smart city is a city that shares its data.\n' });
    const run = await cli(['mine', 'docs', '--method', 'rules', '--json', '--quiet'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      'docs/spliced.txt  warning  A sentence on page 1 names the concept more than 64 times; only the first 64 namings in each were read for definitions  [mine/long-sentence]',
    );
    expect(run.stderr).not.toContain('docs/fine.txt  warning');
    const files = (JSON.parse(run.stdout) as { files: { file: string; candidates: unknown[] }[] }).files;
    expect(files.map((f) => [f.file, f.candidates.length])).toEqual([
      ['docs/fine.txt', 1],
      ['docs/spliced.txt', 64],
    ]);
  });

  it('warns when the learned method spans a run-on sentence only in its first 4,000 characters, naming the file, page and length', async () => {
    const runOn = `A smart city is a city that shares data${', and lamps and meters'.repeat(200)}.`;
    const dir = withFiles({ 'docs/run-on.txt': `A short first line.\n\n${runOn}\n`, 'docs/fine.txt': 'A smart city is a city that shares its data.\n' });
    const run = await cli(['mine', 'docs', '--json', '--quiet', '--method', 'learned'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      `docs/run-on.txt  warning  A sentence on page 1 naming the concept is ${runOn.length.toLocaleString('en-US')} characters long; the learned method read only the first 4,000 characters of it for definitions, as each of a sentence's spans reads the whole sentence  [mine/long-sentence-cut]`,
    );
    expect(run.stderr).not.toContain('docs/fine.txt  warning');
    const files = (JSON.parse(run.stdout) as { files: { file: string; candidates: { clause: string }[] }[] }).files;
    expect(files.find((f) => f.file === 'docs/run-on.txt')!.candidates.length).toBeGreaterThan(0);
    // (the rules are not cut there: no warning)
    const rules = await cli(['mine', 'docs', '--json', '--quiet', '--method', 'rules'], dir);
    expect(rules.stderr).not.toContain('mine/long-sentence-cut');
  });

  it('warns when the learned method spans a sentence only around its first eight namings, naming the file, page and count', async () => {
    const many =
      'Smart cities, sustainable cities, smart sustainable cities, smart cities again, sustainable cities again, smart cities, sustainable cities, smart cities, sustainable cities and smart cities: a smart city is a city that names itself often.';
    const dir = withFiles({ 'docs/many.txt': `A short first line.\n\n${many}\n`, 'docs/fine.txt': 'A smart city is a city that shares its data.\n' });
    const run = await cli(['mine', 'docs', '--json', '--quiet', '--method', 'learned'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "docs/many.txt  warning  A sentence on page 1 names the concept 11 times; the learned method read only around the first 8 namings in it for definitions, as each naming's spans read the whole sentence  [mine/many-namings-cut]",
    );
    expect(run.stderr).not.toContain('docs/fine.txt  warning');
    const rules = await cli(['mine', 'docs', '--json', '--quiet', '--method', 'rules'], dir);
    expect(rules.stderr).not.toContain('mine/many-namings-cut');
  });

  it('prints what the README shows for its review.md, by the default method', async () => {
    const readme = readFileSync(path.join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
    const shown = /```\n\$ npx citydefs mine review\.md\n([\s\S]*?)```\n\nfor this `review\.md`:\n\n````markdown\n([\s\S]*?)````/u.exec(readme);
    expect(shown).not.toBeNull();
    const [, output, review] = shown!;
    const run = await cli(['mine', 'review.md'], withFiles({ 'review.md': review! }));
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(output);
  });

  it('reads a Markdown table row as cells and resolves a reference list of one entry', async () => {
    const dir = withFiles({
      'review.md': [
        'Harrison et al. [2] define a smart city as an instrumented, interconnected and intelligent city.',
        '',
        '| Term | Definition | Source |',
        '|---|---|---|',
        '| Smart sustainable city | A city that uses ICT to improve quality of life and the efficiency of services | ITU-T (2014) |',
        '',
        '## References',
        '',
        '[2] Harrison, C., Eckman, B., Hamilton, R.: Foundations for smarter cities. IBM J. Res. Dev. (2010)',
      ].join('\n'),
    });
    const run = await cli(['mine', 'review.md', '--method', 'rules'], dir);
    expect(run.stdout).toBe(
      'review.md (1 page): 2 candidate definitions\n' +
        '    1  l1  0.95  a smart city as an instrumented, interconnected and intelligent city\n' +
        '       smart city · x-defines 0.95 × after a reporting verb 1.00 × 10 words 1.00\n' +
        '       quoted: Harrison et al. (2010) [2]\n' +
        '    2  l5  0.85  Smart sustainable city | A city that uses ICT to improve quality of life and the efficiency of services\n' +
        '       smart sustainable city · glossary 0.85 × sentence start 1.00 × 18 words 1.00\n' +
        '       quoted: ITU-T (2014)\n',
    );
  });

  it('--json gives the candidates with their explanation, and pages per second', async () => {
    const dir = withFiles({}, { 'paper.pdf': QUOTING });
    const run = await cli(['mine', 'paper.pdf', '--method', 'rules', '--json'], dir);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ command: 'mine', candidates: 2, pages: 2, workers: defaultWorkers(), problems: 0 });
    expect(out.pagesPerSecond).toBeGreaterThan(0);
    expect(out.files[0].candidates[0]).toMatchObject({
      number: 1,
      page: 1,
      pattern: 'x-defines',
      quoted: true,
      attribution: { author: 'Harrison et al.', year: 2010, ref: '[1]', cue: 'define' },
      explanation: { pattern: { name: 'x-defines', value: 0.95 }, length: { words: 28 } },
    });
  });

  it('--method learned gives the same fields, the model’s probability and the rule pattern it overlaps; --add files the same way', async () => {
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\n` }, { 'paper.pdf': QUOTING });
    const out = JSON.parse((await cli(['mine', 'paper.pdf', '--json', '--method', 'learned'], dir)).stdout);
    expect(out).toMatchObject({ command: 'mine', method: 'learned', problems: 0 });
    const [first] = out.files[0].candidates;
    expect(first).toMatchObject({
      number: 1,
      page: 1,
      line: 2,
      term: 'smart city',
      pattern: 'learned',
      quoted: true,
      attribution: { author: 'Harrison et al.', year: 2010, ref: '[1]' },
      explanation: { learned: { threshold: 0.5, overlaps: { pattern: 'x-defines' } } },
    });
    expect(first.score).toBeGreaterThanOrEqual(0.5);
    expect(first.clause).toContain('a city connecting the physical infrastructure');
    const listing = (await cli(['mine', 'paper.pdf', '--method', 'learned'], dir)).stdout;
    expect(listing).toMatch(
      / {7}smart city · learned p (?:0\.[89]\d{3}|1\.0000) \(kept from 0\.50\) × \d+ words; overlaps the rules' x-defines 0\.95\n {7}quoted: Harrison et al\. \(2010\) \[1\]\n/u,
    );
    // (the probability to four places, as kept: most kept spans are above 0.99)
    expect(listing).toContain(`  1  p1  ${first.score.toFixed(4)}  ${first.clause}\n`);
    const add = await cli(['mine', 'paper.pdf', '--method', 'learned', '--add', '--pick', '1', ...SOURCE], dir);
    expect(add.code).toBe(0);
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toContain(
      'nam-2011-p1,academic,,smart city,definition,Harrison et al.,2010,"quoted in Conceptualizing smart city (Nam, T., 2011), ref. [1], p. 1"',
    );
  });

  it('takes the method from the config’s mine.method, and refuses an unknown one', async () => {
    const dir = withFiles({ 'corpus/config.json': JSON.stringify({ mine: { method: 'learned' } }) }, { 'paper.pdf': QUOTING });
    expect(JSON.parse((await cli(['mine', 'paper.pdf', '--json'], dir)).stdout).method).toBe('learned');
    expect(JSON.parse((await cli(['mine', 'paper.pdf', '--json', '--method', 'rules'], dir)).stdout).method).toBe('rules');
    const bad = await cli(['mine', 'paper.pdf', '--method', 'neural'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("option '--method <method>' argument 'neural' is invalid. Expected `rules` or `learned`; found `neural`");
  });

  it('--verbose says how fast it went', async () => {
    const dir = withFiles({}, { 'paper.pdf': QUOTING });
    const run = await cli(['mine', 'paper.pdf', '--verbose', '--workers', '1'], dir);
    expect(run.stderr).toMatch(/^Mined 2 pages of 1 file in \d+\.\d\d s \([\d.]+ pages\/s, 1 worker\)\n$/);
  });

  // Byte-identical output whatever the number of workers (`--workers 1` and `3`, five PDFs): in
  // command-workers.slow.test.ts, as pipeline.slow.test.ts compares analyze's (some 1.3 s of the fast project's minute).
});

describe('a corpus about another concept', () => {
  it('mines and analyses “digital twin” end to end', async () => {
    const config = JSON.stringify({
      concept: { name: 'digital twin', terms: ['digital twin', 'urban digital twin'] },
      factors: { minDefinitions: 2, bootstrap: 0, codebook: false },
      synthesis: { genus: 'a virtual model', minShare: 0.3 },
    });
    const meta = JSON.stringify({ sector: 'academic', author: 'Okafor, B.', year: 2021, title: 'Twins of cities' });
    const rows = [
      'gemini2018,government,,digital twin,definition,Centre for Digital Built Britain,2018,Gemini Principles,,A digital twin is a realistic digital representation of assets that informs decisions about the built environment.',
      'iso2023,ngo,,digital twin,definition,ISO,2023,Digital twin framework,,A digital twin is a fit for purpose digital representation of an observable manufacturing element synchronised with it.',
      'grieves2014,academic,,digital twin,definition,"Grieves, M.",2014,Digital twin,,A digital twin is a virtual representation of a physical product that mirrors its state with data.',
    ];
    const dir = withFiles(
      {
        'corpus/config.json': config,
        'corpus/definitions.csv': `${HEADER}\n${rows.join('\n')}\n`,
        'corpus/notes.txt':
          'Urban digital twins are dynamic virtual models of the city that combine geometry and sensor data.\nA smart city is a city that uses ICT.\n',
        'corpus/notes.meta.json': meta,
        'corpus/page.html': '<p>Digital twins are virtual simulations of physical systems that are updated in real time.</p>',
        'corpus/page.meta.json': JSON.stringify({ sector: 'private', author: 'Vendor', year: 2022 }),
      },
      {
        'corpus/twins.pdf': makePdf([
          ['According to Grieves (2014), a digital twin is a virtual representation of a physical', 'product that mirrors its state.'],
        ]),
        'corpus/twins.meta.json': new TextEncoder().encode(meta),
      },
    );
    const run = await cli(['analyze', '--no-png'], dir);
    expect(run.stderr).not.toMatch(/ error /);
    const definitions = records(dir);
    expect(definitions).toContain('notes,academic,urban digital twin,definition,"Okafor, B.",2021,analysed');
    expect(definitions).toContain('page,private,digital twin,definition,Vendor,2022,analysed');
    // Quoted by the PDF: filed under Grieves (2014), not under the PDF's Okafor (2021).
    expect(definitions).toContain('twins-p1,academic,digital twin,definition,Grieves,2014,');
    expect(definitions).not.toContain('smart city,definition');
    // The concept's own words are domain stopwords: no term is "digital" or "twin".
    const terms = readFileSync(path.join(dir, 'output', 'terms.csv'), 'utf8')
      .split('\n')
      .map((l) => l.split(',')[0]);
    expect(terms).not.toContain('twin');
    expect(terms).not.toContain('digital');
    // The concept names the report and the synthesized sentence.
    expect(readFileSync(path.join(dir, 'output', 'report.md'), 'utf8')).toMatch(/^# How the corpus defines the digital twin\n/);
    expect(readFileSync(path.join(dir, 'output', 'synthesized-definition.md'), 'utf8')).toMatch(/^> A digital twin is a virtual model that \w+/m);
    const mined = await cli(['mine', 'corpus/notes.txt', '--method', 'rules'], dir);
    expect(mined.stdout).toContain('urban digital twin · is-np');
  });
});
