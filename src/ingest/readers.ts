import { readCsv } from '../core/csv.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { toFields } from './fields.js';
import { readHtmlRecords } from './html-records.js';
import { readPdfRecords } from './pdf-records.js';
import type { Reader } from './reader.js';
import { readTextDocument } from './text-records.js';

/** A reader of text formats, which need nothing but the text. */
const textual =
  (read: (text: string, file: string, diagnostics: Diagnostics) => SourceRecord[] | undefined): Reader =>
  async (data, file, diagnostics) =>
    read(data.toString('utf8'), file, diagnostics);

export const readers: Readonly<Record<string, Reader>> = {
  '.csv': textual(readCsvRecords),
  '.json': textual(readJsonRecords),
  '.jsonl': textual(readJsonLinesRecords),
  '.txt': async (data, file, diagnostics, context) => readTextDocument(data.toString('utf8'), file, diagnostics, context),
  '.md': async (data, file, diagnostics, context) => readTextDocument(data.toString('utf8'), file, diagnostics, context),
  '.pdf': readPdfRecords,
  '.html': readHtmlRecords,
  '.htm': readHtmlRecords,
};

/** Files whose definitions are mined when a `.meta.json` sidecar describes them. */
export const MINED_EXTENSIONS: ReadonlySet<string> = new Set(['.pdf', '.html', '.htm', '.txt', '.md']);

function readCsvRecords(text: string, file: string, diagnostics: Diagnostics): SourceRecord[] {
  return readCsv(text, file, diagnostics).map((row) => ({ origin: { file, line: row.line }, fields: row.fields }));
}

/** A JSON file holds an array of records, or `{ "definitions": [...] }`. */
function readJsonRecords(text: string, file: string, diagnostics: Diagnostics): SourceRecord[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    diagnostics.error('ingest/json-syntax', `Expected valid JSON: ${(error as Error).message}`, { file });
    return [];
  }
  const list = Array.isArray(data) ? data : (data as { definitions?: unknown } | null)?.definitions;
  if (!Array.isArray(list)) {
    diagnostics.error('ingest/json-shape', 'Expected an array of records or an object with a `definitions` array', { file });
    return [];
  }
  const records: SourceRecord[] = [];
  list.forEach((item, index) => {
    const fields = toFields(item);
    if (fields) records.push({ origin: { file, record: index + 1 }, fields });
    else diagnostics.error('ingest/json-record', `Expected an object, not \`${JSON.stringify(item)}\``, { file, record: index + 1 });
  });
  return records;
}

function readJsonLinesRecords(text: string, file: string, diagnostics: Diagnostics): SourceRecord[] {
  const records: SourceRecord[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((lineText, index) => {
      const line = index + 1;
      if (lineText.trim() === '') return;
      let item: unknown;
      try {
        item = JSON.parse(lineText);
      } catch (error) {
        diagnostics.error('ingest/json-syntax', `Expected one JSON object on the line: ${(error as Error).message}`, { file, line });
        return;
      }
      const fields = toFields(item);
      if (fields) records.push({ origin: { file, line }, fields });
      else diagnostics.error('ingest/json-record', 'Expected a JSON object on the line', { file, line });
    });
  return records;
}
