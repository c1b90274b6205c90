import { parentPort, Worker, workerData } from 'node:worker_threads';

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
export function runOnceInWorker<T>(script: string, job: unknown, label: string, signal?: AbortSignal): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  const worker = takeAhead(script, job) ?? new Worker(script, { eval: true, workerData: job });
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
    return worker.terminate();
  });
}

/** The `workerData` of a thread started before its job is known (`startAhead`): the job comes as its first message. */
const JOB_BY_MESSAGE = 'citydefs: job by message';

/** Threads started ahead, by script, waiting for their job (`runOnceInWorker` takes them). */
const waiting = new Map<string, Worker>();

/**
 * Starts the thread `runOnceInWorker(script, …)` will run on, before its job is known: it starts
 * Node and loads its modules while this process has a core to spare (a run whose tokenizing leaves
 * one idle), not later beside the work that waits for it. The same job, the same result. A thread
 * started ahead does not keep the process alive; one that fails before it is taken is forgotten
 * (`runOnceInWorker` then starts another).
 */
export function startAhead(script: string): void {
  if (waiting.has(script)) return;
  const worker = new Worker(script, { eval: true, workerData: JOB_BY_MESSAGE });
  worker.unref();
  const forget = () => {
    if (waiting.get(script) === worker) waiting.delete(script);
  };
  worker.on('error', forget).on('exit', forget);
  waiting.set(script, worker);
}

/** The thread started ahead for `script`, given `job`, if there is one. */
function takeAhead(script: string, job: unknown): Worker | undefined {
  const worker = waiting.get(script);
  if (!worker) return undefined;
  waiting.delete(script);
  worker.removeAllListeners('error').removeAllListeners('exit');
  worker.ref();
  worker.postMessage(job);
  return worker;
}

/** In a worker module: its job, given as `workerData` or, to a thread started ahead (`startAhead`), as its first message. */
export function jobOfThisThread<T>(): Promise<T> {
  if (workerData !== JOB_BY_MESSAGE) return Promise.resolve(workerData as T);
  return new Promise<T>((resolve) => parentPort!.once('message', resolve));
}
