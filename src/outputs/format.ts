import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | undefined;

/**
 * A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading apostrophe; numbers, negative ones too, stay numbers.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** CSV with a header, `\n` line ends and a final newline; numbers are written as given, text made safe (header too). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const body = rows.map((row) => row.map((cell) => (typeof cell === 'string' ? safeText(cell) : cell === undefined ? '' : String(cell))));
  return stringify([header.map(safeText), ...body], { record_delimiter: '\n' });
}

/** Fixed precision, so a share prints the same on every run and machine. */
export function fixed(value: number, precision: number): string {
  return value.toFixed(precision);
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** A share as a percentage with one decimal: 0.3582 → "35.8%". */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A p-value at `precision` decimals; one too small to show keeps its significant digits. */
export function formatP(p: number, precision: number): string {
  return p !== 0 && p < 10 ** -precision ? p.toExponential(2) : fixed(p, precision);
}
