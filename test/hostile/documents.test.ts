import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../pdf.js';
import { fixture, runCase, validCount } from './harness.js';

// JSON, JSONL, text and Markdown files, PDFs and their sidecars, and links: each beside a good file.
// Wall times (one run, shared two-core machine): the JSON and text cases under 25 ms each, the PDF
// cases 0.2–0.4 s (a worker thread each).

interface Case {
  readonly name: string;
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  readonly codes: readonly string[];
  readonly exit: number;
  readonly valid: number;
  readonly contains?: string;
}

const PAPER = makePdf([['Smart cities in Europe'], ['We define a smart city as one where data serves the public.']]);
const META = fixture('sidecar.meta.json');

const CASES: readonly Case[] = [
  { name: 'JSON that is not records', files: { 'corpus/x.json': fixture('json-not-records.json') }, codes: ['ingest/json-shape'], exit: 1, valid: 3 },
  { name: 'JSON items that are not objects', files: { 'corpus/x.json': fixture('json-scalars.json') }, codes: ['ingest/json-record'], exit: 1, valid: 3 },
  // 12 kB of brackets: refused before anything recurses (it overflowed the stack before).
  { name: 'JSON nested 6,000 deep', files: { 'corpus/x.json': fixture('json-deep.json') }, codes: ['ingest/json-too-deep'], exit: 1, valid: 3 },
  {
    name: 'JSON with __proto__ and constructor keys',
    files: { 'corpus/x.json': fixture('json-proto-keys.json') },
    codes: ['validate/unknown-column'],
    exit: 0,
    valid: 4,
    contains: 'Ignored columns `__proto__`, `constructor`',
  },
  { name: 'JSON that does not parse', files: { 'corpus/x.json': fixture('json-syntax.json') }, codes: ['ingest/json-syntax'], exit: 1, valid: 3 },
  {
    name: 'JSONL with a bad line',
    files: { 'corpus/x.jsonl': fixture('jsonl-bad-line.jsonl') },
    codes: ['ingest/json-syntax'],
    exit: 1,
    valid: 5,
    contains: 'corpus/x.jsonl:2  error',
  },
  {
    name: 'JSONL with a line nested 200 deep',
    files: { 'corpus/x.jsonl': fixture('jsonl-deep-line.jsonl') },
    codes: ['ingest/json-too-deep'],
    exit: 1,
    valid: 4,
    contains: 'corpus/x.jsonl:2  error',
  },
  {
    name: 'Markdown front matter that never closes',
    files: { 'corpus/x.md': fixture('md-front-matter-open.md') },
    codes: ['ingest/front-matter'],
    exit: 1,
    valid: 3,
  },
  // YAML aliases that would expand to 9^9 items: the YAML reader's alias limit stops it.
  {
    name: 'Markdown front matter with a YAML alias bomb',
    files: { 'corpus/x.md': fixture('md-yaml-bomb.md') },
    codes: ['ingest/front-matter'],
    exit: 1,
    valid: 3,
  },
  { name: 'binary bytes named .txt', files: { 'corpus/x.txt': fixture('txt-binary.txt') }, codes: ['ingest/binary-file'], exit: 1, valid: 3 },
  // PDFs, each read in a worker thread (~0.2 s each).
  {
    name: 'a text file named .pdf',
    files: { 'corpus/p.pdf': fixture('pdf-not-a-pdf.pdf'), 'corpus/p.meta.json': META },
    codes: ['ingest/pdf-invalid'],
    exit: 1,
    valid: 3,
  },
  {
    name: 'an encrypted PDF',
    files: { 'corpus/p.pdf': makePdf([['A smart city is secret.']], { encrypted: true }), 'corpus/p.meta.json': META },
    codes: ['ingest/pdf-encrypted'],
    exit: 1,
    valid: 3,
  },
  {
    name: 'a truncated PDF',
    files: { 'corpus/p.pdf': PAPER.slice(0, Math.floor(PAPER.length / 2)), 'corpus/p.meta.json': META },
    codes: ['ingest/pdf-invalid'],
    exit: 1,
    valid: 3,
  },
  { name: 'an image-only PDF', files: { 'corpus/p.pdf': makePdf([[], []]), 'corpus/p.meta.json': META }, codes: ['ingest/pdf-no-text'], exit: 1, valid: 3 },
  {
    name: 'a PDF of zero pages',
    files: { 'corpus/p.pdf': makePdf([]), 'corpus/p.meta.json': META },
    codes: ['ingest/pdf-empty'],
    exit: 1,
    valid: 3,
    contains: 'The PDF has no pages',
  },
  { name: 'a PDF of 0 bytes', files: { 'corpus/p.pdf': new Uint8Array(), 'corpus/p.meta.json': META }, codes: ['ingest/pdf-empty'], exit: 1, valid: 3 },
  { name: 'a PDF without its sidecar', files: { 'corpus/p.pdf': PAPER }, codes: ['ingest/pdf-sidecar-missing'], exit: 1, valid: 3 },
  {
    name: 'a sidecar that is not JSON',
    files: { 'corpus/p.pdf': PAPER, 'corpus/p.meta.json': fixture('sidecar-bad-json.meta.json') },
    codes: ['ingest/json-syntax'],
    exit: 1,
    valid: 3,
    contains: 'corpus/p.meta.json  error',
  },
  {
    name: 'a sidecar that is not an object',
    files: { 'corpus/p.pdf': PAPER, 'corpus/p.meta.json': fixture('sidecar-not-object.meta.json') },
    codes: ['ingest/json-shape'],
    exit: 1,
    valid: 3,
  },
  {
    name: 'a sidecar of binary bytes',
    files: { 'corpus/p.pdf': PAPER, 'corpus/p.meta.json': fixture('sidecar-binary.meta.json') },
    codes: ['ingest/binary-file'],
    exit: 1,
    valid: 3,
    contains: 'corpus/p.meta.json  error',
  },
  {
    name: 'a sidecar nested 500 deep',
    files: { 'corpus/p.pdf': PAPER, 'corpus/p.meta.json': fixture('sidecar-deep.meta.json') },
    codes: ['ingest/json-too-deep'],
    exit: 1,
    valid: 3,
  },
  { name: 'a sidecar without its PDF', files: { 'corpus/lonely.meta.json': META }, codes: ['ingest/sidecar-alone'], exit: 0, valid: 3 },
];

describe('hostile documents in the corpus', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.codes.join(', ')}, exit ${c.exit}`, async () => {
      const run = await runCase({ files: c.files }, ['validate']);
      expect(new Set(run.codes)).toEqual(new Set(c.codes));
      expect(run.code).toBe(c.exit);
      expect(validCount(run)).toBe(c.valid);
      if (c.contains) expect(run.stderr).toContain(c.contains);
    });
  }

  // 3,000 pages, the first 100 read: 0.55 s.
  it('a PDF of 3,000 pages: only the first limits.pdfMaxPages are read, with a warning', async () => {
    const pages = Array.from({ length: 3000 }, (_, i) => (i === 1 ? ['We define a smart city as one where data serves the public.'] : [`Page ${i + 1}.`]));
    const run = await runCase(
      { files: { 'corpus/long.pdf': makePdf(pages), 'corpus/long.meta.json': META, 'corpus/config.json': '{"limits": {"pdfMaxPages": 100}}' } },
      ['validate'],
    );
    expect(run.codes).toEqual(['ingest/pdf-pages-limited']);
    expect(run.stderr).toContain('Read the first 100 of its 3000 pages (limits.pdfMaxPages)');
    expect(run.code).toBe(0);
    expect(validCount(run)).toBe(4);
  });

  // The worker is stopped on time although pdf.js would not yield to a timer on the main thread: 0.12 s.
  it('a PDF slower than limits.pdfTimeoutSeconds: given up on, the run goes on', async () => {
    const pages = Array.from({ length: 3000 }, (_, i) => [`Page ${i + 1} of a long report on smart cities.`]);
    const run = await runCase(
      { files: { 'corpus/slow.pdf': makePdf(pages), 'corpus/slow.meta.json': META, 'corpus/config.json': '{"limits": {"pdfTimeoutSeconds": 0.05}}' } },
      ['validate'],
    );
    expect(run.codes).toEqual(['ingest/pdf-timeout']);
    expect(run.stderr).toContain('Gave up after 0.1 s (limits.pdfTimeoutSeconds)');
    expect(run.code).toBe(1);
    expect(run.ms).toBeLessThan(20_000);
  });

  // 0.4 s (analyze).
  it('links out of the corpus are never followed, files or folders', async () => {
    const run = await runCase(
      {
        files: { 'outside/secret.csv': 'id,sector,text\nleak,ngo,The secret text of another folder.\n' },
        links: { 'corpus/leak.csv': '../outside/secret.csv', 'corpus/linked': '../outside', 'corpus/passwd.csv': '/etc/passwd' },
      },
      ['analyze'],
    );
    expect(run.codes).toEqual(['ingest/symlink-skipped', 'ingest/symlink-skipped', 'ingest/symlink-skipped']);
    expect(run.stderr).toContain('corpus/leak.csv  warning  Not read: a symbolic link, which citydefs never follows');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Analysed 3 of 3 records');
    const outputs = ['records.csv', 'diagnostics.json', 'report.md'].map((f) => readFileSync(path.join(run.dir, 'output', f), 'utf8')).join('\n');
    expect(outputs).not.toContain('secret text');
    expect(outputs).not.toContain('root:');
  });
});
