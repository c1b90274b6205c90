import path from 'node:path';
import { decodeReported } from '../core/decode.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { DEFAULT_MINE_METHOD } from '../config/mine-method.js';
import { mineReported } from '../mine/method.js';
import { minedRecords } from '../mine/records.js';
import { sidecarFields } from './sidecar.js';
import type { ReadContext } from './reader.js';
import { slug } from '../core/text.js';

/**
 * A saved web page (`.html`, `.htm`) in the corpus: like a PDF, it needs a `.meta.json` sidecar
 * (for its sector at least); the page's own title, author, date, canonical address and language
 * fill what the sidecar leaves out. Its definitions are the clauses mined from its text.
 */
export async function readHtmlRecords(data: Buffer, file: string, diagnostics: Diagnostics, context: ReadContext): Promise<SourceRecord[]> {
  const meta = sidecarFields(file, diagnostics, context, 'page');
  if (!meta) return [];
  // Loaded on first use: most corpora hold no web page.
  const { htmlToText } = await import('./html.js');
  const text = decodeReported(data, file, diagnostics);
  if (text === undefined) return [];
  const page = htmlToText(text);
  const source = { ...page.meta, ...meta };
  const candidates = mineReported(context.method ?? DEFAULT_MINE_METHOD, [page.text], context.concept ? { concept: context.concept } : {}, diagnostics, {
    file,
  });
  if (candidates.length === 0) diagnostics.warn('ingest/document-no-definition', 'Found no definition of the concept in its text', { file });
  return minedRecords(candidates, source.id || slug(path.posix.basename(file).replace(/\.[^.]+$/, '')), source, file, 'record');
}
