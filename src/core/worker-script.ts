import { Worker } from 'node:worker_threads';

/**
 * The code a `new Worker(code, { eval: true })` runs to load the worker module `name` beside the
 * module at `from` (its `import.meta.url`): the compiled `name.js`, or, when that module runs as
 * TypeScript (tests), `name.ts` after registering tsx.
 */
export function workerScript(from: string, name: string): string {
  const typescript = from.endsWith('.ts');
  const worker = JSON.stringify(new URL(`./${name}${typescript ? '.ts' : '.js'}`, from).href);
  if (!typescript) return `import(${worker});`;
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return `import(${tsx}).then((api) => { api.register(); return import(${worker}); });`;
}

/**
 * One job on a fresh worker thread that posts `{ result }` or `{ error }` once: its result, or an
 * error naming `label`; the thread ends either way. `signal`: aborted when no one wants the result
 * any more (the run's writing failed), the thread is ended at once rather than left to finish.
 */
export function runOnceInWorker<T>(script: string, workerData: unknown, label: string, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = new Worker(script, { eval: true, workerData });
  const abandon = () => void worker.terminate();
  signal?.addEventListener('abort', abandon, { once: true });
  return new Promise<T>((resolve, reject) => {
    worker.once('message', (reply: { result?: T; error?: string }) => {
      if (reply.result !== undefined) resolve(reply.result);
      else reject(new Error(`${label} worker failed: ${reply.error ?? 'no result'}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(signal?.aborted ? signal.reason : new Error(`${label} worker exited with code ${code}`)));
  }).finally(() => {
    signal?.removeEventListener('abort', abandon);
    // Not waited for: the answer is in, and the thread's teardown (freeing its heap) would hold
    // back whoever awaits it (the bootstrap's answer, which the figures wait for) for nothing.
    void worker.terminate();
  });
}
