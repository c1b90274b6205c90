import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ConfigError } from './config/load.js';
import { exitCodeFor, formatDiagnostics, type Diagnostic } from './core/diagnostics.js';
import { versions } from './core/versions.js';
import { CorpusError } from './ingest/index.js';
import { analyze, check, type AnalyzeOptions } from './pipeline.js';
import { write } from './write/index.js';
import { addCommand } from './commands/add.js';
import { mineCommand } from './commands/mine.js';

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
    .option('--no-merge-duplicates', 'count near-duplicate definitions separately (config `duplicates.merge`)');
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
    .showHelpAfterError();

  common(program.command('analyze').description('run the whole analysis and write the outputs'))
    .option('--out <dir>', 'the output folder, rewritten whole', 'output')
    .option('--no-codebook', 'cluster purely from the data, without corpus/codebook.csv (config `factors.codebook`)')
    .addOption(new Option('--seed <n>', 'seed of the clustering and bootstrap (config `seed`)').argParser(number))
    .addOption(new Option('--resolution <x>', 'Louvain resolution: higher gives more, smaller factors (config `factors.resolution`)').argParser(number))
    .action(async (flags: CommonFlags & { out: string }) => {
      code = await runAnalyze(flags, io);
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
    if (error instanceof ConfigError) {
      io.stderr(`citydefs: Cannot use \`${relative(io.cwd, error.file)}\`:\n${error.problems.map((p) => `  ${p}\n`).join('')}`);
      return 2;
    }
    if (error instanceof CorpusError) {
      io.stderr(`citydefs: ${error.problem}: \`${relative(io.cwd, error.dir)}\`\n`);
      return 2;
    }
    throw error;
  }
  return code;
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

async function runAnalyze(flags: CommonFlags & { out: string }, io: Io): Promise<number> {
  const result = await analyze(optionsFrom(flags, io));
  const outDir = path.resolve(io.cwd, flags.out);
  const files = await write(result, outDir, {
    created: io.now().toISOString(),
    versions: versions(),
    corpusLabel: relative(io.cwd, path.resolve(io.cwd, flags.corpus)),
  });
  report(result.diagnostics, flags, io);
  io.stdout(
    `Analysed ${result.analysed.length} of ${result.records} records (${result.exclusions.length} excluded, ${result.duplicates.length} duplicate groups); ${result.terms.length} terms; ` +
      `${result.factors.length} factors, ${result.tables.withoutFactor.length} definitions with none.\n` +
      `Wrote ${relative(io.cwd, outDir)}/: ${files.join(', ')}\n`,
  );
  return exitCodeFor(result.diagnostics, Boolean(flags.strict));
}

async function runValidate(flags: CommonFlags, io: Io): Promise<number> {
  const { records, extracted, diagnostics } = await check(optionsFrom(flags, io));
  const list = diagnostics.list();
  report(list, flags, io);
  io.stdout(
    `${records.length} records: ${extracted.valid.length} valid, ${extracted.analysed.length} would be analysed, ${extracted.exclusions.length} excluded.\n`,
  );
  return exitCodeFor(list, Boolean(flags.strict));
}

export function report(list: readonly Diagnostic[], flags: CommonFlags, io: Io): void {
  const shown = flags.verbose ? list : list.filter((d) => d.severity !== 'info');
  const hidden = list.length - shown.length;
  if (shown.length) io.stderr(formatDiagnostics(shown, relative(io.cwd, path.resolve(io.cwd, flags.corpus))));
  if (hidden) io.stderr(`${hidden} info diagnostic${hidden === 1 ? '' : 's'} not shown (--verbose shows them)\n`);
}

export function relative(cwd: string, target: string): string {
  return path.relative(cwd, target).split(path.sep).join('/') || '.';
}
