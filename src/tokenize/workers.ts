import { Worker } from 'node:worker_threads';
import type { TokenBatch } from '../model/index.js';
import type { TokenizeOptions } from './text.js';

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
): Promise<void> {
  const total = Math.ceil(texts.length / batchSize);
  const waiting = new Map<number, TokenBatch>();
  let delivered = 0;
  let next = 0;
  let done = 0;
  const script = workerScript();
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
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
  const workers = Array.from({ length: Math.min(count, total) }, () => new Worker(script.code, { eval: true, workerData: options }));
  try {
    await Promise.all(workers.map(run));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * The worker's bootstrap: it imports the compiled `worker.js` beside this module, or, when this
 * module runs as TypeScript (tests), registers tsx first and imports `worker.ts`.
 */
function workerScript(): { code: string } {
  const typescript = import.meta.url.endsWith('.ts');
  const worker = JSON.stringify(new URL(typescript ? './worker.ts' : './worker.js', import.meta.url).href);
  if (!typescript) return { code: `import(${worker});` };
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return { code: `import(${tsx}).then((api) => { api.register(); return import(${worker}); });` };
}
