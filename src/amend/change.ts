import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type WriteStep } from '../core/atomic.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { withLock } from '../core/lock.js';
import { CorpusError } from '../ingest/index.js';
import type { Origin, SourceRecord } from '../model/index.js';
import { toDefinitions } from '../validate/index.js';
import { bareDoi, CITATION_FIELDS, FIELD_ALIASES, type CitationField } from '../validate/record.js';
import { widenColumns } from './columns.js';
import { findAddDuplicates } from './duplicates.js';
import { LOCK_FILE, type CheckedCorpus } from './index.js';
import { formatRow, parseRow, rowSpans, type RowSpan } from './rows.js';

// `remove` and `edit`: change records where they are, in the CSV file that holds them, with the
// same safety as `add` (the corpus lock, atomic writes, validation) and without touching a byte
// of the rows they do not change.

export interface ChangeOptions {
  /** The corpus folder. */
  readonly corpus: string;
  /** Reads the corpus; called under the lock, so it sees every earlier write. */
  readonly readCorpus: () => Promise<CheckedCorpus>;
  readonly dryRun?: boolean;
  readonly lockTimeoutMs?: number;
  readonly onWriteStep?: (step: WriteStep) => void;
}

/** A record found in its CSV file. */
interface Located {
  readonly id: string;
  readonly record: SourceRecord;
  /** The file, relative to the corpus folder. */
  readonly file: string;
  readonly text: string;
  readonly span: RowSpan;
  readonly header: readonly string[];
  readonly values: readonly string[];
}

/** Runs `work` under the corpus lock (a dry run reads without locking, as `add` does). */
async function locked<T>(options: ChangeOptions, work: () => Promise<T>): Promise<T> {
  await stat(options.corpus).catch((error: NodeJS.ErrnoException) => {
    throw new CorpusError(options.corpus, `Cannot read the corpus folder (${error.code ?? 'error'})`);
  });
  if (options.dryRun) return work();
  return withLock(path.join(options.corpus, LOCK_FILE), work, options.lockTimeoutMs === undefined ? {} : { timeoutMs: options.lockTimeoutMs });
}

const where = (origin: Origin) =>
  `${origin.file}${origin.line !== undefined ? `:${origin.line}` : origin.page !== undefined ? ` p${origin.page}` : origin.record !== undefined ? ` #${origin.record}` : ''}`;

/** Finds the row of record `id`, checking that the row there is that record; reports why not. */
async function locate(
  id: string,
  corpus: string,
  records: readonly SourceRecord[],
  diagnostics: Diagnostics,
  texts: Map<string, string>,
): Promise<Located | undefined> {
  const at = { field: 'id', actual: id };
  const matches = records.filter((r) => r.fields.id?.trim() === id);
  if (matches.length === 0) {
    diagnostics.error('amend/unknown-id', 'Expected the id of a record in the corpus', at);
    return undefined;
  }
  if (matches.length > 1) {
    diagnostics.error(
      'amend/ambiguous-id',
      `Expected one record with this id; it names ${matches.length} (${matches.map((m) => `\`${where(m.origin)}\``).join(', ')}): give one of them another id first`,
      at,
    );
    return undefined;
  }
  const record = matches[0]!;
  const { file, line } = record.origin;
  if (!/\.csv$/i.test(file) || line === undefined) {
    diagnostics.error('amend/not-csv', `Expected a record of a CSV file; \`${id}\` comes from \`${where(record.origin)}\`: change that file by hand`, at);
    return undefined;
  }
  if (!texts.has(file)) texts.set(file, await readFile(path.join(corpus, file), 'utf8'));
  const text = texts.get(file)!;
  const spans = rowSpans(text);
  const header = spans?.[0] ? parseRow(text.slice(spans[0].start, spans[0].end))?.map((c) => c.trim()) : undefined;
  const span = spans?.find((s) => s.line === line);
  const values = span ? parseRow(text.slice(span.start, span.end)) : undefined;
  if (!header || !span || !values || values.length !== header.length || values[header.indexOf('id')]?.trim() !== id) {
    diagnostics.error(
      'amend/row-not-found',
      `Cannot find the row of \`${id}\` on line ${line} of \`${file}\` exactly (has the file changed, or a quote broken?); nothing is changed`,
      at,
    );
    return undefined;
  }
  return { id, record, file, text, span, header, values };
}

export interface RemoveResult {
  /** Each record removed (or that would be), with its file and row as it was. */
  readonly removed: readonly { readonly id: string; readonly file: string; readonly row: string }[];
  readonly written: boolean;
}

/**
 * Removes the records `ids` from the CSV files that hold them: all or nothing (an id that is not
 * in the corpus, or not in a CSV file, changes nothing), each file rewritten atomically with every
 * other byte as it was.
 */
export async function removeRecords(options: ChangeOptions & { readonly ids: readonly string[] }, diagnostics: Diagnostics): Promise<RemoveResult> {
  return locked(options, async () => {
    const { records } = await options.readCorpus();
    const texts = new Map<string, string>();
    const found: Located[] = [];
    for (const id of [...new Set(options.ids.map((i) => i.trim()))]) {
      const at = await locate(id, options.corpus, records, diagnostics, texts);
      if (at) found.push(at);
    }
    if (found.length < new Set(options.ids.map((i) => i.trim())).size) return { removed: [], written: false };
    const removed = found.map((f) => ({ id: f.id, file: f.file, row: f.text.slice(f.span.start, f.span.end) }));
    if (options.dryRun) return { removed, written: false };
    for (const [file, text] of texts) {
      // Cut from the end, so earlier offsets stay right.
      const spans = found
        .filter((f) => f.file === file)
        .map((f) => f.span)
        .sort((a, b) => b.start - a.start);
      let out = text;
      for (const s of spans) out = out.slice(0, s.start) + out.slice(s.next);
      await writeFileAtomic(path.join(options.corpus, file), out, options.onWriteStep ? { onStep: options.onWriteStep } : {});
    }
    return { removed, written: true };
  });
}

/** The fields `edit` can change: every field of a record but its id. */
export const EDITABLE = ['sector', 'org_type', 'term', 'kind', 'author', 'year', 'title', 'url', 'text', 'page', 'language', ...CITATION_FIELDS] as const;
export type EditableField = (typeof EDITABLE)[number];

export interface EditResult {
  readonly file: string;
  readonly before: string;
  readonly after: string;
  /** Citation columns the file gained for the new values (empty for the other rows). */
  readonly addedColumns: readonly string[];
  readonly written: boolean;
  readonly changed: boolean;
}

/**
 * Sets fields of record `id` in its CSV file. The edited record must still be valid; the row is
 * rewritten in the file's layout (quotes only where needed), every other byte kept. A citation
 * field the file has no column for gets one, as `add` does; any other field must have its column.
 */
export async function editRecord(
  options: ChangeOptions & { readonly id: string; readonly changes: Readonly<Partial<Record<EditableField, string>>>; readonly corpusLabel: string },
  diagnostics: Diagnostics,
): Promise<EditResult | undefined> {
  return locked(options, async () => {
    const { config, records, validated } = await options.readCorpus();
    const found = await locate(options.id.trim(), options.corpus, records, diagnostics, new Map());
    if (!found) return undefined;
    let { text, span, header, values } = found;
    const columnOf = (field: string) =>
      [
        field,
        ...Object.entries(FIELD_ALIASES)
          .filter(([, f]) => f === field)
          .map(([alias]) => alias),
      ].find((c) => header.includes(c));

    const changes = Object.entries(options.changes).filter((entry): entry is [EditableField, string] => entry[1] !== undefined);
    const missing = changes.map(([field]) => field).filter((field) => !columnOf(field));
    const widenable = missing.filter((f): f is CitationField => (CITATION_FIELDS as readonly string[]).includes(f));
    for (const field of missing.filter((f) => !widenable.includes(f as CitationField))) {
      diagnostics.error(
        'edit/column-missing',
        `Cannot set \`${field}\`: \`${found.file}\` has no such column (add it to the header and every row, or keep the value elsewhere); nothing is changed`,
        { file: found.file, field, recordId: found.id },
      );
    }
    if (missing.length > widenable.length) return undefined;
    // A citation field set to a value gets its column; one set to nothing needs none.
    const addedColumns = widenable.filter((f) => changes.some(([field, value]) => field === f && value.trim() !== ''));
    if (addedColumns.length) {
      const widened = widenColumns(text, addedColumns);
      const again = widened === undefined ? undefined : rowSpans(widened)?.find((s) => s.line === span.line);
      const row = again && widened !== undefined ? parseRow(widened.slice(again.start, again.end)) : undefined;
      if (widened === undefined || !again || !row) {
        diagnostics.error(
          'edit/column-missing',
          `Cannot add the column${addedColumns.length > 1 ? 's' : ''} ${addedColumns.map((f) => `\`${f}\``).join(', ')} to \`${found.file}\`: it is not a clean CSV file; nothing is changed`,
          { file: found.file, recordId: found.id },
        );
        return undefined;
      }
      header = [...header, ...addedColumns];
      text = widened;
      span = again;
      values = row;
    }

    const next = [...values];
    for (const [field, value] of changes) {
      const column = columnOf(field);
      if (column === undefined) continue; // a citation field left empty: nothing to write, no column needed
      next[header.indexOf(column)] = field === 'doi' ? bareDoi(value) : value;
    }
    const fields = Object.fromEntries(header.map((h, i) => [h, next[i] ?? '']));
    const record: SourceRecord = { origin: found.record.origin, fields };
    const [definition] = toDefinitions([record], config, diagnostics);
    if (!definition) return undefined;
    if ('text' in options.changes) {
      const others = validated.valid.filter((d) => d.id !== found.id);
      for (const dup of findAddDuplicates(others, [definition], config)) {
        const how = dup.exact ? 'the same text as' : `a near-duplicate (similarity ${dup.similarity.toFixed(2)}) of`;
        diagnostics.warn(
          dup.exact ? 'edit/exact-duplicate' : 'edit/near-duplicate',
          `The new text is ${how} \`${dup.of.id}\` at \`${options.corpusLabel}/${where(dup.of.origin)}\``,
          { ...found.record.origin, field: 'text', recordId: found.id },
        );
      }
    }
    const before = found.text.slice(found.span.start, found.span.end);
    const changed = next.some((v, i) => v !== values[i]) || addedColumns.length > 0;
    const after = changed ? formatRow(next) : before;
    const result = { file: found.file, before, after, addedColumns, changed, written: false };
    if (!changed || options.dryRun) return result;
    const out = text.slice(0, span.start) + after + text.slice(span.end);
    await writeFileAtomic(path.join(options.corpus, found.file), out, options.onWriteStep ? { onStep: options.onWriteStep } : {});
    return { ...result, written: true };
  });
}
