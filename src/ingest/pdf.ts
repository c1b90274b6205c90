import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export type PdfText =
  | {
      readonly ok: true;
      readonly pages: readonly string[];
      /** Pages in the file; more than `pages.length` when the page limit cut it short. */
      readonly total: number;
    }
  | { readonly ok: false; readonly reason: PdfProblem; readonly message: string };

export const PDF_PROBLEMS = ['encrypted', 'invalid', 'empty', 'no-text', 'timeout', 'other'] as const;
export type PdfProblem = (typeof PDF_PROBLEMS)[number];

export interface PdfLimits {
  /** Pages read at most (the first ones); all when absent. */
  readonly maxPages?: number;
  /** Milliseconds before the PDF is given up on. */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * pdf.js parses on the thread that calls it and starves its timers (a timeout raced against it
 * fires only once it is done), so each PDF is read in a worker thread that is terminated on time.
 * The worker is plain JavaScript requiring pdf-parse's CommonJS build, so it runs the same under
 * node, tsx and vitest.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse } = require(workerData.entry);
parentPort.once('message', async (data) => {
  const parser = new PDFParse({ data });
  try {
    // pageJoiner '' drops pdf-parse's "-- 1 of N --" page footers.
    const result = await parser.getText(workerData.maxPages ? { pageJoiner: '', first: workerData.maxPages } : { pageJoiner: '' });
    parentPort.postMessage({ ok: true, total: result.total, pages: result.pages.map((p) => p.text) });
  } catch (error) {
    parentPort.postMessage({ ok: false, name: String(error && error.name), message: String(error && error.message) });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
});
`;

type WorkerReply = { ok: true; total: number; pages: string[] } | { ok: false; name: string; message: string };

let pdfParseEntry: string | undefined;

/**
 * The text of the first `maxPages` pages (all by default), or why there is none. Never throws: an encrypted,
 * corrupt, empty, image-only or endless file is a value the caller reports.
 */
export async function readPdfText(data: Uint8Array, limits: PdfLimits = {}): Promise<PdfText> {
  const maxPages = limits.maxPages ?? 0;
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (data.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty (0 bytes)' };
  pdfParseEntry ??= createRequire(import.meta.url).resolve('pdf-parse');
  let reply: WorkerReply | 'timeout';
  try {
    reply = await inWorker(data, pdfParseEntry, maxPages, timeoutMs);
  } catch (error) {
    // The worker died: out of memory on a hostile file, say.
    return { ok: false, reason: 'other', message: `The reader stopped: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (reply === 'timeout') return { ok: false, reason: 'timeout', message: `Gave up after ${formatSeconds(timeoutMs)} (limits.pdfTimeoutSeconds)` };
  if (!reply.ok) {
    if (reply.name === 'PasswordException') return { ok: false, reason: 'encrypted', message: `Encrypted, and no password is known (${reply.message})` };
    if (reply.name === 'InvalidPDFException' || reply.name === 'FormatError') return { ok: false, reason: 'invalid', message: `Not a readable PDF (${reply.message})` };
    return { ok: false, reason: 'other', message: reply.message };
  }
  if (reply.total === 0) return { ok: false, reason: 'empty', message: 'The PDF has no pages' };
  if (reply.pages.every((p) => p.trim() === '')) {
    const n = reply.pages.length;
    return { ok: false, reason: 'no-text', message: `No text in its ${n} page${n === 1 ? '' : 's'} (scanned images? run OCR first)` };
  }
  return { ok: true, pages: reply.pages, total: reply.total };
}

function inWorker(data: Uint8Array, entry: string, maxPages: number, timeoutMs: number): Promise<WorkerReply | 'timeout'> {
  return new Promise((resolve, reject) => {
    // A hostile file cannot take the whole process' memory with it.
    const worker = new Worker(WORKER, { eval: true, workerData: { entry, maxPages }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => finish(() => resolve('timeout')), timeoutMs);
    worker.once('message', (reply: WorkerReply) => finish(() => resolve(reply)));
    worker.once('error', (error) => finish(() => reject(error)));
    worker.once('exit', (code) => finish(() => reject(new Error(`exit code ${code}`))));
    // A copy: pdf.js takes ownership of what it is given, and the caller keeps its buffer.
    const copy = new Uint8Array(data);
    worker.postMessage(copy, [copy.buffer]);
  });
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
