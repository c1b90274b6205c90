import { pageText } from './pdf-layout.js';
import { sharedPdfPool, type PdfPool } from './pdf-pool.js';

export type PdfText =
  | {
      readonly ok: true;
      /** The text of each page read, in reading order (two columns one after the other). */
      readonly pages: readonly string[];
      /** Pages in the file; more than `pages.length` when the page limit cut it short. */
      readonly total: number;
    }
  | { readonly ok: false; readonly reason: PdfProblem; readonly message: string };

export const PDF_PROBLEMS = ['encrypted', 'invalid', 'empty', 'no-text', 'timeout', 'other'] as const;
export type PdfProblem = (typeof PDF_PROBLEMS)[number];

export interface PdfLimits {
  /** Pages read at most (the first ones); all when absent or 0. */
  readonly maxPages?: number;
  /** Milliseconds before the PDF is given up on (its worker is then ended). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * The text of the first `maxPages` pages (all by default) in reading order, or why there is none.
 * Never throws: an encrypted, corrupt, empty, image-only or endless file is a value the caller
 * reports. pdf.js runs in a worker thread of `pool` (by default the process's shared one), which is
 * ended when the file takes longer than its time limit or its memory cap.
 */
export async function readPdfText(data: Uint8Array, limits: PdfLimits = {}, pool: PdfPool = sharedPdfPool()): Promise<PdfText> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (data.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty (0 bytes)' };
  const result = await pool.read(data, timeoutMs, limits.maxPages ?? 0);
  if (result === 'timeout') return { ok: false, reason: 'timeout', message: `Gave up after ${formatSeconds(timeoutMs)} (limits.pdfTimeoutSeconds)` };
  if (!result.ok) {
    if (result.name === 'PasswordException') return { ok: false, reason: 'encrypted', message: `Encrypted, and no password is known (${result.message})` };
    if (result.name === 'InvalidPDFException' || result.name === 'FormatError')
      return { ok: false, reason: 'invalid', message: `Not a readable PDF (${result.message})` };
    return { ok: false, reason: 'other', message: result.message };
  }
  if (result.total === 0) return { ok: false, reason: 'empty', message: 'The PDF has no pages' };
  const pages = result.pages.map(pageText);
  if (pages.every((p) => p.trim() === '')) {
    return { ok: false, reason: 'no-text', message: `No text in its ${pages.length} page${pages.length === 1 ? '' : 's'} (scanned images? run OCR first)` };
  }
  return { ok: true, pages, total: result.total };
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
