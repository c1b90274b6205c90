import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// Failures injected from outside the program into the built CLI (`node --require inject.cjs
// dist/bin.js`, see inject.cjs): a thread that dies or throws, a disk that fills up mid-write, a
// PDF reader that dies or hangs. Whatever fails, the process must end by itself, soon, with the
// documented exit code and one clear message, leaving the corpus and the previous outputs byte for
// byte as they were and no temporary file behind. A corpus of 2,500 definitions run with
// `--workers 2` has every thread: tokenizers, key terms, the bootstrap, references, PNGs.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist', 'bin.js');
const inject = path.join(root, 'test', 'hostile', 'inject.cjs');
/** Well past a normal run of the corpus (about 5 s on two cores); a run still going then hangs. */
const BOUND_MS = 60_000;

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  /** The threads started, in order (`thread <kind>` lines), and the rest of stderr. */
  readonly threads: readonly string[];
  readonly messages: string;
}

function runWith(fault: string, args: readonly string[], cwd: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const start = Date.now();
    const env = { ...process.env, CITYDEFS_FAULT: fault, CITYDEFS_FAULT_THREADS: '1' };
    const child = spawn(process.execPath, ['--require', inject, bin, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), BOUND_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const lines = stderr.split('\n');
      const threads = lines.filter((l) => l.startsWith('thread ')).map((l) => l.slice('thread '.length));
      const messages = lines.filter((l) => !l.startsWith('thread ')).join('\n');
      resolve({ code, signal, stdout, stderr, ms: Date.now() - start, threads, messages });
    });
  });
}

/** Every file under `dir` (hidden ones too) with the hash of its bytes. */
function hashes(dir: string, at = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, at), { withFileTypes: true })) {
    const name = at ? `${at}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, hashes(dir, name));
    else
      out[name] = createHash('sha256')
        .update(readFileSync(path.join(dir, name)))
        .digest('hex');
  }
  return out;
}

const ARGS = ['analyze', '--quiet', '--workers', '2', '--out', 'results'];

describe('failures injected into a run with every thread', () => {
  let dir = '';
  let before: { corpus: Record<string, string>; results: Record<string, string>; top: string[] };
  const untouched = () => {
    expect(hashes(path.join(dir, 'corpus'))).toEqual(before.corpus);
    expect(hashes(path.join(dir, 'results'))).toEqual(before.results);
    // No temporary folder (`.results.tmp-…`, `.results.old-…`) or file left beside them.
    expect(readdirSync(dir).sort()).toEqual(before.top);
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'citydefs-injected-'));
    const corpus = path.join(dir, 'corpus');
    execFileSync(process.execPath, [path.join(root, 'bench', 'generate.mjs'), '2500', corpus]);
    // A longer bootstrap, so that it is still running when the first output is written.
    const config = path.join(corpus, 'config.json');
    writeFileSync(config, readFileSync(config, 'utf8').replace(/"bootstrap": \d+/, '"bootstrap": 200'));
    // Without PNGs: a rerun keeps the PNGs an earlier one drew (see `keptPng`), so the runs below
    // would start no PNG thread; with none to keep, they draw every one.
    execFileSync(process.execPath, [bin, ...ARGS, '--no-png'], { cwd: dir, stdio: 'ignore' });
    before = { corpus: hashes(corpus), results: hashes(path.join(dir, 'results')), top: readdirSync(dir).sort() };
    expect(Object.keys(before.results)).toContain('references.bib');
  }, 180_000);

  it('a clean run starts every thread (else the cases below test nothing)', async () => {
    const run = await runWith(
      'none',
      ['analyze', '--quiet', '--workers', '2', '--out', path.join(mkdtempSync(path.join(tmpdir(), 'citydefs-injected-out-')), 'output')],
      dir,
    );
    expect(run.code, run.messages).toBe(0);
    expect(new Set(run.threads)).toEqual(new Set(['tokenize', 'keyterms', 'stability', 'references', 'png']));
  });

  // A thread that dies or throws is a bug or a killed thread, not bad input: exit 2 and an internal error naming it.
  it.each([
    ['worker:tokenize:exit:1', /^citydefs: internal error: tokenizer worker exited with code 3$/m],
    // (at start: thrown from its first batch's listener, the error comes after the batch is done, and
    // once every batch is in, the run rightly ends well)
    ['worker:tokenize:throw:0', /^citydefs: internal error: injected failure$/m],
    ['worker:keyterms:exit:0', /^citydefs: internal error: key-terms worker exited with code 3$/m],
    ['worker:stability:exit:0', /^citydefs: internal error: stability worker exited with code 3$/m],
    ['worker:stability:throw:0', /^citydefs: internal error: injected failure$/m],
    ['worker:references:exit:2', /^citydefs: internal error: references worker exited with code 3$/m],
    ['worker:references:throw:1', /^citydefs: internal error: injected failure$/m],
    // (was "Cannot write `results`: PNG worker exited …; the previous files …": not a disk problem)
    ['worker:png:exit:1', /^citydefs: internal error: PNG worker exited with code 3$/m],
    ['worker:png:throw:2', /^citydefs: internal error: injected failure$/m],
  ])('%s: exit 2 at once, saying which thread, nothing changed', async (fault, message) => {
    const run = await runWith(fault, ARGS, dir);
    expect({ code: run.code, signal: run.signal }, run.messages).toEqual({ code: 2, signal: null });
    expect(run.messages).toMatch(message);
    expect(run.ms).toBeLessThan(BOUND_MS);
    untouched();
  });

  it.each([0, 100_000, 2_000_000, 10_000_000, 25_000_000])('a disk full after %i bytes: exit 2, the message, nothing changed', async (bytes) => {
    const run = await runWith(`enospc:${bytes}`, ARGS, dir);
    expect({ code: run.code, signal: run.signal }, run.messages).toEqual({ code: 2, signal: null });
    expect(run.messages).toBe('citydefs: Cannot write `results`: the disk is full; the previous files are left as they were\n');
    untouched();
  });

  it.each([0, 100_000])('add on a disk full after %i bytes (the corpus is 1.2 MB): exit 2, the corpus as it was, no temporary file or lock', async (bytes) => {
    const run = await runWith(
      `enospc:${bytes}`,
      ['add', '--text', 'A smart city is a city that keeps room on its disks.', '--sector', 'ngo', '--author', 'Disk', '--year', '2024'],
      dir,
    );
    expect({ code: run.code, signal: run.signal }, run.messages).toEqual({ code: 2, signal: null });
    expect(run.messages).toBe('citydefs: Cannot write `corpus/definitions.csv`: the disk is full; the previous files are left as they were\n');
    untouched();
  });

  it('a disk full at the first file ends the bootstrap: no thread starts for outputs that will not be written', async () => {
    // Before: the process printed "Cannot write …", then waited for the bootstrap and made the
    // outputs that show stability (starting the references and PNG threads) before it exited.
    const run = await runWith('enospc:0', ARGS, dir);
    expect(run.code, run.messages).toBe(2);
    expect(run.threads).toContain('stability');
    expect(run.threads).not.toContain('references');
    expect(run.threads).not.toContain('png');
  });
});

describe('a PDF reader thread that fails', () => {
  const pdfs = ['review-paper-2', 'review-paper-6'];
  const corpusWithPdfs = () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-injected-pdf-'));
    const corpus = path.join(dir, 'corpus');
    mkdirSync(corpus);
    copyFileSync(path.join(root, 'corpus', 'definitions.csv'), path.join(corpus, 'definitions.csv'));
    for (const name of pdfs) {
      copyFileSync(path.join(root, 'test', 'fixtures', 'mining', name, 'paper.pdf'), path.join(corpus, `${name}.pdf`));
      const meta = { sector: 'academic', author: 'Reviewer, A.', year: 2020, title: `A review (${name})`, url: `https://example.org/${name}` };
      writeFileSync(path.join(corpus, `${name}.meta.json`), JSON.stringify(meta));
    }
    return dir;
  };

  it.each([
    // Before: a thread that died before it was ready left its read pending; the process ran out of
    // work and exited 0, printing nothing (mine) or writing nothing (analyze).
    ['worker:pdf:exit:0', 'The PDF reader stopped before it was ready (exit code 3)'],
    ['worker:pdf:throw:0', 'injected failure'],
    ['worker:pdf:exit:1', 'The PDF reader stopped'],
  ])('%s: mine reports each file (exit 1), analyze too and writes the rest', async (fault, reason) => {
    const dir = corpusWithPdfs();
    const corpus = hashes(path.join(dir, 'corpus'));
    const mine = await runWith(fault, ['mine', 'corpus', '--workers', '2'], dir);
    expect(mine.code, mine.messages).toBe(1);
    for (const name of pdfs) expect(mine.messages).toContain(`corpus/${name}.pdf  error  Cannot read the PDF: ${reason}  [mine/pdf-other]`);
    const analyze = await runWith(fault, ['analyze', '--quiet'], dir);
    expect(analyze.code, analyze.messages).toBe(1);
    for (const name of pdfs) expect(analyze.messages).toContain(`corpus/${name}.pdf  error  Cannot read the PDF: ${reason}  [ingest/pdf-other]`);
    expect(readdirSync(path.join(dir, 'output'))).toContain('report.html');
    expect(hashes(path.join(dir, 'corpus'))).toEqual(corpus);
  });

  it('mine --add of a PDF on a disk full mid-write: exit 2, the corpus as it was, no temporary file or lock', async () => {
    const dir = corpusWithPdfs();
    const corpus = hashes(path.join(dir, 'corpus'));
    const source = ['--sector', 'academic', '--author', 'Reviewer, A.', '--year', '2020', '--title', 'A review', '--url', 'https://example.org/review'];
    copyFileSync(path.join(root, 'test', 'fixtures', 'mining', 'review-paper-8', 'paper.pdf'), path.join(dir, 'new.pdf'));
    const run = await runWith('enospc:2000', ['mine', 'new.pdf', '--add', ...source], dir);
    expect({ code: run.code, signal: run.signal }, run.messages).toEqual({ code: 2, signal: null });
    expect(run.messages).toMatch(/^citydefs: Cannot write `corpus\/definitions\.csv`: the disk is full; the previous files are left as they were$/m);
    expect(hashes(path.join(dir, 'corpus'))).toEqual(corpus);
  });

  it('a hung PDF reader is stopped on time (limits.pdfTimeoutSeconds) and the run goes on', async () => {
    const dir = corpusWithPdfs();
    writeFileSync(path.join(dir, 'corpus', 'config.json'), JSON.stringify({ limits: { pdfTimeoutSeconds: 2 } }));
    const run = await runWith('worker:pdf:hang:1', ['analyze', '--quiet'], dir);
    expect(run.code, run.messages).toBe(1);
    expect(run.messages).toMatch(/corpus\/review-paper-2\.pdf {2}error {2}.*\[ingest\/pdf-timeout\]/);
    expect(run.ms).toBeLessThan(30_000);
  });
});
