import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import pLimit from 'p-limit';
import { generateId } from '../amend/ids.js';
import { withDefaults } from '../amend/sources.js';
import { Diagnostics, exitCodeFor, formatDiagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { toFields } from '../ingest/fields.js';
import { minedRecords } from '../ingest/pdf-records.js';
import { readPdfText } from '../ingest/pdf.js';
import { sidecarOf } from '../ingest/reader.js';
import { slug } from '../ingest/text-records.js';
import { DEFAULT_MIN_SCORE, mineDefinitions, type Candidate } from '../mine/index.js';
import { common, list, relative, type CommonFlags } from '../cli/flags.js';
import type { Io } from '../cli/io.js';
import { sourceFields, sourceOptions, writeOptions, writeRecords, type SourceFlags, type WriteFlags } from './writing.js';

interface MineFlags extends CommonFlags, SourceFlags, WriteFlags {
  minScore: number;
  add?: boolean;
  pick?: string[];
}

export function mineCommand(program: Command, io: Io, setCode: (code: number) => void): void {
  const command = common(
    program
      .command('mine')
      .description('print the candidate definition sentences of PDFs, with page and score; --add adds them to the corpus')
      .argument('<files...>', 'PDF files'),
  );
  writeOptions(sourceOptions(command))
    .addOption(new Option('--min-score <score>', 'leave out candidates scoring below this (0–1)').default(DEFAULT_MIN_SCORE).argParser(parseScore))
    .option('--add', 'add the candidates (or the --pick ones) to the corpus, with the source flags or the PDF\'s .meta.json')
    .addOption(new Option('--pick <numbers>', 'with --add: only these candidates, by their printed number, comma-separated').argParser(list))
    .action(async (files: string[], flags: MineFlags) => setCode(await runMine(files, flags, io)));
}

function parseScore(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new InvalidArgumentError(`Expected a score from 0 to 1; found \`${value}\``);
  return n;
}

interface MinedFile {
  readonly file: string;
  readonly pages: number;
  readonly candidates: readonly Candidate[];
  readonly meta: Record<string, string>;
}

async function runMine(files: readonly string[], flags: MineFlags, io: Io): Promise<number> {
  const diagnostics = new Diagnostics();
  const progress = io.stderrIsTTY && files.length > 1;
  let done = 0;
  // pdf.js parses on the main thread; two at a time overlaps reading files with parsing.
  const limit = pLimit(2);
  const results = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const mined = await mineFile(file, flags, io, diagnostics);
        done++;
        if (progress) io.stderr(`\rMining PDFs: ${done}/${files.length}`);
        return mined;
      }),
    ),
  );
  if (progress) io.stderr('\r\x1b[K');

  let number = 0;
  const numbered: { number: number; mined: MinedFile; candidate: Candidate }[] = [];
  for (const mined of results) {
    if (!mined) continue;
    const n = mined.candidates.length;
    io.stdout(`${mined.file} (${mined.pages} page${mined.pages === 1 ? '' : 's'}): ${n} candidate definition${n === 1 ? '' : 's'}\n`);
    for (const candidate of mined.candidates) {
      numbered.push({ number: ++number, mined, candidate });
      io.stdout(`  ${String(number).padStart(3)}  p${candidate.page}  ${candidate.score.toFixed(2)}  ${candidate.sentence}\n`);
    }
  }
  const readProblems = diagnostics.list();
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
    const meta = withDefaults([{ origin: { file: mined.file }, fields: mined.meta }], sourceFields(flags))[0]!.fields;
    const base = meta.id || (meta.author || meta.year ? generateId(meta.author, meta.year, new Set()) : slug(path.basename(mined.file, path.extname(mined.file))));
    records.push(...minedRecords(candidates, base, meta, mined.file));
  }
  // A PDF that could not be read adds nothing; it is reported, and the others are still added.
  return writeRecords(records, flags, io, new Diagnostics(), readProblems);
}

async function mineFile(file: string, flags: MineFlags, io: Io, diagnostics: Diagnostics): Promise<MinedFile | undefined> {
  const label = relative(io.cwd, path.resolve(io.cwd, file));
  let data: Buffer;
  try {
    data = await readFile(path.resolve(io.cwd, file));
  } catch (error) {
    diagnostics.error('mine/unreadable', `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: label });
    return undefined;
  }
  const pdf = await readPdfText(data);
  if (!pdf.ok) {
    diagnostics.error(`mine/pdf-${pdf.reason}`, `Cannot read the PDF: ${pdf.message}`, { file: label });
    return undefined;
  }
  const meta = await readSidecar(path.resolve(io.cwd, file), label, diagnostics);
  return { file: label, pages: pdf.pages.length, candidates: mineDefinitions(pdf.pages, { minScore: flags.minScore }), meta };
}

/** The PDF's `.meta.json`, if it has one: the same metadata the corpus would use. */
async function readSidecar(pdfPath: string, label: string, diagnostics: Diagnostics): Promise<Record<string, string>> {
  const sidecar = sidecarOf(pdfPath);
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
