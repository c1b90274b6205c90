import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import pLimit from 'p-limit';
import type { Concept } from '../config/concept.js';
import type { Limits } from '../config/limits.js';
import { Diagnostics, exitCodeFor, formatDiagnostics } from '../core/diagnostics.js';
import { count } from '../cli/print.js';
import { defaultWorkers } from '../core/parallel.js';
import type { SourceRecord } from '../model/index.js';
import { toFields } from '../ingest/fields.js';
import { sidecarOf } from '../ingest/reader.js';
import type { Candidate } from '../mine/index.js';
import { DEFAULT_MIN_SCORE } from '../mine/threshold.js';
import type { MineMethod } from '../config/mine-method.js';
import type { Placing } from '../mine/records.js';
import { common, list, methodOption, relative, type CommonFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { sourceFields, sourceOptions, writeOptions, writeRecords, type SourceFlags, type WriteFlags } from './writing.js';

interface MineFlags extends CommonFlags, SourceFlags, WriteFlags {
  minScore?: number;
  method?: MineMethod;
  workers?: number;
  add?: boolean;
  pick?: string[];
}

/** The documents `mine` reads; a folder given on the command line is searched for them. */
const DOCUMENTS = new Set(['.pdf', '.html', '.htm', '.txt', '.md']);

export function mineCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const command = common(
    program
      .command('mine')
      .description(
        'print the candidate definitions of the concept in PDFs, saved web pages, text and Markdown files (or folders of them), with page, score and who is quoted; --add adds them to the corpus',
      )
      .argument('<files...>', 'PDF, HTML, text or Markdown files, or folders holding them'),
  );
  writeOptions(sourceOptions(command))
    .addOption(methodOption('how candidates are found'))
    .addOption(
      new Option(
        '--min-score <score>',
        `leave out candidates scoring below this (0–1; default ${DEFAULT_MIN_SCORE} for the rules, the model’s threshold for learned, given in each candidate’s explanation)`,
      ).argParser(parseScore),
    )
    .addOption(
      new Option(
        '--workers <n>',
        'PDFs read at once, each in its own thread, and threads mining several files (default: one per core, at most 8; mining threads from 2 MiB of files)',
      ).argParser(parseWorkers),
    )
    .option('--add', "add the candidates (or the --pick ones) to the corpus, with the source flags or the file's .meta.json")
    .addOption(new Option('--pick <numbers>', 'with --add: only these candidates, by their printed number, comma-separated').argParser(list))
    .action(async (files: string[], flags: MineFlags) => setCode(await runMine(files, flags, io)));
}

/**
 * Bytes of files from which `mine` mines on threads when `--workers` is not given: each thread loads the model and warms
 * its code again (two threads cost 1.9–2.9 s more CPU). The bench's 10-page PDFs by the learned method, 2 cores, with and
 * without, 3 pairs each: 12 files (0.5 MB) slower with, 25 (1 MB) slower in 2 of 3, 50 (2 MB) a wash, 100 (4 MB) 0.7–1.4 s
 * faster, 200 (8 MB) 20.9 → 16.2 s.
 */
const MINE_THREADS_FROM_BYTES = 2 * 1024 * 1024;

async function totalBytes(files: readonly string[], io: Io): Promise<number> {
  const sizes = await Promise.all(
    files.map((file) =>
      stat(path.resolve(io.cwd, file)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

function parseScore(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError(`Expected a score from 0 to 1; found \`${value}\``);
  return n;
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 16) throw new InvalidArgumentError(`Expected a number of workers from 1 to 16; found \`${value}\``);
  return n;
}

interface MinedFile {
  readonly file: string;
  readonly pages: number;
  readonly placing: Placing;
  readonly candidates: readonly Candidate[];
  readonly meta: Record<string, string>;
}

/** What mining needs beyond the command line: loaded when a command runs, so `--help` stays fast. */
async function library() {
  const [
    { generateId },
    { withDefaults },
    { loadConfig },
    { decodeReported },
    { slug },
    { textDocument },
    { explain, shownScore },
    { mineReported, reportTold },
    { minedRecords },
    { MinePool },
  ] = await Promise.all([
    import('../amend/ids.js'),
    import('../amend/sources.js'),
    import('../config/load.js'),
    import('../core/decode.js'),
    import('../core/text.js'),
    import('../ingest/text-records.js'),
    import('../mine/index.js'),
    import('../mine/method.js'),
    import('../mine/records.js'),
    import('../mine/pool.js'),
  ]);
  return { generateId, withDefaults, loadConfig, decodeReported, slug, textDocument, explain, shownScore, mineReported, reportTold, minedRecords, MinePool };
}
type Library = Awaited<ReturnType<typeof library>>;

async function runMine(args: readonly string[], flags: MineFlags, io: Io): Promise<number> {
  if (flags.pick && !flags.add) {
    io.stderr('citydefs mine: --pick chooses the candidates --add adds; without --add it does nothing\n');
    return 2;
  }
  const lib = await library();
  const { generateId, withDefaults, loadConfig, slug, explain, shownScore, minedRecords } = lib;
  const { config } = await loadConfig(path.resolve(io.cwd, flags.corpus), flags.config ? path.resolve(io.cwd, flags.config) : undefined);
  const diagnostics = new Diagnostics();
  const method = flags.method ?? config.mine.method;
  const files = await expand(args, io, diagnostics);
  const started = performance.now();
  const progress = io.stderrIsTTY && !flags.quiet && !flags.json && files.length > 1;
  let done = 0;
  const workers = flags.workers ?? defaultWorkers();
  // PDFs are parsed in worker threads (pdf.js is loaded only if one is read); the queue holds the rest.
  const pool = files.some((f) => f.toLowerCase().endsWith('.pdf')) ? (await import('../ingest/pdf-pool.js')).sharedPdfPool(workers) : undefined;
  // Documents are mined on threads of their own when there are several (the main thread was the bottleneck); one, or a
  // few small ones, are mined here, where starting a thread and loading the model again would cost more than it saves.
  const threads = files.length > 1 && workers > 1 && (flags.workers !== undefined || (await totalBytes(files, io)) >= MINE_THREADS_FROM_BYTES);
  const miners = threads ? new lib.MinePool(workers) : undefined;
  // One more file in flight than workers, so a worker never waits for a file to be read from disk.
  const limit = pLimit(workers + 1);
  const results = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const mined = await mineFile(file, flags, io, diagnostics, { concept: config.concept, limits: config.limits, method }, pool, miners, lib);
        done++;
        if (progress) io.stderr(`\rMining: ${done}/${files.length}`);
        return mined;
      }),
    ),
  ).finally(() => miners?.close());
  if (progress) io.stderr('\r\x1b[K');
  const seconds = (performance.now() - started) / 1000;
  const pages = results.reduce((n, r) => n + (r?.pages ?? 0), 0);
  const pagesPerSecond = seconds > 0 ? Math.round((pages / seconds) * 10) / 10 : 0;

  let number = 0;
  const numbered: { number: number; mined: MinedFile; candidate: Candidate }[] = [];
  for (const mined of results) {
    if (!mined) continue;
    const n = mined.candidates.length;
    // With --add --quiet the candidates are added without their listing.
    const listing = !flags.json && !(flags.add && flags.quiet);
    if (listing) io.stdout(`${mined.file} (${count(mined.pages, 'page')}): ${count(n, 'candidate definition')}\n`);
    for (const candidate of mined.candidates) {
      numbered.push({ number: ++number, mined, candidate });
      if (!listing) continue;
      const place = mined.placing === 'line' ? `l${candidate.line}` : `p${candidate.page}`;
      io.stdout(`  ${String(number).padStart(3)}  ${place}  ${shownScore(candidate)}  ${candidate.clause}\n`);
      io.stdout(`${' '.repeat(7)}${candidate.term} · ${explain(candidate)}\n`);
      if (candidate.quoted) io.stdout(`${' '.repeat(7)}quoted: ${whoSaid(candidate)}\n`);
    }
  }
  const readProblems = diagnostics.list();
  if (flags.json) {
    io.stdout(`${JSON.stringify(summary(results, numbered, pages, seconds, pagesPerSecond, workers, method, readProblems.length), null, 2)}\n`);
  } else if (flags.verbose) {
    io.stderr(
      `Mined ${count(pages, 'page')} of ${count(files.length, 'file')} in ${seconds.toFixed(2)} s (${pagesPerSecond} pages/s, ${count(workers, 'worker')})\n`,
    );
  }
  if (!flags.add) {
    if (readProblems.length) io.stderr(formatDiagnostics(readProblems));
    return exitCodeFor(readProblems, Boolean(flags.strict));
  }

  const picked = new Set((flags.pick ?? []).map(Number));
  const unknown = (flags.pick ?? []).filter((p) => !numbered.some((c) => String(c.number) === p));
  if (unknown.length) {
    io.stderr(`citydefs mine: Expected candidate numbers from 1 to ${numbered.length}; found ${unknown.map((u) => `\`${u}\``).join(', ')}\n`);
    return 2;
  }
  const chosen = flags.pick ? numbered.filter((c) => picked.has(c.number)) : numbered;
  const records: SourceRecord[] = [];
  for (const mined of results) {
    if (!mined) continue;
    const candidates = chosen.filter((c) => c.mined === mined).map((c) => c.candidate);
    // The document's own metadata, the flags filling what it leaves empty; quoted candidates then take the cited author.
    const meta = withDefaults([{ origin: { file: mined.file }, fields: mined.meta }], sourceFields(flags))[0]!.fields;
    const base =
      meta.id || (meta.author || meta.year ? generateId(meta.author, meta.year, new Set()) : slug(path.basename(mined.file, path.extname(mined.file))));
    records.push(...minedRecords(candidates, base, meta, mined.file, mined.placing));
  }
  // A file that could not be read adds nothing; it is reported, and the others are still added.
  return writeRecords(records, flags, io, new Diagnostics(), readProblems);
}

/** `Caragliu et al. (2011) [12]`, or who marked it as quoted when no name is given. */
function whoSaid(c: Candidate): string {
  const a = c.attribution;
  const who = [a?.author, a?.year !== undefined ? `(${a.year})` : undefined, a?.ref].filter(Boolean).join(' ');
  return who || `an unnamed source (${a?.cue ?? 'quotation'})`;
}

function summary(
  results: readonly (MinedFile | undefined)[],
  numbered: readonly { number: number; mined: MinedFile; candidate: Candidate }[],
  pages: number,
  seconds: number,
  pagesPerSecond: number,
  workers: number,
  method: MineMethod,
  problems: number,
) {
  return {
    command: 'mine',
    files: results
      .filter((r) => r !== undefined)
      .map((r) => ({
        file: r.file,
        pages: r.pages,
        candidates: numbered
          .filter((n) => n.mined === r)
          .map(({ number, candidate: c }) => ({
            number,
            page: c.page,
            line: c.line,
            score: c.score,
            term: c.term,
            pattern: c.pattern,
            clause: c.clause,
            sentence: c.sentence,
            context: c.context,
            explanation: c.explanation,
            quoted: c.quoted,
            ...(c.attribution ? { attribution: c.attribution } : {}),
          })),
      })),
    candidates: numbered.length,
    pages,
    seconds: Math.round(seconds * 1000) / 1000,
    pagesPerSecond,
    method,
    workers,
    problems,
  };
}

/** The files named, and the documents under the folders named, each folder's sorted by path. */
async function expand(args: readonly string[], io: Io, diagnostics: Diagnostics): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    const full = path.resolve(io.cwd, arg);
    const info = await stat(full).catch(() => undefined);
    if (!info?.isDirectory()) {
      out.push(arg);
      continue;
    }
    const entries = await readdir(full, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && DOCUMENTS.has(path.extname(e.name).toLowerCase()))
      .map((e) => path.join(e.parentPath, e.name))
      .filter(
        (f) =>
          !path
            .relative(full, f)
            .split(path.sep)
            .some((part) => part.startsWith('.')),
      )
      .map((f) => relative(io.cwd, f))
      .sort();
    if (!found.length)
      diagnostics.warn('mine/empty-folder', 'Expected PDF, HTML, text or Markdown files in the folder; found none', { file: relative(io.cwd, full) });
    out.push(...found);
  }
  return out;
}

async function mineFile(
  file: string,
  flags: MineFlags,
  io: Io,
  diagnostics: Diagnostics,
  settings: { readonly concept: Concept; readonly limits: Limits; readonly method: MineMethod },
  pool: import('../ingest/pdf-pool.js').PdfPool | undefined,
  miners: import('../mine/pool.js').MinePool | undefined,
  { mineReported, reportTold, textDocument, decodeReported }: Library,
): Promise<MinedFile | undefined> {
  const { concept, limits, method } = settings;
  const label = relative(io.cwd, path.resolve(io.cwd, file));
  let data: Buffer;
  try {
    data = await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    diagnostics.error('mine/unreadable', `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: label });
    return undefined;
  }
  const ext = path.extname(file).toLowerCase();
  const sidecar = await readSidecar(path.resolve(io.cwd, file), label, diagnostics);
  const options = { ...(flags.minScore !== undefined ? { minScore: flags.minScore } : {}), concept };
  const mined = async (pages: readonly string[]) => {
    if (!miners) return detached(mineReported(method, pages, options, diagnostics, { file: label }));
    // (a thread's candidates arrive as a copy, detached from the pages already)
    const { candidates, told } = await miners.mine(method, pages, options);
    reportTold(told, diagnostics, { file: label });
    return candidates;
  };
  if (ext === '.pdf' && pool) {
    const { readPdfText } = await import('../ingest/pdf.js');
    const pdf = await readPdfText(data, { maxPages: limits.pdfMaxPages, timeoutMs: limits.pdfTimeoutSeconds * 1000 }, pool);
    if (!pdf.ok) {
      diagnostics.error(`mine/pdf-${pdf.reason}`, `Cannot read the PDF: ${pdf.message}`, { file: label });
      return undefined;
    }
    return { file: label, pages: pdf.pages.length, placing: 'page', candidates: await mined(pdf.pages), meta: sidecar };
  }
  const text = decodeReported(data, label, diagnostics);
  if (text === undefined) return undefined;
  if (ext === '.html' || ext === '.htm') {
    const { htmlToText } = await import('../ingest/html.js');
    const page = htmlToText(text);
    return { file: label, pages: 1, placing: 'record', candidates: await mined([page.text]), meta: { ...page.meta, ...sidecar } };
  }
  if (!DOCUMENTS.has(ext)) {
    diagnostics.error('mine/format', 'Expected a PDF, HTML, text or Markdown file', { file: label });
    return undefined;
  }
  const document = textDocument(text, label);
  return { file: label, pages: 1, placing: 'line', candidates: await mined([document.body]), meta: { ...document.front, ...sidecar } };
}

/**
 * A copy of the candidates, kept until every file is mined: their strings are slices of longer strings made from
 * the pages, and V8 keeps a slice's whole parent alive. Measured on the bench's 10-page PDFs, heap after GC per file
 * kept: 23 KB without the copy, 8 KB with it (1,000 PDFs: 49.5 MB against 34.1 MB; `bench/mine-heap.mjs`).
 */
export function detached(candidates: Candidate[]): Candidate[] {
  return structuredClone(candidates);
}

/** The file's `.meta.json`, if it has one: the same metadata the corpus would use. */
async function readSidecar(filePath: string, label: string, diagnostics: Diagnostics): Promise<Record<string, string>> {
  const sidecar = sidecarOf(filePath);
  let text: string;
  try {
    text = await readFile(sidecar, 'utf8');
  } catch {
    return {};
  }
  try {
    const fields = toFields(JSON.parse(text.replace(/^\uFEFF/, '')));
    if (fields) return fields;
  } catch {
    // reported below
  }
  diagnostics.warn('mine/sidecar', `Expected one JSON object of metadata in \`${path.basename(sidecar)}\`; it is ignored`, { file: label });
  return {};
}
