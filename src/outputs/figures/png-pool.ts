import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { workerScript } from '../../core/worker-script.js';

/** What a PNG thread is asked: an SVG and its options; it answers with the PNG's bytes (moved) or an error. */
export interface PngRequest {
  readonly id: number;
  readonly svg: string;
  readonly options: ResvgRenderOptions;
}
export interface PngReply {
  /** The first message of a thread, once it listens: figures are sent only then. */
  readonly ready?: true;
  readonly id?: number;
  readonly png?: Uint8Array;
  readonly error?: string;
}

/**
 * Threads drawing PNGs: two, so that the two network figures (each a few hundred milliseconds to
 * draw and encode, most of the drawing) are drawn at once, on 2 cores while the main thread has
 * nothing left to write. Each draws one figure at a time, on its own thread (resvg's `renderAsync`
 * drew on libuv's threads, which the main thread's file writes wait for).
 */
export const PNG_THREADS = Math.max(1, Math.min(2, availableParallelism()));

interface Job {
  readonly id: number;
  readonly svg: string;
  readonly options: ResvgRenderOptions;
  readonly resolve: (png: Uint8Array) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly thread: Worker;
  ready: boolean;
  job?: Job;
}

/**
 * Figures waiting are handed to the first free thread, the largest SVG first (the longest to draw:
 * started last, it would be drawn alone at the end). The threads do not keep the process alive
 * while idle; a thread that dies or errs fails its figure and every figure still waiting, as one
 * thread did (the run fails either way, and a thread started for each would fail the same).
 */
export class PngPool {
  readonly #slots: (Slot | undefined)[];
  #waiting: Job[] = [];
  #next = 0;
  #scheduled = false;

  constructor(
    readonly script: string,
    readonly size: number = PNG_THREADS,
  ) {
    this.#slots = Array.from({ length: size }, () => undefined);
  }

  /** Starts the threads ahead of the first figure (they load while the report is built); idle once ready, they do not keep the process alive. */
  start(): void {
    for (let s = 0; s < this.#slots.length; s++) this.#slots[s] ??= this.#start(s);
  }

  draw(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
    return new Promise<Uint8Array>((resolve, reject) => {
      this.#waiting.push({ id: this.#next++, svg, options, resolve, reject });
      // Handed out once every figure asked for in this turn is waiting, so the largest go first.
      if (!this.#scheduled) {
        this.#scheduled = true;
        queueMicrotask(() => {
          this.#scheduled = false;
          this.#handOut();
        });
      }
    });
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
      let largest = 0;
      for (let j = 1; j < this.#waiting.length; j++) if (this.#waiting[j]!.svg.length > this.#waiting[largest]!.svg.length) largest = j;
      const job = this.#waiting.splice(largest, 1)[0]!;
      slot.job = job;
      // Kept alive while it has work: the process waits for the PNGs it has asked for.
      slot.thread.ref();
      slot.thread.postMessage({ id: job.id, svg: job.svg, options: job.options } satisfies PngRequest);
    }
  }

  #start(s: number): Slot {
    tuneResvgAllocator();
    const thread = new Worker(this.script, { eval: true });
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
    thread.on('message', (reply: PngReply) => {
      if (reply.ready) {
        slot.ready = true;
        this.#handOut();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== reply.id) return;
      slot.job = undefined;
      if (reply.png) job.resolve(reply.png);
      else job.reject(new Error(`PNG worker failed: ${reply.error ?? 'no image'}`));
      this.#handOut();
    });
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`PNG worker exited with code ${code}`)));
    // Kept alive until it is ready (figures are waiting for it); then only while it has work.
    return slot;
  }
}

/**
 * resvg's native module allocates with its own mimalloc, which commits a thread's first memory page
 * by page and hands each figure's pixel buffers back to the system soon after use, so two threads
 * drawing the figures fault in about 110,000 pages (0.5–1 s of CPU per run on a virtual machine).
 * Large pages committed at once keep it to about 10,000 (the same bytes, some 50 MB more resident).
 * mimalloc reads these from the process's environment when the module loads, so they are set on the
 * main thread (a worker's `process.env` is its own copy) before a thread starts; a value set is kept.
 */
export function tuneResvgAllocator(): void {
  process.env.MIMALLOC_ALLOW_LARGE_OS_PAGES ??= '1';
  process.env.MIMALLOC_EAGER_COMMIT_DELAY ??= '0';
}

let pool: PngPool | undefined;

/** The process's PNG threads, started when the first figure is drawn. */
export function pngPool(): PngPool {
  return (pool ??= new PngPool(workerScript(import.meta.url, 'png-worker')));
}
