import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { Definition } from '../model/index.js';
import { CITATION_FIELDS, FIELD_ALIASES, FIELDS } from '../validate/record.js';

export interface NewRow {
  readonly definition: Definition;
  /** The record's raw fields, for the columns a definition does not carry (`page`, `language`, extra ones). */
  readonly fields: Readonly<Record<string, string>>;
}

export interface Appended {
  /** The whole new file. */
  readonly text: string;
  /** Only the appended rows, as written. */
  readonly rows: string;
  /** Fields of the new records that the file has no column for (besides `page`, folded into `title`). */
  readonly dropped: readonly { id: string; field: string }[];
}

/**
 * The definitions file with `rows` appended in its own layout: its header's columns in its order,
 * its line ends, minimal quoting as the seed has it. The existing bytes are kept as they are. A new
 * file gets the seed's columns.
 */
export function appendRows(existing: string | undefined, rows: readonly NewRow[]): Appended {
  const base = existing && existing.trim() !== '' ? existing : `${FIELDS.join(',')}\n`;
  const firstLine = base.split('\n')[0] ?? '';
  const eol = firstLine.endsWith('\r') ? '\r\n' : '\n';
  const header = headerOf(base);
  const columns = new Set(header);
  const dropped: { id: string; field: string }[] = [];
  const records = rows.map(({ definition: d, fields }) => {
    const values: Record<string, string> = {
      ...fields,
      id: d.id,
      sector: d.sector,
      org_type: d.orgType,
      term: d.term,
      kind: d.kind,
      author: d.author,
      year: d.year === undefined ? '' : String(d.year),
      title: d.title,
      url: d.url,
      text: d.text,
      // The validated citation (a bare DOI, `journal` read as `container`), under either name of a column.
      ...Object.fromEntries(CITATION_FIELDS.map((f) => [f, d[f] ?? ''])),
      ...Object.fromEntries(Object.entries(FIELD_ALIASES).map(([alias, f]) => [alias, d[f] ?? ''])),
    };
    const page = fields.page?.trim();
    if (page && !columns.has('page')) values.title = values.title ? `${values.title}, p. ${page}` : `p. ${page}`;
    for (const field of Object.keys(fields)) {
      if (!hasColumnFor(field, columns) && field !== 'page' && fields[field]?.trim()) dropped.push({ id: d.id, field });
    }
    return header.map((column) => values[column] ?? '');
  });
  const text = stringify(records, { record_delimiter: eol });
  const joiner = base.endsWith('\n') ? '' : eol;
  return { text: base + joiner + text, rows: text, dropped };
}

/** A field has a column under its own name or under another name of the same field (`journal`, `container`). */
export function hasColumnFor(field: string, columns: ReadonlySet<string>): boolean {
  const canonical = FIELD_ALIASES[field] ?? field;
  return columns.has(canonical) || Object.entries(FIELD_ALIASES).some(([alias, f]) => f === canonical && columns.has(alias));
}
/** The columns a definitions file's header names (its first line), trimmed; a new file has the seed's. */
export function headerOf(existing: string | undefined): string[] {
  if (!existing || existing.trim() === '') return [...FIELDS];
  const firstLine = (existing.split('\n')[0] ?? '').replace(/\r$/, '');
  return ((parse(firstLine, { relax_quotes: true, relax_column_count: true }) as string[][])[0] ?? []).map((c) => c.trim());
}

/** Columns a definitions file must have for an appended row to keep what makes it a definition. */
export const REQUIRED_COLUMNS = ['id', 'sector', 'text'] as const;
