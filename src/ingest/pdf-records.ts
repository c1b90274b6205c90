import path from 'node:path';
import { DEFAULT_LIMITS } from '../config/schema.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { mineDefinitions, type Candidate } from '../mine/index.js';
import { parseJson, toFields } from './fields.js';
import { readPdfText } from './pdf.js';
import type { ReadContext } from './reader.js';
import { slug } from './text-records.js';

/**
 * A PDF in the corpus: its metadata comes from the sidecar `paper.meta.json` (sector, author, year,
 * title, url, …), its definitions are the sentences mined from its pages, each with its page.
 */
export async function readPdfRecords(data: Buffer, file: string, diagnostics: Diagnostics, context: ReadContext): Promise<SourceRecord[]> {
  const sidecarName = file.replace(/\.pdf$/i, '.meta.json');
  if (!context.sidecar) {
    diagnostics.error('ingest/pdf-sidecar-missing', `Expected the PDF's metadata (sector, author, year, title, url) in \`${sidecarName}\``, { file });
    return [];
  }
  // A sidecar that is not text was reported on the sidecar; one diagnostic is enough.
  if (context.sidecar.text === undefined) return [];
  const parsed = parseJson(context.sidecar.text, diagnostics, { file: context.sidecar.file });
  if (!parsed) return [];
  const meta = toFields(parsed.value);
  if (!meta) {
    diagnostics.error('ingest/json-shape', 'Expected one object of metadata fields', { file: context.sidecar.file });
    return [];
  }
  const limits = context.limits ?? DEFAULT_LIMITS;
  const pdf = await readPdfText(data, { maxPages: limits.pdfMaxPages, timeoutMs: limits.pdfTimeoutSeconds * 1000 });
  if (!pdf.ok) {
    diagnostics.error(`ingest/pdf-${pdf.reason}`, `Cannot read the PDF: ${pdf.message}`, { file });
    return [];
  }
  if (pdf.total > pdf.pages.length) {
    diagnostics.warn('ingest/pdf-pages-limited', `Read the first ${pdf.pages.length} of its ${pdf.total} pages (limits.pdfMaxPages); definitions on later pages are left out`, { file });
  }
  const candidates = mineDefinitions(pdf.pages);
  if (candidates.length === 0) {
    diagnostics.warn('ingest/pdf-no-definition', `Found no definition sentence of the concept in its ${pdf.pages.length} pages`, { file });
  }
  const base = meta.id || slug(path.posix.basename(file, path.extname(file)));
  return minedRecords(candidates, base, meta, file);
}

/** One record per candidate, ids `<base>-p<page>`, then `-2`, `-3`… for more on the same page. */
export function minedRecords(candidates: readonly Candidate[], base: string, meta: Readonly<Record<string, string>>, file: string): SourceRecord[] {
  const perPage = new Map<number, number>();
  return candidates.map((c) => {
    const n = (perPage.get(c.page) ?? 0) + 1;
    perPage.set(c.page, n);
    const id = `${base}-p${c.page}${n > 1 ? `-${n}` : ''}`;
    return {
      origin: { file, page: c.page },
      fields: { ...meta, id, term: meta.term || c.term, kind: meta.kind || 'definition', page: String(c.page), text: c.sentence },
      mined: { score: c.score, pattern: c.pattern },
    };
  });
}
