import { createHash } from 'node:crypto';
import { loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { loadThesaurus } from './config/thesaurus.js';
import { Diagnostics, type Diagnostic } from './core/diagnostics.js';
import type { Progress } from './core/progress.js';
import type { Definition, DefinitionTerm, DuplicateGroup, Exclusion, TermStats, TokenizedDefinition } from './core/types.js';
import { extract } from './extract/index.js';
import { CorpusError, ingest, type InputFile } from './ingest/index.js';
import { score } from './score/index.js';
import { tokenize } from './tokenize/index.js';

export interface AnalyzeOptions {
  readonly corpus: string;
  /** A config file other than `<corpus>/config.json`. */
  readonly configFile?: string;
  /** Settings from the command line, applied over the config file. */
  readonly overrides?: Record<string, unknown>;
  /** Told each step as it starts (and, for long steps, how far it is); for a terminal display. */
  readonly progress?: Progress;
}

export interface RunResult {
  readonly config: Config;
  readonly inputs: {
    readonly files: readonly InputFile[];
    readonly configFile?: string;
    readonly thesaurus?: { readonly entries: number; readonly sha256: string };
  };
  /** Every record read, valid or not. */
  readonly records: number;
  readonly valid: readonly Definition[];
  readonly analysed: readonly Definition[];
  readonly exclusions: readonly Exclusion[];
  readonly duplicates: readonly DuplicateGroup[];
  readonly tokenized: readonly TokenizedDefinition[];
  readonly terms: readonly TermStats[];
  readonly definitionTerms: readonly DefinitionTerm[];
  readonly diagnostics: readonly Diagnostic[];
}

/** Checks a corpus: reads and validates every record, finds duplicates; analyses nothing. */
export async function check(options: AnalyzeOptions) {
  options.progress?.('reading the corpus');
  const { config, file: configFile } = await loadConfig(options.corpus, options.configFile, options.overrides);
  const diagnostics = new Diagnostics();
  const thesaurus = await loadThesaurus(options.corpus, diagnostics);
  const { records, files } = await ingest(options.corpus, diagnostics);
  if (files.length === 0) throw new CorpusError(options.corpus, 'Cannot find a definitions file (.csv, .json, .jsonl) in the corpus folder');
  const extracted = extract(records, config, diagnostics);
  return { config, configFile, thesaurus, records, files, extracted, diagnostics };
}

/** The whole analysis, in memory: corpus folder in, every table's data out. */
export async function analyze(options: AnalyzeOptions): Promise<RunResult> {
  const { config, configFile, thesaurus, records, files, extracted, diagnostics } = await check(options);
  const tokenized = tokenize(extracted.analysed, {
    thesaurus: thesaurus.entries,
    stopwords: config.stopwords,
    maxWords: config.terms.maxWords,
    ...(options.progress ? { onProgress: (done: number, total: number) => options.progress!('tokenizing definitions', done, total) } : {}),
  });
  options.progress?.('counting terms');
  const { terms, definitionTerms } = score(tokenized, extracted.analysed, config.sectors);
  return {
    config,
    inputs: {
      files,
      ...(configFile ? { configFile } : {}),
      ...(thesaurus.text !== undefined ? { thesaurus: { entries: thesaurus.entries.length, sha256: sha256(thesaurus.text) } } : {}),
    },
    records: records.length,
    valid: extracted.valid,
    analysed: extracted.analysed,
    exclusions: extracted.exclusions,
    duplicates: extracted.duplicates,
    tokenized,
    terms,
    definitionTerms,
    diagnostics: diagnostics.list(),
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
