import { availableParallelism } from 'node:os';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { ThreadPool, type ThreadReply } from '../../core/thread-pool.js';
import { workerScript } from '../../core/worker-script.js';

/** What a PNG thread is asked: an SVG and its options; it answers with the PNG's bytes (moved) or an error. */
export interface PngRequest {
  readonly svg: string;
  readonly options: ResvgRenderOptions;
}
export type PngReply = ThreadReply<Uint8Array>;

/**
 * Threads drawing PNGs: two, so that the two network figures (each a few hundred milliseconds to
 * draw and encode, most of the drawing) are drawn at once, on 2 cores while the main thread has
 * nothing left to write. Each draws one figure at a time, on its own thread (resvg's `renderAsync`
 * drew on libuv's threads, which the main thread's file writes wait for).
 */
export const PNG_THREADS = Math.max(1, Math.min(2, availableParallelism()));

/**
 * Figures waiting are handed to the first free thread, the largest SVG first (the longest to draw:
 * started last, it would be drawn alone at the end). A thread that dies or errs fails its figure and
 * every figure still waiting, as one thread did (the run fails either way, and a thread started for
 * each would fail the same).
 */
export class PngPool extends ThreadPool<PngRequest, Uint8Array> {
  constructor(script: string, size: number = PNG_THREADS) {
    super(script, size, { label: 'PNG worker', pick: largestSvg, beforeStart: tuneResvgAllocator });
  }

  draw(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
    return this.run({ svg, options });
  }
}

function largestSvg(waiting: readonly PngRequest[]): number {
  let largest = 0;
  for (let j = 1; j < waiting.length; j++) if (waiting[j]!.svg.length > waiting[largest]!.svg.length) largest = j;
  return largest;
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
