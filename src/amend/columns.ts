import { parse } from 'csv-parse/sync';
import type { Definition } from '../model/index.js';
import { CITATION_FIELDS, FIELDS } from '../validate/record.js';
import { hasColumnFor } from './csv-rows.js';
import { rowSpans } from './rows.js';

/**
 * The definitions file widened with the citation columns (`doi`, `container`, …) that the new
 * records have values for and the file has no column for, so a citation is kept, not dropped.
 * A file that cannot be widened safely is returned as it was (its values are then left out, with
 * a warning, as for any field without a column).
 */
export function withCitationColumns(existing: string | undefined, added: readonly Definition[]): { text: string | undefined; columns: string[] } {
  const base = existing && existing.trim() !== '' ? existing : `${FIELDS.join(',')}\n`;
  let header: string[];
  try {
    header = ((parse(base.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '', { relax_quotes: true }) as string[][])[0] ?? []).map((c) => c.trim());
  } catch {
    return { text: existing, columns: [] };
  }
  const present = new Set(header);
  const missing = CITATION_FIELDS.filter((f) => added.some((d) => d[f]) && !hasColumnFor(f, present));
  const widened = widenColumns(base, missing);
  return widened === undefined || missing.length === 0 ? { text: existing, columns: [] } : { text: widened, columns: missing };
}

/**
 * The definitions file with `names` added as empty columns at the end: the header gains `,name`
 * and every record a `,` before its line end; every other byte (quotes, line ends, blank lines,
 * a BOM) stays as it was. `undefined` when the file is not a clean CSV (a broken quote, a row
 * with another number of fields): widening it could damage it, so the caller leaves it alone.
 */
export function widenColumns(text: string, names: readonly string[]): string | undefined {
  if (names.length === 0) return text;
  const before = parseStrict(text);
  if (!before || before.length === 0) return undefined;
  const width = before[0]!.length;
  if (before.some((row) => row.length !== width)) return undefined;

  const ends = rowSpans(text)?.map((s) => s.end);
  if (!ends || ends.length !== before.length) return undefined;
  let out = '';
  let from = 0;
  ends.forEach((end, i) => {
    const added = i === 0 ? names.map((n) => `,${quoted(n)}`).join('') : ','.repeat(names.length);
    out += text.slice(from, end) + added;
    from = end;
  });
  out += text.slice(from);

  // The promise checked, not assumed: the same records, each with the new empty cells.
  const after = parseStrict(out);
  const expected = before.map((row, i) => [...row, ...(i === 0 ? names : names.map(() => ''))]);
  if (!after || JSON.stringify(after) !== JSON.stringify(expected)) return undefined;
  return out;
}

function parseStrict(text: string): string[][] | undefined {
  try {
    return parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch {
    return undefined;
  }
}

function quoted(name: string): string {
  return /[",\r\n]/.test(name) ? `"${name.replace(/"/g, '""')}"` : name;
}
