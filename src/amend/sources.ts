import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { readers } from '../ingest/readers.js';

/** Where a record typed on the command line comes from, in diagnostics. */
export const COMMAND_LINE = 'command line';

/** The formats `add --from` reads: the corpus' own, one record per row, object or paragraph. */
export const FROM_FORMATS = ['.csv', '.json', '.jsonl', '.txt', '.md'];

/** One record from `--text`, `--sector`, … (empty values are left out, as an empty CSV cell). */
export function recordFromFlags(fields: Readonly<Record<string, string | undefined>>): SourceRecord {
  return { origin: { file: COMMAND_LINE }, fields: definedFields(fields) };
}

/**
 * The records of a file the user names (`add --from`), read as the corpus reads its own files; the
 * origin is the path as given, relative to `cwd`.
 */
export async function readRecordsFile(file: string, cwd: string, diagnostics: Diagnostics): Promise<SourceRecord[]> {
  const label = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  const ext = path.extname(file).toLowerCase();
  if (!FROM_FORMATS.includes(ext)) {
    diagnostics.error('add/format', `Expected a file of definitions, one of ${FROM_FORMATS.join(', ')}; found \`${ext || 'no extension'}\``, { file: label });
    return [];
  }
  let data: Buffer;
  try {
    data = await readFile(path.resolve(cwd, file));
  } catch (error) {
    diagnostics.error('add/unreadable', `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: label });
    return [];
  }
  let records: SourceRecord[] | undefined;
  try {
    records = await readers[ext]!(data, label, diagnostics, {});
  } catch (error) {
    // Readers report what they find; anything else is still this file's problem, not the run's.
    diagnostics.error('add/unreadable', `Cannot read the file (${error instanceof Error ? error.message : String(error)})`, { file: label });
    return [];
  }
  if (!records) diagnostics.error('add/format', 'Expected front matter (`---` lines with sector, author, …) before the paragraphs', { file: label, line: 1 });
  return records ?? [];
}

/** Flags such as `--sector` fill the fields a record leaves empty. */
export function withDefaults(records: readonly SourceRecord[], defaults: Readonly<Record<string, string | undefined>>): SourceRecord[] {
  const given = definedFields(defaults);
  return records.map((r) => {
    const fields = { ...r.fields };
    for (const [key, value] of Object.entries(given)) if (!fields[key]?.trim()) fields[key] = value;
    return { ...r, fields };
  });
}

function definedFields(fields: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value.trim() !== '') out[key] = value;
  return out;
}
