import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from '../config/load.js';
import { countBySeverity, exitCodeFor, formatDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import { terminalProgress } from '../core/progress.js';
import { versions } from '../core/versions.js';
import { CorpusError } from '../ingest/index.js';
import { addCommand } from '../commands/add.js';
import { mineCommand } from '../commands/mine.js';
import { EXPORT_FORMATS, EXPORT_NAMES, exportFiles, type ExportFormat } from '../outputs/exports/index.js';
import { analyze, check, runCounts, SelectionError, type AnalyzeOptions, type RunResult } from '../pipeline.js';
import { WriteError } from '../core/atomic.js';
import { OutputFolderError, render, writeFiles, writeFolder, type RenderContext } from '../outputs/write.js';

/** What the command line touches; tests pass their own. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
  readonly cwd: string;
  /** stderr is a terminal: progress may be drawn there. */
  readonly stderrIsTTY?: boolean;
  /** Called at each step of a corpus write; the kill-safety test crashes the process there. */
  readonly onWriteStep?: (step: string) => void;
}

export interface CommonFlags {
  corpus: string;
  config?: string;
  strict?: boolean;
  verbose?: boolean;
  kinds?: string[];
  sectors?: string[];
  mergeDuplicates?: boolean;
  codebook?: boolean;
  seed?: number;
  resolution?: number;
  quiet?: boolean;
  json?: boolean;
}

export const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean);

export function common(command: Command): Command {
  return command
    .option('--corpus <dir>', 'the corpus folder', 'corpus')
    .option('--config <file>', 'a config file other than <corpus>/config.json')
    .option('--strict', 'count warnings as problems for the exit code')
    .option('--verbose', 'also print the informational diagnostics (duplicates merged, …)')
    .addOption(new Option('--kinds <list>', 'kinds of record to analyse, comma-separated (config `kinds`)').argParser(list))
    .addOption(new Option('--sectors <list>', 'the sector taxonomy, comma-separated (config `sectors`)').argParser(list))
    .option('--no-merge-duplicates', 'count near-duplicate definitions separately (config `duplicates.merge`)')
    .option('--quiet', 'no progress display and no summary lines (diagnostics still print)')
    .option('--json', 'print a machine-readable JSON summary on stdout instead of the summary lines');
}

function formats(value: string): ExportFormat[] {
  const wanted = list(value);
  if (wanted.includes('all')) return [...EXPORT_FORMATS];
  const bad = wanted.filter((f) => !(EXPORT_FORMATS as readonly string[]).includes(f));
  if (bad.length || !wanted.length) {
    throw new InvalidArgumentError(`Expected ${EXPORT_FORMATS.join(', ')} or all, comma-separated; found \`${bad.join(',') || value}\`.`);
  }
  return wanted as ExportFormat[];
}

const number = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new InvalidArgumentError(`Expected a number; found \`${value}\``);
  return n;
};

/** Runs the command line; resolves to the exit code (0 clean, 1 data problems, 2 could not run). */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('citydefs')
    .description('Analyse how published definitions define the smart (sustainable) city.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError()
    .option('--debug', 'print the stack trace of an internal error');

  common(program.command('analyze').description('run the whole analysis and write the outputs'))
    .option('--out <dir>', 'the output folder, rewritten whole (only if citydefs wrote it, or it is empty)', 'output')
    .option('--force', 'replace an --out folder citydefs did not write (never the corpus, the project or /)')
    .option('--no-codebook', 'cluster purely from the data, without corpus/codebook.csv (config `factors.codebook`)')
    .addOption(new Option('--seed <n>', 'seed of the clustering and bootstrap (config `seed`)').argParser(number))
    .addOption(new Option('--resolution <x>', 'Louvain resolution: higher gives more, smaller factors (config `factors.resolution`)').argParser(number))
    .action(async (flags: CommonFlags & { out: string; force?: boolean }) => {
      code = await runAnalyze(flags, io);
    });

  common(program.command('export').description('run the analysis and write spreadsheet and network files for other tools'))
    .addOption(new Option('--format <list>', `what to write, comma-separated: ${EXPORT_FORMATS.join(', ')} or all`).argParser(formats).default([...EXPORT_FORMATS], 'all'))
    .option('--out <dir>', 'the export folder; files of the same name are replaced, others kept', 'exports')
    .option('--force', 'write into an --out folder citydefs did not write (never the corpus, the project or /)')
    .action(async (flags: CommonFlags & { out: string; format: ExportFormat[]; force?: boolean }) => {
      code = await runExport(flags, io);
    });

  common(program.command('validate').description('check the corpus and print its diagnostics, without analysing')).action(
    async (flags: CommonFlags) => {
      code = await runValidate(flags, io);
    },
  );

  addCommand(program, io, (c) => (code = c));
  mineCommand(program, io, (c) => (code = c));

  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    // With --json a script gets a summary even when the run could not be done.
    const failed = (problem: string) => {
      if (argv.includes('--json')) io.stdout(JSON.stringify({ command: argv[0], exitCode: 2, error: problem }, null, 2) + '\n');
      return 2;
    };
    if (error instanceof ConfigError) {
      io.stderr(`citydefs: Cannot use \`${relative(io.cwd, error.file)}\`:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
      return failed(`Cannot use \`${relative(io.cwd, error.file)}\`: ${error.problems.join('; ')}`);
    }
    if (error instanceof OutputFolderError) {
      io.stderr(`citydefs: ${error.problem}: \`${relative(io.cwd, error.dir)}\`\nNothing was written.\n`);
      return failed(`${error.problem}: \`${relative(io.cwd, error.dir)}\``);
    }
    if (error instanceof WriteError) {
      io.stderr(`citydefs: Cannot write \`${relative(io.cwd, error.file)}\`: ${error.reason}; the previous files are left as they were\n`);
      return failed(`Cannot write \`${relative(io.cwd, error.file)}\`: ${error.reason}`);
    }
    if (error instanceof SelectionError) {
      io.stderr(`citydefs: ${error.message}; nothing was written\n`);
      return failed(error.message);
    }
    if (error instanceof CorpusError) {
      io.stderr(`citydefs: ${error.problem}: \`${relative(io.cwd, error.dir)}\`\n`);
      return failed(`${error.problem}: \`${relative(io.cwd, error.dir)}\``);
    }
    throw error;
  }
  return code;
}

/** Progress on a terminal's stderr only, never with --quiet; `clear` before printing anything else. */
function progressFor(flags: CommonFlags, io: Io): { progress?: AnalyzeOptions['progress']; clear: () => void } {
  if (flags.quiet || !io.stderrIsTTY) return { clear: () => {} };
  return terminalProgress(io.stderr);
}

function renderContext(flags: CommonFlags, io: Io): RenderContext {
  return {
    created: io.now().toISOString(),
    versions: versions(),
    corpusLabel: relative(io.cwd, path.resolve(io.cwd, flags.corpus)),
  };
}

/** The --json summary: what a script needs to know about the run. */
function summary(command: string, code: number, flags: CommonFlags, io: Io, result: RunResult, extra: Record<string, unknown> = {}): string {
  const counts = countBySeverity(result.diagnostics);
  return (
    JSON.stringify(
      {
        command,
        exitCode: code,
        corpus: relative(io.cwd, path.resolve(io.cwd, flags.corpus)),
        ...extra,
        counts: runCounts(result),
        diagnostics: { errors: counts.error, warnings: counts.warning, info: counts.info },
      },
      null,
      2,
    ) + '\n'
  );
}

export function optionsFrom(flags: CommonFlags, io: Io): AnalyzeOptions {
  const overrides: Record<string, unknown> = {};
  if (flags.kinds) overrides.kinds = flags.kinds;
  if (flags.sectors) overrides.sectors = flags.sectors;
  if (flags.mergeDuplicates === false) overrides.duplicates = { merge: false };
  if (flags.codebook === false || flags.resolution !== undefined) {
    overrides.factors = { ...(flags.codebook === false ? { codebook: false } : {}), ...(flags.resolution !== undefined ? { resolution: flags.resolution } : {}) };
  }
  if (flags.seed !== undefined) overrides.seed = flags.seed;
  return {
    corpus: path.resolve(io.cwd, flags.corpus),
    ...(flags.config ? { configFile: path.resolve(io.cwd, flags.config) } : {}),
    overrides,
  };
}

async function runExport(flags: CommonFlags & { out: string; format: ExportFormat[]; force?: boolean }, io: Io): Promise<number> {
  const { progress, clear } = progressFor(flags, io);
  const result = await analyze({ ...optionsFrom(flags, io), ...(progress ? { progress } : {}) });
  progress?.('writing exports');
  const outDir = path.resolve(io.cwd, flags.out);
  const files = await exportFiles(result, renderContext(flags, io), flags.format);
  await writeFiles(outDir, files, { ...guardOf(flags, io), folder: 'exports', known: EXPORT_NAMES });
  clear();
  report(result.diagnostics, flags, io);
  const code = exitCodeFor(result.diagnostics, Boolean(flags.strict));
  const names = [...files.keys()];
  if (flags.json) io.stdout(summary('export', code, flags, io, result, { out: relative(io.cwd, outDir), formats: flags.format, files: names }));
  else if (!flags.quiet) io.stdout(`Wrote ${relative(io.cwd, outDir)}/: ${names.join(', ')}\n`);
  return code;
}

function guardOf(flags: CommonFlags & { force?: boolean }, io: Io) {
  return { corpus: path.resolve(io.cwd, flags.corpus), cwd: io.cwd, ...(flags.force ? { force: true } : {}) };
}

async function runAnalyze(flags: CommonFlags & { out: string; force?: boolean }, io: Io): Promise<number> {
  const { progress, clear } = progressFor(flags, io);
  const result = await analyze({ ...optionsFrom(flags, io), ...(progress ? { progress } : {}) });
  progress?.('writing outputs');
  const outDir = path.resolve(io.cwd, flags.out);
  const rendered = render(result, renderContext(flags, io));
  await writeFolder(outDir, rendered, { ...guardOf(flags, io), folder: 'analysis' });
  const files = [...rendered.keys()];
  clear();
  report(result.diagnostics, flags, io);
  const code = exitCodeFor(result.diagnostics, Boolean(flags.strict));
  if (flags.json) {
    io.stdout(summary('analyze', code, flags, io, result, { out: relative(io.cwd, outDir), files }));
    return code;
  }
  if (!flags.quiet) io.stdout(
    `Analysed ${result.analysed.length} of ${result.records} records (${result.exclusions.length} excluded, ${result.duplicates.length} duplicate groups); ${result.terms.length} terms; ` +
      `${result.factors.length} factors, ${result.tables.withoutFactor.length} definitions with none.\n` +
      `Wrote ${relative(io.cwd, outDir)}/: ${files.join(', ')}\n`,
  );
  return code;
}

async function runValidate(flags: CommonFlags, io: Io): Promise<number> {
  const { records, extracted, diagnostics } = await check(optionsFrom(flags, io));
  const list = diagnostics.list();
  report(list, flags, io);
  const code = exitCodeFor(list, Boolean(flags.strict));
  if (flags.json) {
    const counts = countBySeverity(list);
    const corpus = relative(io.cwd, path.resolve(io.cwd, flags.corpus));
    const body = {
      command: 'validate',
      exitCode: code,
      corpus,
      counts: { records: records.length, valid: extracted.valid.length, analysed: extracted.analysed.length, excluded: extracted.exclusions.length, duplicateGroups: extracted.duplicates.length },
      diagnostics: { errors: counts.error, warnings: counts.warning, info: counts.info },
    };
    io.stdout(JSON.stringify(body, null, 2) + '\n');
  } else if (!flags.quiet) {
    io.stdout(
      `${records.length} records: ${extracted.valid.length} valid, ${extracted.analysed.length} would be analysed, ${extracted.exclusions.length} excluded.\n`,
    );
  }
  return code;
}

export function report(list: readonly Diagnostic[], flags: CommonFlags, io: Io): void {
  const shown = flags.verbose ? list : list.filter((d) => d.severity !== 'info');
  const hidden = list.length - shown.length;
  if (shown.length) io.stderr(formatDiagnostics(shown, relative(io.cwd, path.resolve(io.cwd, flags.corpus))));
  if (hidden && !flags.quiet) io.stderr(`${hidden} info diagnostic${hidden === 1 ? '' : 's'} not shown (--verbose shows them)\n`);
}

export function relative(cwd: string, target: string): string {
  return path.relative(cwd, target).split(path.sep).join('/') || '.';
}
