import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, HEADER, tempCorpus } from '../helpers.js';
import { makePdf } from '../pdf.js';

const META = JSON.stringify({ sector: 'academic', author: 'Caragliu, A.', year: 2011, title: 'Smart cities in Europe', url: 'https://example.org/c' });

/** A three-page paper: a definition broken by hyphenation over a line end, one on page 3, noise elsewhere. */
const PAPER = makePdf([
  ['Smart cities in Europe', 'Cities compete for residents and investment.'],
  ['Many authors use the label loosely. A smart city is a city that in-', 'vests in human and social capital and modern ICT', 'to fuel sustainable growth.'],
  ['We define a smart city as one where data serves the public.', 'Conclusions follow.'],
]);

function withFiles(files: Record<string, string>, binaries: Record<string, Uint8Array>): string {
  const dir = tempCorpus(files);
  for (const [name, data] of Object.entries(binaries)) writeFileSync(path.join(dir, name), data);
  return dir;
}

describe('PDFs in the corpus', () => {
  it('mines a PDF with a .meta.json sidecar: records with file and page, marked as mined', async () => {
    const dir = withFiles(
      { 'corpus/paper.meta.json': META, 'corpus/config.json': JSON.stringify({ mine: { method: 'rules' } }) },
      { 'corpus/paper.pdf': PAPER },
    );
    const run = await cli(['analyze', '--no-png'], dir);
    expect(run.stderr).not.toMatch(/ (error|warning) /);
    expect(run.stdout).toContain('Analysed 2 of 2 records');
    const definitions = readFileSync(path.join(dir, 'output', 'records.csv'), 'utf8');
    expect(definitions).toContain(
      'paper-p2,academic,,smart city,definition,"Caragliu, A.",2011,Smart cities in Europe,https://example.org/c,,analysed,,"mined from page 2 (is-a, score 0.90)",paper.pdf,,',
    );
    expect(definitions).toContain(
      'paper-p3,academic,,smart city,definition,"Caragliu, A.",2011,Smart cities in Europe,https://example.org/c,,analysed,,"mined from page 3 (we-define, score 0.95)",paper.pdf,,',
    );
    const manifest = JSON.parse(readFileSync(path.join(dir, 'output', 'manifest.json'), 'utf8'));
    expect(manifest.corpus.files.map((f: { path: string; records: number; sidecar: { path: string } }) => [f.path, f.records, f.sidecar.path])).toEqual([
      ['paper.pdf', 2, 'paper.meta.json'],
    ]);
    expect((await cli(['validate'], dir)).code).toBe(0);
  });

  it('mines it with the learned model when the config says mine.method: learned', async () => {
    const dir = withFiles(
      { 'corpus/paper.meta.json': META, 'corpus/config.json': JSON.stringify({ mine: { method: 'learned' } }) },
      { 'corpus/paper.pdf': PAPER },
    );
    const run = await cli(['analyze', '--no-png'], dir);
    expect(run.stderr).not.toMatch(/ (error|warning) /);
    const definitions = readFileSync(path.join(dir, 'output', 'records.csv'), 'utf8');
    expect(definitions).toMatch(
      /paper-p2,academic,,smart city,definition,"Caragliu, A\.",2011,Smart cities in Europe,https:\/\/example\.org\/c,,analysed,,"mined from page 2 \(learned, score [01]\.\d\d\)",paper\.pdf,,/u,
    );
    expect(definitions).toMatch(/"mined from page 3 \(learned, score [01]\.\d\d\)"/u);
  });

  it('numbers on the ids of two papers of the same name in different folders; an id the user wrote keeps its own', async () => {
    const other = JSON.stringify({ sector: 'ngo', author: 'Okafor, B.', year: 2020, title: 'Listening cities' });
    const dir = withFiles(
      {
        'corpus/definitions.csv': `${HEADER}\npaper-p3,ngo,,,,,,,,A city that plans with its residents is a smart city.\n`,
        'corpus/a/paper.meta.json': META,
        'corpus/b/paper.meta.json': other,
      },
      { 'corpus/a/paper.pdf': PAPER, 'corpus/b/paper.pdf': PAPER },
    );
    const run = await cli(['validate'], dir);
    expect(run.stderr).not.toContain('duplicate-id');
    await cli(['analyze', '--no-png'], dir);
    const records = parse(readFileSync(path.join(dir, 'output', 'records.csv'), 'utf8'), { columns: true }) as { definition_id: string; file: string }[];
    expect(records.map((r) => [r.definition_id, r.file])).toEqual([
      ['paper-p2', 'a/paper.pdf'],
      ['paper-p3-2', 'a/paper.pdf'],
      ['paper-p2-2', 'b/paper.pdf'],
      ['paper-p3-3', 'b/paper.pdf'],
      ['paper-p3', 'definitions.csv'],
    ]);
  });

  it('reports a PDF without its sidecar, and a sidecar without its PDF', async () => {
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\na,ngo,,,,,,,,Some text.\n`, 'corpus/lonely.meta.json': META }, { 'corpus/paper.pdf': PAPER });
    const run = await cli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "corpus/paper.pdf  error  Expected the PDF's metadata (sector, author, year, title, url) in `paper.meta.json`  [ingest/pdf-sidecar-missing]",
    );
    expect(run.stderr).toContain(
      'corpus/lonely.meta.json  warning  Expected a PDF beside this metadata sidecar, `lonely.pdf`; it is ignored  [ingest/sidecar-alone]',
    );
  });

  it('gives a clear diagnostic for corrupt, encrypted, image-only and empty PDFs, and goes on', async () => {
    const dir = withFiles(
      {
        'corpus/definitions.csv': `${HEADER}\na,ngo,,,,,,,,Some text.\n`,
        'corpus/cut.meta.json': META,
        'corpus/locked.meta.json': META,
        'corpus/scan.meta.json': META,
        'corpus/zero.meta.json': META,
      },
      {
        'corpus/cut.pdf': PAPER.slice(0, Math.floor(PAPER.length / 2)),
        'corpus/locked.pdf': makePdf([['A smart city is a city that hides its text.']], { encrypted: true }),
        'corpus/scan.pdf': makePdf([[], []]),
        'corpus/zero.pdf': new Uint8Array(),
      },
    );
    const run = await cli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('corpus/cut.pdf  error  Cannot read the PDF: Not a readable PDF (Invalid PDF structure.)  [ingest/pdf-invalid]');
    expect(run.stderr).toContain(
      'corpus/locked.pdf  error  Cannot read the PDF: Encrypted, and no password is known (No password given)  [ingest/pdf-encrypted]',
    );
    expect(run.stderr).toContain('corpus/scan.pdf  error  Cannot read the PDF: No text in its 2 pages (scanned images? run OCR first)  [ingest/pdf-no-text]');
    expect(run.stderr).toContain('corpus/zero.pdf  error  Cannot read the PDF: The file is empty (0 bytes)  [ingest/pdf-empty]');
    expect(run.stdout).toBe('1 record (4 rows or files could not be read: see the errors): 1 valid, 1 would be analysed, 0 excluded.\n');
  });
});

describe('text and Markdown files in the corpus', () => {
  const md = [
    '---',
    'sector: government',
    'author: City of Vienna',
    'year: 2014',
    'title: Smart City Wien framework',
    'url: https://example.org/wien',
    'term: smart city',
    'id: wien-2014',
    '---',
    '',
    '# Definitions',
    '',
    '> Smart City Wien is a city that offers the best quality of life',
    '> for all its inhabitants.',
    '',
    'A second paragraph: the city innovates in energy, mobility and buildings.',
    '',
  ].join('\n');

  it('reads one definition per paragraph with front matter metadata, and ignores a note without front matter', async () => {
    const dir = tempCorpus({
      'corpus/wien.md': md,
      'corpus/README.md': '# About this corpus\n\nNotes.\n',
      'corpus/plain.txt': '---\nsector: ngo\n---\nOne definition of a smart city, in plain text.\n',
    });
    const run = await cli(['analyze', '--no-png'], dir);
    expect(run.stderr).not.toMatch(/ (error|warning) /);
    const records = parse(readFileSync(path.join(dir, 'output', 'records.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r.definition_id, r.sector, r.term, r.author, r.year, r.status, r.file, r.line].join(','))).toEqual([
      'plain,ngo,,,,analysed,plain.txt,4',
      'wien-2014,government,smart city,City of Vienna,2014,analysed,wien.md,13',
      'wien-2014-2,government,smart city,City of Vienna,2014,analysed,wien.md,16',
    ]);
  });

  it('warns of a run-on sentence in a document to mine, read only for its first namings of the concept', async () => {
    const runOn = `We define smart cities as cities that share data${', and we define smart cities as cities that share power'.repeat(80)}.`;
    // The PDF prints it on page 2, in lines of about 70 characters.
    const lines = runOn.match(/.{1,70}(?:\s|$)/gu)!.map((l) => l.trim());
    const dir = withFiles(
      { 'corpus/spliced.txt': `A short first line.\n\n${runOn}\n`, 'corpus/spliced.meta.json': META, 'corpus/paper.meta.json': META },
      { 'corpus/paper.pdf': makePdf([['A first page.'], lines]) },
    );
    const run = await cli(['analyze', '--no-png'], dir);
    expect(run.code).toBe(0);
    const warning = 'names the concept more than 64 times; only the first 64 namings in each were read for definitions  [mine/long-sentence]';
    expect(run.stderr).toContain(`corpus/spliced.txt  warning  A sentence on page 1 ${warning}`);
    expect(run.stderr).toContain(`corpus/paper.pdf  warning  A sentence on page 2 ${warning}`);
  });

  it('reports front matter that does not close or is not YAML', async () => {
    const dir = tempCorpus({ 'corpus/a.md': '---\nsector: ngo\nText.\n', 'corpus/b.txt': '---\nsector: [ngo\n---\nText.\n' });
    const run = await cli(['validate'], dir);
    expect(run.stderr).toContain('corpus/a.md:1  error  Expected the front matter opened on line 1 to close with a `---` line  [ingest/front-matter]');
    expect(run.stderr).toMatch(/corpus\/b\.txt:2 {2}error {2}Expected YAML front matter: .*\[ingest\/front-matter\]/);
  });
});

describe('citydefs mine', () => {
  it('prints the candidate definitions with page, score and why, and who is quoted', async () => {
    const dir = withFiles({}, { 'paper.pdf': PAPER });
    const run = await cli(['mine', 'paper.pdf', '--method', 'rules'], dir);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe(
      'paper.pdf (3 pages): 2 candidate definitions\n' +
        '    1  p2  0.90  A smart city is a city that invests in human and social capital and modern ICT to fuel sustainable growth\n' +
        '       smart city · is-a 0.90 × sentence start 1.00 × 20 words 1.00\n' +
        '    2  p3  0.95  a smart city as one where data serves the public\n' +
        '       smart city · we-define 0.95 × after a reporting verb 1.00 × 10 words 1.00\n',
    );
  });

  it('leaves out candidates below --min-score', async () => {
    const dir = withFiles({}, { 'paper.pdf': PAPER });
    const run = await cli(['mine', 'paper.pdf', '--method', 'rules', '--min-score', '0.92'], dir);
    expect(run.stdout).toBe(
      'paper.pdf (3 pages): 1 candidate definition\n' +
        '    1  p3  0.95  a smart city as one where data serves the public\n' +
        '       smart city · we-define 0.95 × after a reporting verb 1.00 × 10 words 1.00\n',
    );
    expect((await cli(['mine', 'paper.pdf', '--min-score', '2'], dir)).code).toBe(2);
  });

  it('holds the learned method to --min-score too, and says the threshold in each explanation', async () => {
    const dir = withFiles({}, { 'paper.pdf': PAPER });
    type Found = { score: number; clause: string; explanation: { learned: { threshold: number } } };
    const mined = async (...flags: string[]) => {
      const out = JSON.parse((await cli(['mine', 'paper.pdf', '--json', '--method', 'learned', ...flags], dir)).stdout) as {
        method: string;
        files: { candidates: Found[] }[];
      };
      return { method: out.method, candidates: out.files[0]!.candidates };
    };
    const all = await mined();
    expect(all.method).toBe('learned');
    expect(all.candidates.length).toBeGreaterThan(1);
    expect(all.candidates.every((c) => c.score >= 0.5 && c.explanation.learned.threshold === 0.5)).toBe(true);
    const lowest = Math.min(...all.candidates.map((c) => c.score));
    const above = await mined('--min-score', String(lowest + 0.0001));
    expect(above.candidates.map((c) => c.clause)).toEqual(all.candidates.filter((c) => c.score > lowest).map((c) => c.clause));
    expect(above.candidates.every((c) => c.explanation.learned.threshold === lowest + 0.0001)).toBe(true);
  });

  it('reports unreadable PDFs and still mines the others', async () => {
    const dir = withFiles({}, { 'paper.pdf': PAPER, 'cut.pdf': PAPER.slice(0, 300), 'locked.pdf': makePdf([['x']], { encrypted: true }) });
    const run = await cli(['mine', 'cut.pdf', 'paper.pdf', 'locked.pdf', 'missing.pdf'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('paper.pdf (3 pages): 2 candidate definitions');
    expect(run.stderr).toContain('cut.pdf  error  Cannot read the PDF: Not a readable PDF (Invalid PDF structure.)  [mine/pdf-invalid]');
    expect(run.stderr).toContain('locked.pdf  error  Cannot read the PDF: Encrypted');
    expect(run.stderr).toContain('missing.pdf  error  Cannot read the file (ENOENT)  [mine/unreadable]');
  });

  it('--add adds the picked candidates with the source flags, through the same checks as add', async () => {
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\n` }, { 'paper.pdf': PAPER });
    const source = ['--sector', 'academic', '--author', 'Caragliu, A.', '--year', '2011', '--title', 'Smart cities in Europe'];
    const run = await cli(['mine', 'paper.pdf', '--add', '--pick', '2', ...source], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Added 1 record to corpus/definitions.csv: caragliu-2011-p3\n');
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toBe(
      `${HEADER}\ncaragliu-2011-p3,academic,,smart city,definition,"Caragliu, A.",2011,"Smart cities in Europe, p. 3",,a smart city as one where data serves the public\n`,
    );
    // Mined again, the same candidate is refused as the same text (its id would be numbered on, as
    // the ids of a second paper of the same name are: see 'numbers a mined id on …' below).
    const again = await cli(['mine', 'paper.pdf', '--add', ...source], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Expected a definition not yet in the corpus; the same text is `caragliu-2011-p3`');
    expect((await cli(['mine', 'paper.pdf', '--add', '--pick', '7', ...source], dir)).code).toBe(2);
  });

  it('numbers a mined id on when the corpus has it: a second paper of the same name is added, not refused', async () => {
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\n`, 'a/notes.txt': '', 'b/notes.txt': '' }, { 'a/paper.pdf': PAPER });
    writeFileSync(path.join(dir, 'b', 'paper.pdf'), makePdf([['A smart city is a city that listens to its residents before it builds.'], ['x'], ['y']]));
    expect((await cli(['mine', 'a/paper.pdf', '--add', '--sector', 'academic'], dir)).code).toBe(0);
    const second = await cli(['mine', 'b/paper.pdf', '--add', '--sector', 'academic'], dir);
    expect(second.code, second.stderr).toBe(0);
    const ids = readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')
      .split('\n')
      .slice(1, -1)
      .map((line) => line.split(',')[0]);
    expect(ids).toEqual(['paper-p2', 'paper-p3', 'paper-p1']);
    // An id the user gives stays theirs: a clash refuses the record.
    const typed = await cli(['add', '--id', 'paper-p1', '--sector', 'ngo', '--text', 'A smart city is a city that shares its data with everyone.'], dir);
    expect(typed.code).toBe(1);
    expect(typed.stderr).toContain('Expected a new id; `paper-p1` is already used');
  });

  it('--add --quiet adds without the listing or the summary; without --add, --quiet keeps the listing', async () => {
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\n` }, { 'paper.pdf': PAPER });
    const quiet = await cli(['mine', 'paper.pdf', '--add', '--sector', 'academic', '--quiet'], dir);
    expect([quiet.code, quiet.stdout, quiet.stderr]).toEqual([0, '', '']);
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toContain('paper-p3');
    expect((await cli(['mine', 'paper.pdf', '--quiet'], dir)).stdout).toContain('paper.pdf (3 pages): 2 candidate definitions');
  });

  it('--add without a sector lists the problem per candidate and writes nothing', async () => {
    const dir = withFiles({ 'corpus/definitions.csv': `${HEADER}\n` }, { 'paper.pdf': PAPER });
    const run = await cli(['mine', 'paper.pdf', '--add'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('paper.pdf p2 [sector]  error  Expected a `sector`');
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toBe(`${HEADER}\n`);
  });
});
