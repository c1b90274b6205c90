
export type PdfText =
  | { readonly ok: true; readonly pages: readonly string[] }
  | { readonly ok: false; readonly reason: 'encrypted' | 'invalid' | 'empty' | 'no-text' | 'timeout' | 'other'; readonly message: string };

/** Seconds a PDF may take before it is given up on (pdf.js runs on this thread, so this bounds waits, not loops). */
const TIMEOUT_MS = 60_000;

/**
 * The text of every page, or why there is none. Never throws: an encrypted, corrupt, empty or
 * image-only file is a value the caller reports.
 */
export async function readPdfText(data: Uint8Array, timeoutMs = TIMEOUT_MS): Promise<PdfText> {
  if (data.length === 0) return { ok: false, reason: 'empty', message: 'The file is empty (0 bytes)' };
  // Loaded on first use: pdf.js takes a while to import, and most commands read no PDF.
  const { InvalidPDFException, PasswordException, PDFParse } = await import('pdf-parse');
  // pdf.js may take ownership of the buffer it is given: pass a copy.
  const parser = new PDFParse({ data: new Uint8Array(data) });
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TimeoutError()), timeoutMs);
    });
    // pageJoiner '' drops pdf-parse's "-- 1 of N --" page footers.
    const result = await Promise.race([parser.getText({ pageJoiner: '' }), timeout]);
    const pages = result.pages.map((p) => p.text);
    if (pages.every((p) => p.trim() === '')) {
      return { ok: false, reason: 'no-text', message: `No text in its ${pages.length} page${pages.length === 1 ? '' : 's'} (scanned images? run OCR first)` };
    }
    return { ok: true, pages };
  } catch (error) {
    if (error instanceof PasswordException) return { ok: false, reason: 'encrypted', message: `Encrypted, and no password is known (${error.message})` };
    if (error instanceof InvalidPDFException) return { ok: false, reason: 'invalid', message: `Not a readable PDF (${error.message})` };
    if (error instanceof TimeoutError) return { ok: false, reason: 'timeout', message: `Gave up after ${Math.round(timeoutMs / 1000)} s` };
    return { ok: false, reason: 'other', message: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => undefined);
  }
}

class TimeoutError extends Error {}
