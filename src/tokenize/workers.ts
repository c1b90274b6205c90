import { Worker } from 'node:worker_threads';
import type { TokenBatch } from '../model/index.js';
import type { TokenizeOptions } from './text.js';
import { workerScript } from '../core/worker-script.js';

/** A batch handed to a worker, and what it hands back. */
export interface BatchRequest {
  readonly index: number;
  readonly texts: readonly string[];
}
export interface BatchReply {
  readonly index: number;
  readonly batch?: TokenBatch;
  readonly error?: string;
}

/**
 * Tokenizes `texts` in batches on `count` worker threads, each loading the language model once.
 * Batches are handed out as workers free up and given to `take` in text order (one that is done
 * early waits for those before it), so the result is the same as on one thread, whatever the
 * number of workers.
 */
export async function tokenizeInWorkers(
  texts: readonly string[],
  options: TokenizeOptions,
  count: number,
  batchSize: number,
  take: (batch: TokenBatch) => void,
  onProgress?: (done: number, total: number) => void,
  started?: TokenizerThreads,
): Promise<void> {
  const total = Math.ceil(texts.length / batchSize);
  const waiting = new Map<number, TokenBatch>();
  let delivered = 0;
  let next = 0;
  let done = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      // A thread started ahead may have failed before it was given work.
      const failed = started?.failure(worker);
      if (failed) {
        reject(failed);
        return;
      }
      const handOut = () => {
        if (next >= total) {
          resolve();
          return;
        }
        const index = next++;
        worker.postMessage({ index, texts: texts.slice(index * batchSize, (index + 1) * batchSize) } satisfies BatchRequest);
      };
      worker.on('message', (reply: BatchReply) => {
        if (reply.error !== undefined || !reply.batch) {
          reject(new Error(`tokenizer worker failed: ${reply.error ?? 'no batch'}`));
          return;
        }
        waiting.set(reply.index, reply.batch);
        for (let batch = waiting.get(delivered); batch; batch = waiting.get(delivered)) {
          waiting.delete(delivered++);
          take(batch);
        }
        done++;
        onProgress?.(Math.min(done * batchSize, texts.length), texts.length);
        handOut();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`tokenizer worker exited with code ${code}`));
      });
      handOut();
    });
  const wanted = Math.min(count, total);
  const workers = started ? started.take(wanted) : [];
  while (workers.length < wanted) workers.push(startWorker(options));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
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

  /** Up to `count` of the threads, for a run; the others are ended. */
  take(count: number): Worker[] {
    const taken = this.#idle.slice(0, count);
    for (const worker of this.#idle.slice(count)) void worker.terminate();
    this.#idle = [];
    return taken;
  }

  /** Why a thread can no longer work, if it failed or exited before it was taken. */
  failure(worker: Worker): Error | undefined {
    return this.#failures.get(worker);
  }

  /** Ends the threads no run took. */
  async close(): Promise<void> {
    const rest = this.#idle;
    this.#idle = [];
    await Promise.all(rest.map((w) => w.terminate()));
  }
}
