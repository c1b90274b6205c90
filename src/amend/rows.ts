import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** Where one record of a CSV file lies, so it can be cut or replaced without touching the others. */
export interface RowSpan {
  /** Offset of its first character. */
  readonly start: number;
  /** Offset just past its last field (before its line end). */
  readonly end: number;
  /** Offset just past its line end (= `end` on a last line without one). */
  readonly next: number;
  /** Physical line it starts on (1-based, the header is line 1), as ingest numbers records. */
  readonly line: number;
}

/**
 * The records of a CSV text, header first, found by following quotes as RFC 4180 does; blank
 * lines belong to no record. `undefined` when a quote is still open at the end.
 */
export function rowSpans(text: string): RowSpan[] | undefined {
  const spans: RowSpan[] = [];
  let line = 1;
  let start = -1;
  let startLine = 1;
  let inQuotes = false;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  for (let i = bom; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
      continue;
    }
    if (c === '\n' || c === '\r') {
      const eol = c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      if (start >= 0) spans.push({ start, end: i, next: i + eol, line: startLine });
      start = -1;
      i += eol - 1;
      line++;
      continue;
    }
    if (start < 0) {
      start = i;
      startLine = line;
    }
    if (c === '"') inQuotes = true;
  }
  if (inQuotes) return undefined;
  if (start >= 0) spans.push({ start, end: text.length, next: text.length, line: startLine });
  return spans;
}

/** The fields of one record's text, or undefined when it is not exactly one well-formed record. */
export function parseRow(row: string): string[] | undefined {
  try {
    const rows = parse(row, { relax_column_count: true }) as string[][];
    return rows.length === 1 ? rows[0] : undefined;
  } catch {
    return undefined;
  }
}

/** One record in the seed's layout: quotes only where needed, no line end. */
export function formatRow(values: readonly string[]): string {
  return stringify([values as string[]], { record_delimiter: '\n' }).replace(/\n$/, '');
}

/** The line end a file uses (that of its first line). */
export function lineEndOf(text: string): string {
  const first = text.indexOf('\n');
  return first > 0 && text[first - 1] === '\r' ? '\r\n' : '\n';
}
