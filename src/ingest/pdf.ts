import { pageText } from './pdf-layout.js';
import { sharedPdfPool, type PdfPool } from './pdf-pool.js';

export type PdfText =
  | { readonly ok: true; readonly pages: readonly string[] }
  | { readonly ok: false; readonly reason: 'encrypted' | 'invalid' | 'empty' | 'no-text' | 'timeout' | 'other'; readonly message: string };

/** Milliseconds a PDF may take before it is given up on (its worker is then ended). */
const TIMEOUT_MS = 60_000;

/**
 * The text of every page in reading order (two columns read one after the other), or why there is
 * none. Never throws: an encrypted, corrupt, empty or image-only file is a value the caller reports.
 * pdf.js runs in a worker thread of `pool` (by default the process's shared one).
 */
export async function readPdfText(data: Uint8Array, timeoutMs = TIMEOUT_MS, pool: PdfPool = sharedPdfPool()): Promise<PdfText> {
  if (data.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty (0 bytes)' };
  const result = await pool.read(data, timeoutMs);
  if (result === 'timeout') return { ok: false, reason: 'timeout', message: `Gave up after ${Math.round(timeoutMs / 1000)} s` };
  if (!result.ok) {
    if (result.name === 'PasswordException') return { ok: false, reason: 'encrypted', message: `Encrypted, and no password is known (${result.message})` };
    if (result.name === 'InvalidPDFException') return { ok: false, reason: 'invalid', message: `Not a readable PDF (${result.message})` };
    return { ok: false, reason: 'other', message: result.message };
  }
  const pages = result.pages.map(pageText);
  if (pages.every((p) => p.trim() === '')) {
    return { ok: false, reason: 'no-text', message: `No text in its ${pages.length} page${pages.length === 1 ? '' : 's'} (scanned images? run OCR first)` };
  }
  return { ok: true, pages };
}
