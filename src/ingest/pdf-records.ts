import path from 'node:path';
import { DEFAULT_LIMITS } from '../config/limits.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { mineDefinitions } from '../mine/index.js';
import { minedRecords } from '../mine/records.js';
import { parseJson, toFields } from './fields.js';
import { readPdfText } from './pdf.js';
import type { ReadContext } from './reader.js';
import { slug } from './text-records.js';

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
  const candidates = mineDefinitions(pdf.pages, context.concept ? { concept: context.concept } : {});
  if (candidates.length === 0) {
    diagnostics.warn('ingest/pdf-no-definition', `Found no definition of the concept in its ${pdf.pages.length} pages`, { file });
  }
  return minedRecords(candidates, meta.id || slug(path.posix.basename(file, path.extname(file))), meta, file, 'page');
}

/**
 * The metadata of a mined document from its sidecar (`paper.meta.json`), or undefined after a
 * diagnostic when it is missing (when `required`), unreadable (reported on the sidecar) or not
 * one JSON object.
 */
export function sidecarFields(file: string, diagnostics: Diagnostics, context: ReadContext, kind: string, required = true): Record<string, string> | undefined {
  const sidecarName = file.replace(/\.[^./]+$/, '.meta.json');
  if (!context.sidecar) {
    const code = kind === 'PDF' ? 'ingest/pdf-sidecar-missing' : 'ingest/document-sidecar-missing';
    if (required) diagnostics.error(code, `Expected the ${kind}'s metadata (sector, author, year, title, url) in \`${sidecarName}\``, { file });
    return required ? undefined : {};
  }
  // A sidecar that is not text was reported on the sidecar; one diagnostic is enough.
  if (context.sidecar.text === undefined) return undefined;
  const parsed = parseJson(context.sidecar.text, diagnostics, { file: context.sidecar.file });
  if (!parsed) return undefined;
  const meta = toFields(parsed.value);
  if (!meta) diagnostics.error('ingest/json-shape', 'Expected one object of metadata fields', { file: context.sidecar.file });
  return meta;
}
