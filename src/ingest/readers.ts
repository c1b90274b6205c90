import { readCsv } from '../core/csv.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../core/types.js';

/** Turns one file's text into raw records; problems go to `diagnostics`, never thrown. */
export type Reader = (text: string, file: string, diagnostics: Diagnostics) => SourceRecord[];

export const readers: Readonly<Record<string, Reader>> = {
  '.csv': readCsvRecords,
  '.json': readJsonRecords,
  '.jsonl': readJsonLinesRecords,
};

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

/** Scalars become strings so every format reaches validation in the same shape as CSV. */
function toFields(item: unknown): Record<string, string> | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined;
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(item)) {
    if (value === null || value === undefined) continue;
    fields[key] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return fields;
}
