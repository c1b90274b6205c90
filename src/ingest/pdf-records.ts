import path from 'node:path';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { mineDefinitions } from '../mine/index.js';
import { minedRecords } from '../mine/records.js';
import { toFields } from './fields.js';
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
  const pdf = await readPdfText(data);
  if (!pdf.ok) {
    diagnostics.error(`ingest/pdf-${pdf.reason}`, `Cannot read the PDF: ${pdf.message}`, { file });
    return [];
  }
  const candidates = mineDefinitions(pdf.pages, context.concept ? { concept: context.concept } : {});
  if (candidates.length === 0) {
    diagnostics.warn('ingest/pdf-no-definition', `Found no definition of the concept in its ${pdf.pages.length} pages`, { file });
  }
  return minedRecords(candidates, meta.id || slug(path.posix.basename(file, path.extname(file))), meta, file, 'page');
}

/**
 * The metadata of a mined document from its sidecar (`paper.meta.json`), or undefined after a
 * diagnostic when it is missing (when `required`) or is not one JSON object.
 */
export function sidecarFields(file: string, diagnostics: Diagnostics, context: ReadContext, kind: string, required = true): Record<string, string> | undefined {
  const sidecarName = file.replace(/\.[^./]+$/, '.meta.json');
  if (!context.sidecar) {
    if (required) diagnostics.error(`ingest/${kind === 'PDF' ? 'pdf' : 'document'}-sidecar-missing`, `Expected the ${kind}'s metadata (sector, author, year, title, url) in \`${sidecarName}\``, { file });
    return required ? undefined : {};
  }
  let meta: Record<string, string> | undefined;
  try {
    meta = toFields(JSON.parse(context.sidecar.text.replace(/^\uFEFF/, '')));
  } catch (error) {
    diagnostics.error('ingest/json-syntax', `Expected valid JSON: ${(error as Error).message}`, { file: context.sidecar.file });
    return undefined;
  }
  if (!meta) diagnostics.error('ingest/json-shape', 'Expected one object of metadata fields', { file: context.sidecar.file });
  return meta;
}
