import type { Definition, TokenBatch } from '../model/index.js';
import { batchTokenizer } from './batch.js';
import { BATCH_SIZE } from './batch-size.js';
import type { TokenizeOptions } from './text.js';
import { tokenizeInWorkers, type TokenizerThreads } from './workers.js';

export { batchTokenizer } from './batch.js';
export { phraseKeys, ruleFactors, textTokenizer, type TokenizeOptions } from './text.js';

export interface TokenizeRun {
  /** Called as texts are done, for a progress display on long runs. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Worker threads to tokenize on (0: this thread). Results do not depend on it. */
  readonly workers?: number;
  /** Threads started ahead with the same options (see `TokenizerThreads`): used first, or ended if the run needs none. */
  readonly threads?: TokenizerThreads;
  /** Each definition's place among the texts `threads` were given to prepare (`TokenizerThreads.prepare`), when they were. */
  readonly positions?: Int32Array;
}

/**
 * The per-document stage, the map of the pipeline's map/reduce split: finds the candidate terms of
 * every definition (content words and multi-word terms) and packs them in batches of columns
 * (`TokenBatch`) that the terms stage merges (`TermCounter`, the reduce). Each batch goes to `take`
 * as soon as it and those before it are done, in definition order, whether or not workers
 * tokenized it; none is kept here.
 */
export async function tokenizeEach(
  definitions: readonly Definition[],
  options: TokenizeOptions,
  take: (batch: TokenBatch) => void,
  run: TokenizeRun = {},
): Promise<void> {
  const texts = definitions.map((d) => d.text);
  if ((run.workers ?? 0) > 0 && texts.length > BATCH_SIZE)
    return tokenizeInWorkers(texts, options, run.workers!, BATCH_SIZE, take, run.onProgress, run.threads, run.positions);
  await run.threads?.close();
  const tokenizeBatch = batchTokenizer(options);
  for (let from = 0; from < texts.length; from += BATCH_SIZE) {
    take(tokenizeBatch(texts.slice(from, from + BATCH_SIZE)));
    run.onProgress?.(Math.min(from + BATCH_SIZE, texts.length), texts.length);
  }
}

/** `tokenizeEach`, the batches kept and returned in definition order. */
export async function tokenize(definitions: readonly Definition[], options: TokenizeOptions, run: TokenizeRun = {}): Promise<TokenBatch[]> {
  const batches: TokenBatch[] = [];
  await tokenizeEach(definitions, options, (batch) => batches.push(batch), run);
  return batches;
}
