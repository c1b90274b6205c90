import { readCsv } from '../core/csv.js';
import { decodeReported } from '../core/decode.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { parseJson, preview, toFields } from './fields.js';
import type { ReadContext, Reader } from './reader.js';

/** A reader of text formats: the bytes are decoded (or the file refused) in one place first. */
const textual =
  (read: (text: string, file: string, diagnostics: Diagnostics, context: ReadContext) => SourceRecord[] | undefined): Reader =>
  async (data, file, diagnostics, context) => {
    const text = decodeReported(data, file, diagnostics);
    return text === undefined ? [] : read(text, file, diagnostics, context);
  };

/**
 * A reader loaded the first time a file of its kind is read: the document readers bring the miner,
 * YAML and PDF.js, which a corpus of CSV files never needs (loading them was about a tenth of the
 * main thread's start-up).
 */
const onDemand = (load: () => Promise<Reader>): Reader => {
  let reader: Promise<Reader> | undefined;
  return async (data, file, diagnostics, context) => (await (reader ??= load()))(data, file, diagnostics, context);
};

const readTextDocument = onDemand(async () => textual((await import('./text-records.js')).readTextDocument));
const readHtmlRecords = onDemand(async () => (await import('./html-records.js')).readHtmlRecords);

export const readers: Readonly<Record<string, Reader>> = {
  '.csv': textual(readCsvRecords),
  '.json': textual(readJsonRecords),
  '.jsonl': textual(readJsonLinesRecords),
  '.txt': readTextDocument,
  '.md': readTextDocument,
  '.pdf': onDemand(async () => (await import('./pdf-records.js')).readPdfRecords),
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
  const parsed = parseJson(text, diagnostics, { file });
  if (!parsed) return [];
  const data = parsed.value;
  const list = Array.isArray(data) ? data : (data as { definitions?: unknown } | null)?.definitions;
  if (!Array.isArray(list)) {
    diagnostics.error('ingest/json-shape', 'Expected an array of records or an object with a `definitions` array', { file });
    return [];
  }
  const records: SourceRecord[] = [];
  list.forEach((item: unknown, index) => {
    const fields = toFields(item);
    if (fields) records.push({ origin: { file, record: index + 1 }, fields });
    else diagnostics.error('ingest/json-record', `Expected an object, not \`${preview(item)}\``, { file, record: index + 1 });
  });
  return records;
}

function readJsonLinesRecords(text: string, file: string, diagnostics: Diagnostics): SourceRecord[] {
  const records: SourceRecord[] = [];
  text.split(/\r\n?|\n/).forEach((lineText, index) => {
    const line = index + 1;
    if (lineText.trim() === '') return;
    const parsed = parseJson(lineText, diagnostics, { file, line }, 'one JSON object on the line');
    if (!parsed) return;
    const fields = toFields(parsed.value);
    if (fields) records.push({ origin: { file, line }, fields });
    else diagnostics.error('ingest/json-record', `Expected a JSON object on the line, not \`${preview(parsed.value)}\``, { file, line });
  });
  return records;
}
