import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { DEFAULT_MINE_METHOD, MINE_METHODS, type MineMethod } from '../config/mine-method.js';
import type { AnalyzeOptions } from '../pipeline.js';
import type { Io } from './io.js';

/** The flags every corpus command takes. */
export interface CommonFlags {
  corpus: string;
  config?: string;
  strict?: boolean;
  verbose?: boolean;
  kinds?: string[];
  sectors?: string[];
  mergeDuplicates?: boolean;
  quiet?: boolean;
  json?: boolean;
}

/** The flags that change the analysis (analyze, export). */
export interface AnalysisFlags extends CommonFlags {
  codebook?: boolean;
  seed?: number;
  resolution?: number;
  workers?: number;
}

export const list = (value: string) =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export const number = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n)) throw new InvalidArgumentError(`Expected a number; found \`${value}\``);
  return n;
};

export const integer = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError(`Expected a whole number; found \`${value}\``);
  return n;
};

/** `--method rules|learned`: how definitions are mined (`mine`, `add --bib`); without it, the config's `mine.method`. */
export function methodOption(what: string): Option {
  return new Option(
    '--method <method>',
    `${what}: rules (the hand-written extractor) or learned (a trained model); default: the config's mine.method, else ${DEFAULT_MINE_METHOD}`,
  ).argParser((value: string): MineMethod => {
    const method = MINE_METHODS.find((m) => m === value);
    if (!method) throw new InvalidArgumentError(`Expected \`rules\` or \`learned\`; found \`${value}\``);
    return method;
  });
}

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

/** The flags that change the analysis, on top of `common`. */
export function analysis(command: Command): Command {
  return common(command)
    .option(
      '--no-codebook',
      'group terms purely from the data (by WordNet meaning, config `factors.method`), without corpus/codebook.csv, and write codebook-draft.csv (config `factors.codebook`)',
    )
    .addOption(new Option('--seed <n>', 'seed of the clustering and bootstrap (config `seed`)').argParser(integer))
    .addOption(new Option('--resolution <x>', 'Louvain resolution: higher gives more, smaller factors (config `factors.resolution`)').argParser(number))
    .addOption(
      new Option(
        '--workers <n>',
        'worker threads for tokenizing and the bootstrap, 0 for none (default: one per core, at most 8, on corpora of 30,000 definitions or more; one from 8,000); the outputs are the same',
      ).argParser(workerCount),
    );
}

const workerCount = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError(`Expected a number of workers from 0 to 64; found \`${value}\``);
  return n;
};

/** The flag that sets each config path, to name it when its value is not valid. */
export const FLAG_OF_SETTING: Readonly<Record<string, string>> = {
  kinds: '--kinds',
  sectors: '--sectors',
  'duplicates.merge': '--no-merge-duplicates',
  'factors.codebook': '--no-codebook',
  'factors.resolution': '--resolution',
  seed: '--seed',
};

/** The flag a config path (`sectors.0`, `factors.resolution`) came from. */
export function flagOfSetting(settingPath: string): string {
  const match = Object.keys(FLAG_OF_SETTING)
    .filter((p) => settingPath === p || settingPath.startsWith(`${p}.`))
    .sort((a, b) => b.length - a.length)[0];
  return match ? FLAG_OF_SETTING[match]! : `the setting \`${settingPath}\``;
}

/** The flags as the pipeline's options: paths resolved against the working folder, settings as config overrides. */
export function optionsFrom(flags: AnalysisFlags, io: Io): AnalyzeOptions {
  const overrides: Record<string, unknown> = {};
  if (flags.kinds) overrides.kinds = flags.kinds;
  if (flags.sectors) overrides.sectors = flags.sectors;
  if (flags.mergeDuplicates === false) overrides.duplicates = { merge: false };
  if (flags.codebook === false || flags.resolution !== undefined) {
    overrides.factors = {
      ...(flags.codebook === false ? { codebook: false } : {}),
      ...(flags.resolution !== undefined ? { resolution: flags.resolution } : {}),
    };
  }
  if (flags.seed !== undefined) overrides.seed = flags.seed;
  return {
    corpus: path.resolve(io.cwd, flags.corpus),
    ...(flags.config ? { configFile: path.resolve(io.cwd, flags.config) } : {}),
    ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
    overrides,
  };
}

/**
 * A path as the user would type it from the working folder, with `/` separators: relative inside
 * it, absolute outside it (`/tmp/out`, not `../../tmp/out`).
 */
export function relative(cwd: string, target: string): string {
  const rel = path.relative(cwd, target);
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return target.split(path.sep).join('/');
  return rel.split(path.sep).join('/') || '.';
}

/** The corpus folder as the user named it. */
export const corpusLabel = (flags: CommonFlags, io: Io) => relative(io.cwd, path.resolve(io.cwd, flags.corpus));
