import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { referenceAgreement } from './agree/index.js';
import { analyseFurther } from './analyses/index.js';
import { cluster, withStability } from './cluster/index.js';
import { measureStabilityInWorker } from './cluster/stability.js';
import { code } from './code/index.js';
import { loadCodebook, type CodebookFactor } from './config/codebook.js';
import { CORRECTIONS_FILE, loadCorpusCoding, REFERENCE_CODING_FILE, type CodedCell } from './config/coding.js';
import { domainStopwords } from './config/concept.js';
import { loadConfig } from './config/load.js';
import type { Config } from './config/schema.js';
import { loadThesaurus, type ThesaurusEntry } from './config/thesaurus.js';
import { Diagnostics } from './core/diagnostics.js';
import type { Progress } from './core/progress.js';
import type { Definition, RunResult } from './model/index.js';
import { kwicLeftOut } from './model/concordance.js';
import { validate } from './validate/index.js';
import { CorpusError, ingest, listCorpusFiles } from './ingest/index.js';
import { sensitivity as sensitivityOf } from './sensitivity/index.js';
import { TermCounter } from './terms/index.js';
import { keyTerms } from './terms/keyterms.js';
import { keyTermsInWorker } from './terms/keyterms-thread.js';
import { BATCH_SIZE } from './tokenize/batch-size.js';
import { tokenizerThreadsFor, workersFor } from './tokenize/threads.js';
import type { TokenizeOptions } from './tokenize/text.js';
import { TokenizerThreads, tokenizeInWorkers } from './tokenize/workers.js';
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
  /** Worker threads for tokenizing (default: one per core on large corpora, none on small ones). */
  readonly workers?: number;
  /** Aborted when the caller gives up on the run (its writing failed): a bootstrap still running on its thread is ended. */
  readonly signal?: AbortSignal;
  /** Told the analysed definitions once they are known, before they are tokenized, with the number of threads that will tokenize them (0: this one). */
  readonly onAnalysed?: (analysed: readonly Definition[], tokenizerThreads: number) => void;
}

/** What the corpus's settings files say, known before its records are read. */
export interface CorpusSettings {
  readonly config: Config;
  readonly thesaurus: { entries: ThesaurusEntry[] };
  readonly codebook: { factors: CodebookFactor[] };
}

/**
 * Checks a corpus: reads and validates every record, finds duplicates; analyses nothing.
 * `beforeReading` is told the settings once they are loaded, before the records are read.
 */
export async function check(
  options: AnalyzeOptions,
  beforeReading?: (settings: CorpusSettings) => Promise<void>,
  beforeDuplicates?: (candidates: readonly Definition[]) => void,
) {
  options.progress?.('reading the corpus');
  const { config, file: configFile, text: configText } = await loadConfig(options.corpus, options.configFile, options.overrides);
  const diagnostics = new Diagnostics();
  const thesaurus = await loadThesaurus(options.corpus, diagnostics);
  const codebook = config.factors.codebook ? await loadCodebook(options.corpus, diagnostics) : { factors: [] };
  // A hand coding the matrix is measured against on every run (checked by `validate` too).
  const referenceCoding = await loadCorpusCoding(options.corpus, REFERENCE_CODING_FILE, diagnostics);
  // The researcher's corrections of cells, applied after the coding (checked by `validate` too).
  const corrections = await loadCorpusCoding(options.corpus, CORRECTIONS_FILE, diagnostics);
  await beforeReading?.({ config, thesaurus, codebook });
  const { records, files } = await ingest(options.corpus, diagnostics, {
    limits: config.limits,
    concept: config.concept,
    method: config.mine.method,
    sectors: config.sectors,
  });
  if (files.length === 0 && !options.allowEmpty) {
    throw new CorpusError(options.corpus, 'Cannot find a definitions file (.csv, .json, .jsonl, .pdf, or .txt/.md with front matter) in the corpus folder');
  }
  const validated = validate(records, config, diagnostics, beforeDuplicates);
  checkSelection(config.kinds, validated.valid, diagnostics);
  checkSectors(config.sectors, records, validated.valid);
  const configInput =
    configFile !== undefined && configText !== undefined
      ? { path: path.relative(options.corpus, configFile).split(path.sep).join('/'), sha256: sha256(configText) }
      : undefined;
  return { config, configInput, thesaurus, codebook, referenceCoding, corrections, records, files, validated, diagnostics };
}

/** The whole analysis, in memory: corpus folder in, every table's data out. */
export async function analyze(options: AnalyzeOptions): Promise<RunResult> {
  return (await analyzeInStages(options)).complete;
}

/** A run whose factors' stability may still be being measured: `early` has all else, `complete` all of it. */
export interface StagedRun {
  /** The result with every factor's `stability` undefined while the bootstrap runs (else `complete` itself). */
  readonly early: RunResult;
  readonly complete: Promise<RunResult>;
  /** Whether `early` lacks the stability (`complete` is then another result). */
  readonly pending: boolean;
}

/**
 * `analyze`, returning as soon as everything but the factors' stability is known. On a large
 * corpus the bootstrap runs on a worker thread meanwhile (the same numbers as on this thread), so
 * the caller can write the outputs that do not show stability while it runs.
 */
export async function analyzeInStages(options: AnalyzeOptions): Promise<StagedRun> {
  const { timings, timed } = stopwatch();
  // A large corpus's tokenizer threads start as soon as the settings are known: they load the
  // language model while this thread reads the records.
  let threads: TokenizerThreads | undefined;
  // They also tokenize the first definitions while duplicates are looked for (see `TokenizerThreads.prepare`).
  let candidates: readonly Definition[] | undefined;
  try {
    // Only the count of the raw records is kept: the definitions hold what the analysis needs.
    const read = await timed('read', async () => {
      const { records, ...checked } = await check(
        options,
        async (loaded) => {
          const count = await threadsAhead(options);
          if (count > 0) threads = new TokenizerThreads(tokenizeOptionsOf(loaded), count);
        },
        (ofKind) => {
          if (!threads || ofKind.length <= BATCH_SIZE) return;
          candidates = ofKind;
          threads.prepare(ofKind.map((d) => d.text));
        },
      );
      return { ...checked, recordCount: records.length };
    });
    const { analysed } = read.validated;
    options.onAnalysed?.(analysed, tokenizerThreadsFor(analysed.length, options.workers));
    const positions = candidates && positionsIn(candidates, analysed);
    const counted = await countTerms(analysed, read, options, timed, threads, positions);
    return await analyzeCounted(options, read, counted, timings, timed);
  } finally {
    await threads?.close();
  }
}

/** The run after the terms are counted: clustering, coding, tables, synthesis; the bootstrap on a worker when the corpus is large. */
async function analyzeCounted(
  options: AnalyzeOptions,
  read: Omit<Awaited<ReturnType<typeof check>>, 'records'> & { recordCount: number },
  { terms, uses, hits, tokenizeOptions, ruleFactors }: Awaited<ReturnType<typeof countTerms>>,
  timings: Record<string, number>,
  timed: Timed,
): Promise<StagedRun> {
  const { config, configInput, thesaurus, codebook, referenceCoding, corrections, recordCount, files, validated, diagnostics } = read;
  const settings = synthesisSettings(config);
  const parallel = workersFor(validated.analysed.length, options.workers) > 0;
  // On a large corpus the key terms are found on a worker thread while this one clusters and codes.
  const keys = parallel ? keyTermsInWorker(terms, uses, hits, config.terms.keyTerms) : Promise.resolve(keyTerms(terms, uses, hits, config.terms.keyTerms));
  // Awaited below; a failure meanwhile must not count as unhandled.
  keys.catch(() => undefined);
  options.progress?.('clustering terms into factors');
  const groupByMeaning = !config.factors.codebook && config.factors.method === 'semantic' ? await meaningGrouping(config.factors.groups) : undefined;
  const clusterInput = {
    terms,
    uses,
    definitionIds: validated.analysed.map((d) => d.id),
    codebook: codebook.factors,
    codebookFactorOf: (labels: readonly string[]) => ruleFactors(labels, tokenizeOptions),
    ...(groupByMeaning ? { groupByMeaning } : {}),
  };
  const clustered = await timed('cluster', () => cluster(clusterInput, config, diagnostics, { deferStability: parallel }));
  const bootstrapStart = performance.now();
  const stability = clustered.stability && measureStabilityInWorker(clustered.stability, options.signal);
  // Awaited by whoever takes `complete`; a failure must not go unhandled before then.
  stability?.catch(() => undefined);
  options.progress?.('coding definitions');
  const { factors, termFactors, matrix, network } = await timed('code', () =>
    codeDefinitions({ terms, uses, hits, codebook: codebook.factors, clustered, definitionIds: clusterInput.definitionIds, corrections, config, diagnostics }),
  );
  const sensitivity = config.sensitivity.enabled
    ? await timed('sensitivity', () => rerunSensitivity({ cluster: clusterInput, hits, config, factors, matrix }, options, diagnostics))
    : undefined;
  options.progress?.('tabulating and synthesizing');
  const tables = await timed('tabulate', () =>
    tabulate({ definitions: validated.analysed, matrix, factors, sectors: config.sectors, minExpected: config.tests.minExpected }),
  );
  if (tables.withoutFactor.length) {
    diagnostics.info(
      'tabulate/no-factor',
      `${tables.withoutFactor.length} analysed definition(s) have no factor: ${tables.withoutFactor.map((id) => `\`${id}\``).join(', ')}`,
    );
  }
  const analyses = await timed('analyses', () =>
    analyseFurther({
      definitions: validated.analysed,
      matrix,
      factors,
      sectors: config.sectors,
      sectorCells: tables.sectorCells,
      periods: config.periods,
      terms,
      uses,
      termFactors,
      network,
    }),
  );
  const { outside, periods } = analyses.time;
  if (outside)
    diagnostics.warn(
      'analyses/outside-periods',
      `${outside} analysed definition(s) have a year in no period (${periods.map((p) => `\`${p.label}\``).join(', ')}); they are counted as "other years"`,
    );
  const synthesis = await timed('synthesize', () => synthesize({ definitions: validated.analysed, terms, uses, factors, termFactors, tables, settings }));
  const result: RunResult = {
    config,
    inputs: {
      files,
      ...(configInput ? { config: configInput } : {}),
      ...(thesaurus.text !== undefined ? { thesaurus: { entries: thesaurus.entries.length, sha256: sha256(thesaurus.text) } } : {}),
      ...(codebook.text !== undefined ? { codebook: { factors: codebook.factors.length, sha256: sha256(codebook.text) } } : {}),
    },
    records: recordCount,
    valid: validated.valid,
    analysed: validated.analysed,
    exclusions: validated.exclusions,
    duplicates: validated.duplicates,
    terms,
    uses,
    keyTerms: await keys,
    factors,
    termFactors,
    rules: codebook.factors.flatMap((f) => f.rules.map((r) => r.source)),
    network,
    tables,
    synthesis,
    analyses,
    diagnostics: [],
    timings,
  };
  const early = concluded(result, { referenceCoding, sensitivity }, diagnostics);
  return staged(
    early,
    stability,
    clustered.factors.map((f) => f.id),
    bootstrapStart,
  );
}

/**
 * Tokenizes every definition and counts the terms. Map and reduce: each definition is tokenized on
 * its own (in worker threads on large corpora) into mergeable batches, which the counter folds in
 * as they come; clustering and tables then run on the reduced counts. See "Beyond one machine" in
 * the README.
 */
async function countTerms(
  analysed: readonly Definition[],
  loaded: CorpusSettings,
  options: AnalyzeOptions,
  timed: Timed,
  threads?: TokenizerThreads,
  positions?: Int32Array,
) {
  const { config } = loaded;
  // The threads started ahead were given these very options.
  const tokenizeOptions = threads?.options ?? tokenizeOptionsOf(loaded);
  const workers = workersFor(analysed.length, options.workers);
  // With workers, the key terms are found on a thread of their own (`analyzeCounted`): the columns it reads are shared with it.
  const counter = new TermCounter(analysed.length, { shared: workers > 0 });
  const onProgress = options.progress && ((done: number, total: number) => options.progress!('tokenizing definitions', done, total));
  if (tokenizerThreadsFor(analysed.length, options.workers) > 0) {
    return countOnThreads(analysed, { config, tokenizeOptions, workers, counter, timed, onProgress, progress: options.progress }, threads, positions);
  }
  // Loaded here, not at start-up: the NLP model takes a while, and `validate` or `add` never need it.
  const { tokenizeEach, ruleFactors } = await timed('load', () => import('./tokenize/index.js'));
  await timed('tokenize', () =>
    tokenizeEach(analysed, tokenizeOptions, (batch) => counter.add(batch), { ...(threads ? { threads } : {}), ...(onProgress ? { onProgress } : {}) }),
  );
  options.progress?.('counting terms');
  const counted = await timed('terms', () => counter.finish(analysed, config.sectors));
  return { ...counted, tokenizeOptions, ruleFactors };
}

/**
 * `countTerms` on worker threads (those started ahead, else started here). This thread never loads
 * the language model: the threads, which have it, also work out the codebook factor of every label
 * the clustering asks for (the frequent terms'), before they are ended.
 */
async function countOnThreads(
  analysed: readonly Definition[],
  run: {
    config: Config;
    tokenizeOptions: TokenizeOptions;
    workers: number;
    counter: TermCounter;
    timed: Timed;
    onProgress: ((done: number, total: number) => void) | undefined;
    progress: Progress | undefined;
  },
  started: TokenizerThreads | undefined,
  positions: Int32Array | undefined,
) {
  const { config, tokenizeOptions, workers, counter, timed, onProgress } = run;
  const threads = started ?? new TokenizerThreads(tokenizeOptions, workers);
  try {
    const texts = analysed.map((d) => d.text);
    await timed('tokenize', () =>
      tokenizeInWorkers(texts, tokenizeOptions, workers, BATCH_SIZE, (batch) => counter.add(batch), onProgress, threads, started && positions),
    );
    // One thread is enough to ask the labels' factors: the others' memory is freed before the terms are counted.
    threads.keep(config.factors.codebook ? 1 : 0);
    run.progress?.('counting terms');
    return await timed('terms', async () => {
      const counted = counter.finish(analysed, config.sectors);
      const labels = config.factors.codebook ? counted.terms.flatMap((t) => (t.definitions >= config.factors.minDefinitions ? [t.term] : [])) : [];
      const factors = labels.length ? await threads.ruleFactors(labels).catch(() => undefined) : [];
      // A thread that failed, or a sensitivity rerun with a lower `minDefinitions`: this thread works the others out.
      const onThisThread = !factors || config.sensitivity.enabled ? (await import('./tokenize/index.js')).ruleFactors : undefined;
      const known = new Map(factors?.map((f, i) => [labels[i]!, f]));
      const ruleFactors = (phrases: readonly string[], options: TokenizeOptions): number[] => {
        const missing = phrases.filter((p) => !known.has(p));
        if (missing.length && !onThisThread) throw new Error(`The codebook factor of \`${missing[0]}\` was not worked out with the terms`);
        if (missing.length) onThisThread!(missing, options).forEach((f, i) => known.set(missing[i]!, f));
        return phrases.map((p) => known.get(p)!);
      };
      return { ...counted, tokenizeOptions, ruleFactors };
    });
  } finally {
    // The threads hold a language model each: ended as soon as the terms are counted. Their
    // teardown is not waited for here (see `keep`); `analyzeInStages` awaits it at its end for
    // the threads it started, and a thread's end cannot fail.
    threads.close().catch(() => undefined);
  }
}

/** Each of `picked`'s place in `all`, which holds them in the same order. */
export function positionsIn(all: readonly object[], picked: readonly object[]): Int32Array {
  const positions = new Int32Array(picked.length);
  let at = 0;
  for (let i = 0; i < picked.length; i++) {
    while (at < all.length && all[at] !== picked[i]) at++;
    if (at === all.length) throw new Error('picked definitions are not in order among all');
    positions[i] = at++;
  }
  return positions;
}

/** The synthesis settings, the term defaulting to the concept's name. */
function synthesisSettings(config: Config) {
  return { ...config.synthesis, term: config.synthesis.term ?? config.concept.name };
}

/** What every tokenizer (this thread's or a worker's) is given. */
function tokenizeOptionsOf({ config, thesaurus, codebook }: CorpusSettings): TokenizeOptions {
  const settings = synthesisSettings(config);
  return {
    thesaurus: thesaurus.entries,
    stopwords: domainStopwords(config),
    maxWords: config.terms.maxWords,
    cues: [...settings.cues.means, ...settings.cues.end],
    cueWindow: settings.cueWindow,
    rules: codebook.factors,
  };
}

/** About this many bytes of a definitions file make one definition, or more (its metadata with it): to guess the size of a corpus before reading it. */
const BYTES_PER_DEFINITION = 600;

/**
 * How many tokenizer threads to start before the records are read: those `workersFor` will ask
 * for when the corpus's text files are large enough to hold that many definitions, else none (a
 * wrong guess costs a thread started and ended, never a different result).
 */
async function threadsAhead(options: AnalyzeOptions): Promise<number> {
  if (options.workers === 0) return 0;
  const { files } = await listCorpusFiles(options.corpus);
  let bytes = 0;
  for (const file of files) {
    if (!TEXT_FILE.test(file)) continue;
    bytes += await stat(path.join(options.corpus, file)).then(
      (s) => s.size,
      () => 0,
    );
  }
  return tokenizerThreadsFor(Math.floor(bytes / BYTES_PER_DEFINITION), options.workers);
}

/** Definitions files whose size says how many definitions they hold (not PDFs or web pages, whose text is mined). */
const TEXT_FILE = /\.(csv|json|jsonl)$/i;

/** `--sensitivity`: the clustering and coding rerun over the config's grid, with a warning when cells change. */
async function rerunSensitivity(input: Omit<Parameters<typeof sensitivityOf>[0], 'onRun'>, options: AnalyzeOptions, diagnostics: Diagnostics) {
  const sensitivity = await sensitivityOf({
    ...input,
    ...(options.progress ? { onRun: (done: number, total: number) => options.progress!('rerunning the clustering (sensitivity)', done, total) } : {}),
  });
  if (sensitivity.cells.length) {
    diagnostics.warn(
      'sensitivity/unstable-cells',
      `${sensitivity.cells.length} of ${sensitivity.cellsCompared} matrix cells change value in some of the ${sensitivity.runs.length} sensitivity reruns; see \`sensitivity-cells.csv\``,
    );
  }
  return sensitivity;
}

/** Codes the matrix (the researcher's corrections applied last) and says what was left out. */
function codeDefinitions(input: {
  terms: RunResult['terms'];
  uses: RunResult['uses'];
  hits: Parameters<typeof code>[0]['hits'];
  codebook: readonly CodebookFactor[];
  clustered: ReturnType<typeof cluster>;
  definitionIds: readonly string[];
  corrections: readonly CodedCell[] | undefined;
  config: Config;
  diagnostics: Diagnostics;
}) {
  const { clustered, diagnostics, corrections } = input;
  const { factors, termFactors, matrix, dropped, unapplied } = code({
    terms: input.terms,
    uses: input.uses,
    hits: input.hits,
    codebook: input.codebook,
    factors: clustered.factors,
    termFactors: clustered.termFactors,
    ...input.config.coding,
    definitionIds: input.definitionIds,
    ...(corrections ? { corrections } : {}),
  });
  for (const { cell, why } of unapplied) {
    diagnostics.warn('code/unapplied-correction', `Expected a correction of a cell of this run; ${why}, so it is not applied`, {
      file: CORRECTIONS_FILE,
      line: cell.line,
      recordId: cell.definitionId,
    });
  }
  for (const id of dropped) diagnostics.info('code/empty-factor', `Factor \`${id}\` codes no definition of this corpus; it is left out`);
  const network = {
    ...clustered.network,
    nodes: clustered.network.nodes.map((n) => ({ ...n, factorId: factors.some((f) => f.id === n.factorId) ? n.factorId : undefined })),
  };
  return { factors, termFactors, matrix, network };
}

/** The run now, and once the bootstrap (if it runs on a worker) has measured the stability of the factors `ids`. */
function staged(early: RunResult, stability: Promise<readonly number[]> | undefined, ids: readonly string[], bootstrapStart: number): StagedRun {
  if (!stability) return { early, complete: Promise.resolve(early), pending: false };
  const complete = stability.then((values) => ({
    ...early,
    factors: withStability([...early.factors], ids, values),
    timings: { ...early.timings, bootstrap: Math.round(performance.now() - bootstrapStart) },
  }));
  // Awaited by whoever takes `complete`; a failure must not go unhandled before then.
  complete.catch(() => undefined);
  return { early, complete, pending: true };
}

type Timed = <T>(stage: string, work: () => T | Promise<T>) => Promise<T>;

/** Each stage's wall time in milliseconds, as `timed` runs it. */
function stopwatch(): { timings: Record<string, number>; timed: Timed } {
  const timings: Record<string, number> = {};
  const timed: Timed = async (stage, work) => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };
  return { timings, timed };
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
  if (unknown.length)
    diagnostics.warn('validate/unknown-kind', `No record is of kind ${unknown.map((k) => `\`${k}\``).join(', ')} (config \`kinds\`); the corpus has ${listed}`);
}

/**
 * Sectors that match no record (a typo in `--sectors`): every record is then invalid, and an empty
 * analysis would replace the previous outputs, so it is an error (exit 2) naming the sectors there are.
 */
function checkSectors(
  sectors: readonly string[],
  records: readonly { readonly fields: Readonly<Record<string, string>> }[],
  valid: readonly Definition[],
): void {
  if (valid.length) return;
  const present = [...new Set(records.map((r) => r.fields.sector?.trim().toLowerCase() ?? '').filter(Boolean))].sort();
  if (present.length === 0 || present.some((s) => sectors.includes(s))) return;
  const listed = (list: readonly string[]) => list.map((s) => `\`${s}\``).join(', ');
  throw new SelectionError(`The sectors (${listed(sectors)}) match no record; the corpus has ${listed(present)}`);
}

/** Grouping by WordNet meaning; WordNet (some 30 MB) and the clustering tree load only for a run that uses them. */
async function meaningGrouping(groups: number) {
  const [{ semanticGroups }, { openWordNet }] = await Promise.all([import('./cluster/semantic.js'), import('./cluster/wordnet.js')]);
  const lexicon = openWordNet();
  return (terms: Parameters<typeof semanticGroups>[0]) => semanticGroups(terms, lexicon, { groups });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The run with what reads it whole: the agreement with the hand coding, and the diagnostics (theirs join the run's). */
function concluded(
  result: RunResult,
  { referenceCoding, sensitivity }: { referenceCoding: readonly CodedCell[] | undefined; sensitivity: RunResult['sensitivity'] },
  diagnostics: Diagnostics,
): RunResult {
  reportKwicCap(result, diagnostics);
  const agreement = referenceCoding && referenceAgreement(referenceCoding, result, diagnostics);
  return { ...result, ...(agreement ? { agreement } : {}), ...(sensitivity ? { sensitivity } : {}), diagnostics: diagnostics.list() };
}

/** Says when `kwic.csv` leaves occurrences out (config `report.kwicFilePerTerm`). */
function reportKwicCap(result: RunResult, diagnostics: Diagnostics): void {
  const kwic = kwicLeftOut(result);
  if (!kwic) return;
  diagnostics.info(
    'outputs/kwic-capped',
    `kwic.csv: ${grouped(kwic.leftOut)} of ${grouped(kwic.occurrences)} occurrences left out, beyond ${grouped(result.config.report.kwicFilePerTerm)} per term or rule (${kwic.capped === 1 ? '1 term or rule has' : `${grouped(kwic.capped)} terms and rules have`} more; those kept are spread over the corpus); set \`report.kwicFilePerTerm\`: 0 for all`,
  );
}

/** 1234567 → "1,234,567". */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
