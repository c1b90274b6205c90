import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultWorkers } from '../core/parallel.js';
import type { PageItems } from './pdf-layout.js';

// pdf.js parses on the thread that calls it, so PDFs are read in worker threads: two at a time
// on two cores, a hung or hostile file can be stopped by ending its worker, and the main thread
// keeps only the text. The worker is a short script (below) that needs nothing but pdf.js, so it
// runs the same from the sources under test and from the built package.

/** What a worker sends back for one file. */
export type WorkerResult =
  { readonly ok: true; readonly pages: readonly PageItems[]; readonly total: number } | { readonly ok: false; readonly name: string; readonly message: string };

const WORKER_SOURCE = `
(async () => {
  const { parentPort, workerData } = require('node:worker_threads');
  const v8 = require('node:v8');
  const pdfjs = await import(workerData.pdfjs);
  parentPort.on('message', async ({ id, data, maxPages }) => {
    let doc;
    try {
      doc = await pdfjs.getDocument({ data, verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
      const pages = [];
      const last = maxPages > 0 ? Math.min(doc.numPages, maxPages) : doc.numPages;
      for (let n = 1; n <= last; n++) {
        const page = await doc.getPage(n);
        const viewport = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items = [];
        for (const item of content.items) {
          if (typeof item.str !== 'string' || item.str === '') continue;
          const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
          const height = item.height || Math.hypot(item.transform[2], item.transform[3]);
          items.push([item.str, x, y, item.width, height]);
        }
        pages.push({ width: viewport.width, height: viewport.height, items });
        page.cleanup();
      }
      parentPort.postMessage({ id, result: { ok: true, pages, total: doc.numPages }, heap: v8.getHeapStatistics().used_heap_size });
    } catch (error) {
      const name = (error && error.name) || 'Error';
      const message = String((error && error.message) || error);
      parentPort.postMessage({ id, result: { ok: false, name, message }, heap: v8.getHeapStatistics().used_heap_size });
    } finally {
      if (doc) await doc.destroy().catch(() => {});
    }
  });
  parentPort.postMessage({ ready: true });
})().catch((error) => { throw error; });
`;

export interface PoolOptions {
  /** Worker threads (default: 2, or 1 on a single core). */
  readonly workers?: number;
  /** A worker is replaced after this many files, so memory stays flat over hundreds of them. */
  readonly filesPerWorker?: number;
  /** …or as soon as its heap grows past this many bytes. */
  readonly maxHeapBytes?: number;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  files: number;
  busy: boolean;
}

interface Job {
  readonly data: Uint8Array;
  readonly timeoutMs: number;
  readonly maxPages: number;
  readonly resolve: (result: WorkerResult | 'timeout') => void;
}

/** A small pool of pdf.js workers; files queue and are read as workers come free. */
export class PdfPool {
  private readonly size: number;
  private readonly filesPerWorker: number;
  private readonly maxHeapBytes: number;
  private readonly slots: (Slot | undefined)[];
  private readonly queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  constructor(options: PoolOptions = {}) {
    this.size = Math.max(1, options.workers ?? defaultWorkers());
    this.filesPerWorker = options.filesPerWorker ?? 50;
    this.maxHeapBytes = options.maxHeapBytes ?? 768 * 2 ** 20;
    this.slots = Array.from({ length: this.size }, () => undefined);
  }

  /** The text items of the first `maxPages` pages of a PDF (0: all), or why pdf.js could not read it; `timeout` past `timeoutMs`. */
  read(data: Uint8Array, timeoutMs: number, maxPages = 0): Promise<WorkerResult | 'timeout'> {
    if (this.closed) return Promise.reject(new Error('The PDF reader was closed'));
    return new Promise((resolve) => {
      this.queue.push({ data, timeoutMs, maxPages, resolve });
      this.pump();
    });
  }

  /** Ends every worker; reads still queued are not started. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s?.worker.terminate()));
    this.slots.fill(undefined);
  }

  private pump(): void {
    for (let i = 0; i < this.size && this.queue.length; i++) {
      const slot = this.slots[i];
      if (slot?.busy) continue;
      const job = this.queue.shift()!;
      void this.run(i, job);
    }
  }

  private slot(i: number): Slot {
    let slot = this.slots[i];
    if (!slot) {
      // A hostile file cannot take the whole process's memory with it.
      const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { pdfjs: pdfjsUrl() }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      // An idle worker does not keep the process alive.
      worker.unref();
      const ready = new Promise<void>((resolve, reject) => {
        // A thread that ends before it is ready (pdf.js failed to load, the thread was killed) fails
        // the read: left pending, the process ran out of work and exited 0 with nothing done.
        const onExit = (code: number) => settle(new Error(`The PDF reader stopped before it was ready (exit code ${code})`));
        const settle = (error?: Error) => {
          worker.off('message', onMessage);
          worker.off('error', settle);
          worker.off('exit', onExit);
          if (error) reject(error);
          else resolve();
        };
        const onMessage = (m: { ready?: boolean }) => {
          if (m.ready) settle();
        };
        worker.on('message', onMessage);
        worker.once('error', settle);
        worker.once('exit', onExit);
      });
      // Awaited by the read that made the thread; a failure before then must not count as unhandled.
      ready.catch(() => undefined);
      slot = { worker, ready, files: 0, busy: false };
      this.slots[i] = slot;
    }
    return slot;
  }

  private async run(i: number, job: Job): Promise<void> {
    const slot = this.slot(i);
    slot.busy = true;
    slot.worker.ref();
    const id = this.nextId++;
    let recycle = false;
    try {
      await slot.ready;
      const outcome = await new Promise<{ result: WorkerResult; heap: number } | 'timeout'>((resolve, reject) => {
        const timer = setTimeout(() => {
          cleanup();
          resolve('timeout');
        }, job.timeoutMs);
        const onMessage = (m: { id?: number; result?: WorkerResult; heap?: number }) => {
          if (m.id !== id || !m.result) return;
          cleanup();
          resolve({ result: m.result, heap: m.heap ?? 0 });
        };
        const onError = (error: Error) => {
          cleanup();
          reject(error);
        };
        const onExit = () => {
          cleanup();
          reject(new Error('The PDF reader stopped'));
        };
        const cleanup = () => {
          clearTimeout(timer);
          slot.worker.off('message', onMessage);
          slot.worker.off('error', onError);
          slot.worker.off('exit', onExit);
        };
        slot.worker.on('message', onMessage);
        slot.worker.once('error', onError);
        slot.worker.once('exit', onExit);
        // pdf.js may take ownership of the buffer: send a copy, moved rather than cloned.
        const copy = new Uint8Array(job.data);
        slot.worker.postMessage({ id, data: copy, maxPages: job.maxPages }, [copy.buffer]);
      });
      slot.files++;
      if (outcome === 'timeout') {
        recycle = true;
        job.resolve('timeout');
      } else {
        recycle = slot.files >= this.filesPerWorker || outcome.heap > this.maxHeapBytes;
        job.resolve(outcome.result);
      }
    } catch (error) {
      recycle = true;
      job.resolve({ ok: false, name: 'Error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      slot.busy = false;
      if (recycle) {
        this.slots[i] = undefined;
        void slot.worker.terminate();
      } else {
        slot.worker.unref();
      }
      if (!this.closed) this.pump();
    }
  }
}

let pdfjs: string | undefined;

/** pdf.js's Node build, as a URL the worker can import wherever the process was started. */
function pdfjsUrl(): string {
  pdfjs ??= pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  return pdfjs;
}

const shared = new Map<number, PdfPool>();

/**
 * The process's pool of `workers` threads (default one per core, see `defaultWorkers`), made on first use and
 * kept: its idle workers do not keep the process alive, and a later read skips loading pdf.js again.
 */
export function sharedPdfPool(workers = defaultWorkers()): PdfPool {
  let pool = shared.get(workers);
  if (!pool) {
    pool = new PdfPool({ workers });
    shared.set(workers, pool);
  }
  return pool;
}
