import path from 'node:path';
import { DEFAULT_LIMITS } from '../config/limits.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { DEFAULT_MINE_METHOD } from '../config/mine-method.js';
import { mineReported } from '../mine/method.js';
import { minedRecords } from '../mine/records.js';
import { readPdfText } from './pdf.js';
import type { ReadContext } from './reader.js';
import { slug } from '../core/text.js';
import { sidecarFields } from './sidecar.js';

/**
 * A PDF in the corpus: its metadata comes from the sidecar `paper.meta.json` (sector, author, year,
 * title, url, …), its definitions are the clauses mined from its pages, each with its page.
 */
export async function readPdfRecords(data: Buffer, file: string, diagnostics: Diagnostics, context: ReadContext): Promise<SourceRecord[]> {
  const meta = sidecarFields(file, diagnostics, context, 'PDF');
  if (!meta) return [];
  const limits = context.limits ?? DEFAULT_LIMITS;
  const pdf = await readPdfText(data, { maxPages: limits.pdfMaxPages, timeoutMs: limits.pdfTimeoutSeconds * 1000 });
  if (!pdf.ok) {
    diagnostics.error(`ingest/pdf-${pdf.reason}`, `Cannot read the PDF: ${pdf.message}`, { file });
    return [];
  }
  if (pdf.total > pdf.pages.length) {
    diagnostics.warn(
      'ingest/pdf-pages-limited',
      `Read the first ${pdf.pages.length} of its ${pdf.total} pages (limits.pdfMaxPages); definitions on later pages are left out`,
      { file },
    );
  }
  const candidates = mineReported(context.method ?? DEFAULT_MINE_METHOD, pdf.pages, context.concept ? { concept: context.concept } : {}, diagnostics, { file });
  if (candidates.length === 0) {
    diagnostics.warn('ingest/pdf-no-definition', `Found no definition of the concept in its ${pdf.pages.length} pages`, { file });
  }
  return minedRecords(candidates, meta.id || slug(path.posix.basename(file, path.extname(file))), meta, file, 'page');
}
