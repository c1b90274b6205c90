import { Worker } from 'node:worker_threads';
import type { MineMethod } from '../config/mine-method.js';
import { workerScript } from '../core/worker-script.js';
import type { Candidate, MineOptions } from './index.js';
import type { Told } from './method.js';

// `mine` over many files reads each PDF on a pdf.js thread and mined every document on the main thread, which was
// then the run's bottleneck (a profile of the bench's 200 PDFs by the learned method: the main thread busy 17.9 s of
// 22 s, the PDF threads mostly idle). Mining threads let the other core mine too. The candidates are the same on any
// thread: mining a document is pure, and each file's answer is kept in the file's place.

type Options = Omit<MineOptions, 'onUnread' | 'onCut' | 'onNamingsCut'>;

export interface MineRequest {
  readonly id: number;
  readonly method: MineMethod;
  readonly pages: readonly string[];
  readonly options: Options;
}
export interface MineReply {
  /** The first message of a thread, once it listens. */
  readonly ready?: true;
  readonly id?: number;
  readonly mined?: { readonly candidates: Candidate[]; readonly told: Told };
  readonly error?: string;
}

interface Job extends MineRequest {
  readonly resolve: (mined: { candidates: Candidate[]; told: Told }) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly thread: Worker;
  ready: boolean;
  job?: Job;
}

/**
 * `size` threads mining one document at a time each, the documents in the order asked. Idle threads do not keep the
 * process alive; a thread that dies fails its document and every one still waiting (a bug, as it would have been on
 * the main thread).
 */
export class MinePool {
  readonly #slots: (Slot | undefined)[];
  readonly #script = workerScript(import.meta.url, 'pool-worker');
  #waiting: Job[] = [];
  #next = 0;

  constructor(readonly size: number) {
    this.#slots = Array.from({ length: size }, () => undefined);
  }

  mine(method: MineMethod, pages: readonly string[], options: Options): Promise<{ candidates: Candidate[]; told: Told }> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ id: this.#next++, method, pages, options, resolve, reject });
      this.#handOut();
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
        slot.thread.unref();
        continue;
      }
      const job = this.#waiting.shift()!;
      slot.job = job;
      slot.thread.ref();
      slot.thread.postMessage({ id: job.id, method: job.method, pages: job.pages, options: job.options } satisfies MineRequest);
    }
  }

  #start(s: number): Slot {
    const thread = new Worker(this.#script, { eval: true });
    const slot: Slot = { thread, ready: false };
    const fail = (error: Error) => {
      if (this.#slots[s] !== slot) return;
      this.#slots[s] = undefined;
      const failed = [...(slot.job ? [slot.job] : []), ...this.#waiting];
      slot.job = undefined;
      this.#waiting = [];
      for (const job of failed) job.reject(error);
      void thread.terminate();
    };
    thread.on('message', (reply: MineReply) => {
      if (reply.ready) {
        slot.ready = true;
        this.#handOut();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = undefined;
      if (reply.mined) job.resolve(reply.mined);
      else job.reject(new Error(`mining thread failed: ${reply.error ?? 'no answer'}`));
      this.#handOut();
    });
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`mining thread exited with code ${code}`)));
    return slot;
  }
}
