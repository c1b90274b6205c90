import { Worker } from 'node:worker_threads';
import type { TokenBatch } from '../model/index.js';
import type { TokenizeOptions } from './text.js';
import { workerScript } from '../core/worker-script.js';
import { BATCH_SIZE } from './batch-size.js';

/** A batch handed to a worker: its texts, or which texts of a chunk the worker prepared to keep (ascending). */
export interface BatchRequest {
  readonly index: number;
  readonly texts?: readonly string[];
  readonly chunk?: number;
  readonly keep?: Int32Array;
}
/** Texts handed to a worker to tokenize ahead, before it is known which of them the analysis keeps. */
export interface PrepareRequest {
  readonly prepare: number;
  readonly texts: readonly string[];
}
export interface BatchReply {
  readonly index: number;
  readonly batch?: TokenBatch;
  readonly error?: string;
}
/** Phrases (terms' labels) whose codebook factor a thread is asked for (`ruleFactors`), and its answer. */
export interface FactorsRequest {
  readonly factorsOf: readonly string[];
}
export interface FactorsReply {
  readonly factors?: number[];
  readonly error?: string;
}

/**
 * Chunks each thread tokenizes ahead at most (`TokenizerThreads.prepare`): memory stays bounded on
 * any corpus (a prepared chunk is held packed, about 1.3 MB for 2,000 definitions).
 */
export const CHUNKS_AHEAD = 12;

/**
 * The share of the texts the threads are given ahead (`TokenizerThreads.prepare`): about what they
 * tokenize while this thread looks for duplicates (some 12 µs a text, against 120 µs for a thread
 * to tokenize it, the two threads sharing the core this one leaves). More would tokenize texts that
 * are then left out as duplicates, fewer would leave the threads idle.
 */
export const SHARE_AHEAD = 0.15;

/** A batch of a run: its texts, and when a thread prepared its chunk, that thread and which texts it keeps. */
export interface Planned {
  readonly texts: readonly string[];
  readonly chunk?: number;
  readonly keep?: Int32Array;
  worker?: Worker;
}

/**
 * Tokenizes `texts` in batches on `count` worker threads, each loading the language model once.
 * Batches are handed out as workers free up (a chunk a thread prepared, to that thread) and given
 * to `take` in text order (one that is done early waits for those before it), so the result is the
 * same as on one thread, whatever the number of workers. `positions`: each text's place among the
 * texts the threads prepared from (`TokenizerThreads.prepare`), when they did.
 */
export async function tokenizeInWorkers(
  texts: readonly string[],
  options: TokenizeOptions,
  count: number,
  batchSize: number,
  take: (batch: TokenBatch) => void,
  onProgress?: (done: number, total: number) => void,
  started?: TokenizerThreads,
  positions?: Int32Array,
): Promise<void> {
  const planned = splitTail(planBatches(texts, batchSize, started?.prepared, positions), count * batchSize, Math.ceil(batchSize / TAIL_PARTS));
  const total = planned.length;
  const waiting = new Map<number, TokenBatch>();
  let delivered = 0;
  let tokenized = 0;
  const wanted = Math.min(count, total);
  const workers = started ? started.take(wanted) : [];
  while (workers.length < wanted) workers.push(startWorker(options));
  // A chunk prepared on a thread this run does not use is tokenized from its texts.
  for (const batch of planned) if (batch.worker && !workers.includes(batch.worker)) batch.worker = undefined;
  const free = planned.flatMap((batch, index) => (batch.worker ? [] : [index]));
  let nextFree = 0;
  // The listeners a run adds, taken off when it ends (a thread given back is asked other things).
  const detach: (() => void)[] = [];
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      // A thread started ahead may have failed before it was given work.
      const failed = started?.failure(worker);
      if (failed) {
        reject(failed);
        return;
      }
      const own = planned.flatMap((batch, index) => (batch.worker === worker ? [index] : []));
      let nextOwn = 0;
      const handOut = () => {
        const index = nextOwn < own.length ? own[nextOwn++] : nextFree < free.length ? free[nextFree++] : undefined;
        if (index === undefined) {
          resolve();
          return;
        }
        const batch = planned[index]!;
        worker.postMessage((batch.worker ? { index, chunk: batch.chunk!, keep: batch.keep! } : { index, texts: batch.texts }) satisfies BatchRequest);
      };
      const onMessage = (reply: BatchReply) => {
        if (reply.error !== undefined || !reply.batch) {
          reject(new Error(`tokenizer worker failed: ${reply.error ?? 'no batch'}`));
          return;
        }
        waiting.set(reply.index, reply.batch);
        for (let batch = waiting.get(delivered); batch; batch = waiting.get(delivered)) {
          waiting.delete(delivered++);
          // A prepared chunk whose texts were all left out answers with an empty batch.
          if (batch.texts > 0) take(batch);
        }
        tokenized += reply.batch.texts;
        onProgress?.(tokenized, texts.length);
        handOut();
      };
      const onExit = (code: number) => {
        if (code !== 0) reject(new Error(`tokenizer worker exited with code ${code}`));
      };
      worker.on('message', onMessage).on('error', reject).on('exit', onExit);
      detach.push(() => worker.off('message', onMessage).off('error', reject).off('exit', onExit));
      handOut();
    });
  let done = false;
  try {
    await Promise.all(workers.map(run));
    done = true;
  } finally {
    for (const off of detach) off();
    // Threads started ahead go back to their owner, which may ask them more (`TokenizerThreads.ruleFactors`) and ends them.
    if (done && started) started.giveBack(workers);
    else await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The batches of a run. Without prepared chunks, `batchSize` texts each. With them, one per chunk
 * of the texts prepared from: the texts kept from that chunk (the batches' boundaries do not change
 * the merged terms, see `TermCounter`), with the thread that prepared it, if one did.
 */
export function planBatches(texts: readonly string[], batchSize: number, prepared?: PreparedChunks, positions?: Int32Array): Planned[] {
  const planned: Planned[] = [];
  if (!prepared || !positions || positions.length !== texts.length) {
    for (let from = 0; from < texts.length; from += batchSize) planned.push({ texts: texts.slice(from, from + batchSize) });
    return planned;
  }
  const chunks = Math.ceil(prepared.count / prepared.size);
  let i = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    const from = i;
    const end = (chunk + 1) * prepared.size;
    while (i < texts.length && positions[i]! < end) {
      if (positions[i]! < chunk * prepared.size || (i > from && positions[i]! <= positions[i - 1]!)) throw new Error('positions must ascend');
      i++;
    }
    const worker = prepared.chunks.get(chunk);
    // An unprepared chunk with nothing kept is no batch; a prepared one is asked for, to free it.
    if (i === from && !worker) continue;
    const keep = Int32Array.from(positions.subarray(from, i), (p) => p - chunk * prepared.size);
    planned.push({ texts: texts.slice(from, i), chunk, keep, ...(worker ? { worker } : {}) });
  }
  if (i !== texts.length) throw new Error('positions beyond the prepared texts');
  return planned;
}

/** The last batches are this many times smaller than the others (`splitTail`). */
export const TAIL_PARTS = 4;

/**
 * `planned` with its last `tail` texts of batches no thread prepared cut into batches of at most
 * `size`: threads finish together (at the end, one thread tokenizing a whole batch while the others
 * wait costs up to a batch's time; a small one costs little). The batches' boundaries do not
 * change the merged terms (see `TermCounter`).
 */
export function splitTail(planned: Planned[], tail: number, size: number): Planned[] {
  let from = planned.length;
  let texts = 0;
  while (from > 0 && !planned[from - 1]!.worker && texts < tail) texts += planned[--from]!.texts.length;
  if (from === planned.length) return planned;
  const split = planned.slice(0, from);
  for (const batch of planned.slice(from)) {
    for (let at = 0; at < batch.texts.length; at += size) split.push({ texts: batch.texts.slice(at, at + size) });
  }
  return split;
}

/** Which thread prepared each chunk of `size` of the `count` texts prepared from (the first ones only). */
export interface PreparedChunks {
  readonly count: number;
  readonly size: number;
  readonly chunks: ReadonlyMap<number, Worker>;
}

function startWorker(options: TokenizeOptions): Worker {
  return new Worker(workerScript(import.meta.url, 'worker'), { eval: true, workerData: options });
}

/**
 * Tokenizer threads started before their texts are known, so that they load the language model
 * while this thread still reads the corpus: `tokenizeInWorkers` takes them (with the same options),
 * and `close` ends any it did not take.
 */
export class TokenizerThreads {
  #idle: Worker[];
  readonly #failures = new Map<Worker, Error>();
  #prepared: PreparedChunks | undefined;
  /** The threads being ended (`keep`, `close`): `close` resolves once they are gone. */
  readonly #ending: Promise<number>[] = [];

  constructor(
    readonly options: TokenizeOptions,
    count: number,
  ) {
    this.#idle = Array.from({ length: count }, () => {
      const worker = startWorker(options);
      // Until a run listens, a failure is kept for it (an unheard 'error' would end the process).
      worker.on('error', (error) => this.#failures.set(worker, error));
      worker.on('exit', (code) => {
        if (!this.#failures.has(worker)) this.#failures.set(worker, new Error(`tokenizer worker exited with code ${code}`));
      });
      return worker;
    });
  }

  /**
   * Hands the first chunks of `texts` (`size` each, in turn; `SHARE_AHEAD` of the texts, at least
   * one chunk and at most `perThread` per thread) to the threads to tokenize while this one still
   * works out which texts the analysis keeps; a run then asks each for the texts it keeps of its
   * chunks (`positions` of `tokenizeInWorkers`).
   */
  prepare(texts: readonly string[], size = BATCH_SIZE, perThread = CHUNKS_AHEAD): void {
    const chunks = new Map<number, Worker>();
    const threads = this.#idle.length;
    const wanted = Math.min(Math.max(Math.ceil((texts.length * SHARE_AHEAD) / size), threads), threads * perThread);
    const ahead = Math.min(Math.ceil(texts.length / size), wanted);
    for (let chunk = 0; chunk < ahead; chunk++) {
      const worker = this.#idle[chunk % threads]!;
      worker.postMessage({ prepare: chunk, texts: texts.slice(chunk * size, (chunk + 1) * size) } satisfies PrepareRequest);
      chunks.set(chunk, worker);
    }
    this.#prepared = { count: texts.length, size, chunks };
  }

  /** What `prepare` handed out, if it was called. */
  get prepared(): PreparedChunks | undefined {
    return this.#prepared;
  }

  /** Up to `count` of the threads, for a run; the others are ended. */
  take(count: number): Worker[] {
    const taken = this.#idle.slice(0, count);
    for (const worker of this.#idle.slice(count)) void worker.terminate();
    this.#idle = [];
    return taken;
  }

  /**
   * Ends the idle threads beyond the first `count` (each holds a language model). Not waited for:
   * a thread's teardown (freeing its heap) takes tens of milliseconds with no work on any thread,
   * and nothing after it needs the thread gone.
   */
  keep(count: number): void {
    const ended = this.#idle.slice(count);
    this.#idle = this.#idle.slice(0, count);
    this.#ending.push(...ended.map((w) => w.terminate()));
  }

  /** Threads a run took (`take`) and is done with, idle again until `close`. */
  giveBack(workers: readonly Worker[]): void {
    this.#idle.push(...workers);
  }

  /**
   * `ruleFactors` of the phrases, worked out on an idle thread (its language model loaded
   * already): this thread then needs none.
   */
  ruleFactors(phrases: readonly string[]): Promise<number[]> {
    const worker = this.#idle.find((w) => !this.#failures.has(w));
    if (!worker) return Promise.reject(new Error('no tokenizer thread is left to ask'));
    return new Promise<number[]>((resolve, reject) => {
      const off = () => worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      const onMessage = (reply: FactorsReply) => {
        off();
        if (reply.factors) resolve(reply.factors);
        else reject(new Error(`tokenizer worker failed: ${reply.error ?? 'no factors'}`));
      };
      const onError = (error: Error) => {
        off();
        reject(error);
      };
      const onExit = (code: number) => {
        off();
        reject(new Error(`tokenizer worker exited with code ${code}`));
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ factorsOf: phrases } satisfies FactorsRequest);
    });
  }

  /** Why a thread can no longer work, if it failed or exited before it was taken. */
  failure(worker: Worker): Error | undefined {
    return this.#failures.get(worker);
  }

  /** Ends the threads no run took; resolves once every thread ended here (`keep` too) is gone. */
  async close(): Promise<void> {
    const rest = this.#idle;
    this.#idle = [];
    this.#ending.push(...rest.map((w) => w.terminate()));
    await Promise.all(this.#ending);
  }
}
