import { Worker } from 'node:worker_threads';

/** What a pool thread answers: `ready` once it listens, then for each request its `result` (or an `error`). */
export interface ThreadReply<R> {
  readonly ready?: true;
  readonly id?: number;
  readonly result?: R;
  readonly error?: string;
}

/** What a pool thread is sent: a request and the id its reply carries. */
export type ThreadRequest<Q> = Q & { readonly id: number };

interface Job<Q, R> {
  readonly id: number;
  readonly request: Q;
  readonly resolve: (result: R) => void;
  readonly reject: (error: Error) => void;
}

interface Slot<Q, R> {
  readonly thread: Worker;
  ready: boolean;
  job?: Job<Q, R>;
}

export interface ThreadPoolOptions<Q> {
  /** Names the threads in errors (`PNG worker failed: …`, `… exited with code 3`). */
  readonly label: string;
  /** Which waiting request goes next (default: the first asked). */
  readonly pick?: (waiting: readonly Q[]) => number;
  /** Run before each thread starts (the environment a native module reads when it loads). */
  readonly beforeStart?: () => void;
}

/**
 * `size` threads running `script` (see `workerScript`), each on one request at a time: requests wait, and are handed
 * out once every one asked for in the same turn is waiting (so `pick` sees them all). The threads do not keep the
 * process alive while idle; a thread that dies or errs fails its request and every one still waiting (a request asked
 * for later starts a new thread).
 */
export class ThreadPool<Q extends object, R> {
  readonly #slots: (Slot<Q, R> | undefined)[];
  #waiting: Job<Q, R>[] = [];
  #next = 0;
  #scheduled = false;

  constructor(
    readonly script: string,
    readonly size: number,
    readonly options: ThreadPoolOptions<Q>,
  ) {
    this.#slots = Array.from({ length: size }, () => undefined);
  }

  /** The answer to `request` from the first thread free. */
  run(request: Q): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#waiting.push({ id: this.#next++, request, resolve, reject });
      if (!this.#scheduled) {
        this.#scheduled = true;
        queueMicrotask(() => {
          this.#scheduled = false;
          this.#handOut();
        });
      }
    });
  }

  /** Ends every thread. */
  async close(): Promise<void> {
    const threads = this.#slots.map((s) => s?.thread);
    this.#slots.fill(undefined);
    await Promise.all(threads.map((t) => t?.terminate()));
  }

  #handOut(): void {
    for (let s = 0; s < this.#slots.length; s++) {
      if (!this.#waiting.length && !this.#slots[s]) continue;
      const slot = (this.#slots[s] ??= this.#start(s));
      if (!slot.ready || slot.job) continue;
      if (!this.#waiting.length) {
        // Idle: it does not keep the process alive.
        slot.thread.unref();
        continue;
      }
      const next = this.options.pick?.(this.#waiting.map((j) => j.request)) ?? 0;
      const job = this.#waiting.splice(next, 1)[0]!;
      slot.job = job;
      // Kept alive while it has work: the process waits for the answers it has asked for.
      slot.thread.ref();
      slot.thread.postMessage({ ...job.request, id: job.id } satisfies ThreadRequest<Q>);
    }
  }

  #start(s: number): Slot<Q, R> {
    this.options.beforeStart?.();
    const thread = new Worker(this.script, { eval: true });
    const slot: Slot<Q, R> = { thread, ready: false };
    const fail = (error: Error) => {
      if (this.#slots[s] !== slot) return;
      this.#slots[s] = undefined;
      const failed = [...(slot.job ? [slot.job] : []), ...this.#waiting];
      slot.job = undefined;
      this.#waiting = [];
      for (const job of failed) job.reject(error);
      void thread.terminate();
    };
    thread.on('message', (reply: ThreadReply<R>) => {
      if (reply.ready) {
        slot.ready = true;
        this.#handOut();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = undefined;
      if (reply.result !== undefined) job.resolve(reply.result);
      else job.reject(new Error(`${this.options.label} failed: ${reply.error ?? 'no answer'}`));
      this.#handOut();
    });
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`${this.options.label} exited with code ${code}`)));
    // Kept alive until it is ready (requests wait for it); then only while it has work.
    return slot;
  }
}
