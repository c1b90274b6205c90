import { createHash } from 'node:crypto';
import path from 'node:path';
import { cluster } from './cluster/index.js';
import { loadCodebook } from './config/codebook.js';
import { domainStopwords } from './config/concept.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { loadThesaurus } from './config/thesaurus.js';
import { Diagnostics, type Diagnostic } from './core/diagnostics.js';
import type { Progress } from './core/progress.js';
import type { Definition, RunResult } from './model/index.js';
import { validate } from './validate/index.js';
import { CorpusError, ingest } from './ingest/index.js';
import { score } from './terms/index.js';
import { synthesize } from './synthesize/index.js';
import { tabulate } from './tabulate/index.js';

export interface AnalyzeOptions {
  readonly corpus: string;
  /** A config file other than `<corpus>/config.json`. */
  readonly configFile?: string;
  /** Settings from the command line, applied over the config file. */
  readonly overrides?: Record<string, unknown>;
  /** A corpus folder without any definitions file is fine (`add` starts one); otherwise it cannot be analysed. */
  readonly allowEmpty?: boolean;
  /** Told each step as it starts (and, for long steps, how far it is); for a terminal display. */
  readonly progress?: Progress;
}

/** Checks a corpus: reads and validates every record, finds duplicates; analyses nothing. */
export async function check(options: AnalyzeOptions) {
  options.progress?.('reading the corpus');
  const { config, file: configFile, text: configText } = await loadConfig(options.corpus, options.configFile, options.overrides);
  const diagnostics = new Diagnostics();
  const thesaurus = await loadThesaurus(options.corpus, diagnostics);
  const codebook = config.factors.codebook ? await loadCodebook(options.corpus, diagnostics) : { factors: [] };
  const { records, files } = await ingest(options.corpus, diagnostics, { concept: config.concept });
  if (files.length === 0 && !options.allowEmpty) {
    throw new CorpusError(options.corpus, 'Cannot find a definitions file (.csv, .json, .jsonl, .pdf, or .txt/.md with front matter) in the corpus folder');
  }
  const validated = validate(records, config, diagnostics);
  checkSelection(config.kinds, validated.valid, diagnostics);
  const configInput =
    configFile !== undefined && configText !== undefined
      ? { path: path.relative(options.corpus, configFile).split(path.sep).join('/'), sha256: sha256(configText) }
      : undefined;
  return { config, configInput, thesaurus, codebook, records, files, validated, diagnostics };
}

/** The whole analysis, in memory: corpus folder in, every table's data out. */
export async function analyze(options: AnalyzeOptions): Promise<RunResult> {
  const { config, configInput, thesaurus, codebook, records, files, validated, diagnostics } = await check(options);
  // Loaded here, not at start-up: the NLP model takes a while, and `validate` or `add` never need it.
  const { tokenize, phraseKeys } = await import('./tokenize/index.js');
  const tokenizeOptions = { thesaurus: thesaurus.entries, stopwords: domainStopwords(config), maxWords: config.terms.maxWords };
  const tokenized = tokenize(validated.analysed, {
    ...tokenizeOptions,
    ...(options.progress ? { onProgress: (done: number, total: number) => options.progress!('tokenizing definitions', done, total) } : {}),
  });
  options.progress?.('counting terms');
  const { terms, definitionTerms, labelOf } = score(tokenized, validated.analysed, config.sectors);
  options.progress?.('clustering terms into factors');
  const { factors, factorOf, fitOf, network } = cluster(
    {
      terms,
      definitionTerms,
      definitionIds: validated.analysed.map((d) => d.id),
      codebook: codebook.factors,
      seedKeys: seedKeys(codebook.factors, (phrases) => phraseKeys(phrases, tokenizeOptions)),
    },
    config,
    diagnostics,
  );
  options.progress?.('tabulating and synthesizing');
  const tables = tabulate(validated.analysed, tokenized, factors, factorOf, labelOf, config.sectors);
  if (tables.withoutFactor.length) {
    diagnostics.info('tabulate/no-factor', `${tables.withoutFactor.length} analysed definition(s) use no factor's terms: ${tables.withoutFactor.map((id) => `\`${id}\``).join(', ')}`);
  }
  const synthesis = synthesize({
    definitions: validated.analysed,
    tokenized,
    factors,
    factorOf,
    labelOf,
    tables,
    term: config.synthesis.term,
    minShare: config.synthesis.minShare,
  });
  return {
    config,
    inputs: {
      files,
      ...(configInput ? { config: configInput } : {}),
      ...(thesaurus.text !== undefined ? { thesaurus: { entries: thesaurus.entries.length, sha256: sha256(thesaurus.text) } } : {}),
      ...(codebook.text !== undefined ? { codebook: { factors: codebook.factors.length, sha256: sha256(codebook.text) } } : {}),
    },
    records: records.length,
    valid: validated.valid,
    analysed: validated.analysed,
    exclusions: validated.exclusions,
    duplicates: validated.duplicates,
    tokenized,
    terms,
    definitionTerms,
    factors,
    factorOf,
    fitOf,
    network,
    tables,
    synthesis,
    diagnostics: diagnostics.list(),
  };
}

/** The run selects nothing it could analyse (exit 2): an unknown kind, say. */
export class SelectionError extends Error {
  override name = 'SelectionError';
}

/** Kinds that match no record: a typo when none match (exit 2), worth a warning when some do. */
function checkSelection(kinds: readonly string[], valid: readonly Definition[], diagnostics: Diagnostics): void {
  if (!valid.length) return;
  const present = [...new Set(valid.map((d) => d.kind))].sort();
  const unknown = kinds.filter((k) => !present.includes(k));
  const listed = present.map((k) => `\`${k}\``).join(', ');
  if (unknown.length === kinds.length) {
    throw new SelectionError(`The kinds to analyse (${unknown.map((k) => `\`${k}\``).join(', ')}) match no record; the corpus has ${listed}`);
  }
  if (unknown.length) diagnostics.warn('validate/unknown-kind', `No record is of kind ${unknown.map((k) => `\`${k}\``).join(', ')} (config \`kinds\`); the corpus has ${listed}`);
}

/** Every factor's seed keys, tokenized in one pass (one phrase matcher, not one per factor). */
function seedKeys(factors: readonly { readonly seeds: readonly string[] }[], keys: (phrases: readonly string[]) => (string | undefined)[]) {
  const all = keys(factors.flatMap((f) => f.seeds));
  let at = 0;
  return factors.map((f) => all.slice(at, (at += f.seeds.length)));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
