import { JOIN_CHARS, TextStream, textPieces } from './content.js';

export type Cell = string | number | undefined;

/**
 * A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading apostrophe; numbers, negative ones too, stay numbers.
 */
export function safeText(value: string): string {
  // Most cells start with a letter or digit: only the six formula starts need the full test.
  const first = value.charCodeAt(0);
  if (first !== 61 && first !== 43 && first !== 45 && first !== 64 && first !== 9 && first !== 13) return value;
  return /^[=+\-@\t\r]/.test(value) && !NUMBER.test(value) ? `'${value}` : value;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/**
 * Quoting as csv-stringify did it with `record_delimiter: '\n'` (the bytes earlier runs wrote): a
 * field with a comma, a quote or a `\n` is quoted, quotes doubled. A lone `\r` is not quoted.
 */
const NEEDS_QUOTES = /[",\n]/;
function csvField(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One cell as `csvLine` writes it: text made safe and quoted when needed, a number as given, undefined empty. */
export function csvCell(cell: Cell): string {
  if (typeof cell === 'string') return csvField(safeText(cell));
  // A number's text never holds a comma, a quote or a line break.
  return typeof cell === 'number' ? String(cell) : '';
}

/** One CSV line (with its `\n`): text made safe, numbers as given, undefined empty. */
export function csvLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i) line += ',';
    if (typeof cell === 'string') line += csvField(safeText(cell));
    // A number's text never holds a comma, a quote or a line break.
    else if (typeof cell === 'number') line += String(cell);
  }
  return line + '\n';
}

/**
 * A CSV table of lines made by the caller (each `csvLine`'s bytes, its `\n` included; lines may come
 * joined, up to about `JOIN_CHARS`), written as it is made like `csvStream`: for a large table
 * whose cells repeat (a definition's fields on each of its rows), escaped once and reused.
 */
export function csvLineStream(header: readonly string[], lines: () => Iterable<string>): TextStream {
  return new TextStream(() =>
    textPieces(
      (function* () {
        yield csvLine(header);
        yield* lines();
      })(),
      // Every line ends in `\n`.
      true,
    ),
  );
}

/**
 * A CSV table written as it is made (see `TextStream`): the header, then each row `rows` yields,
 * the same bytes as `toCsv`. For tables that grow with the corpus (a row per definition or per use).
 */
export function csvStream(header: readonly string[], rows: () => Iterable<readonly Cell[]>): TextStream {
  return csvLineStream(header, function* () {
    let lines = '';
    for (const row of rows()) {
      lines += csvLine(row);
      if (lines.length >= JOIN_CHARS) {
        yield lines;
        lines = '';
      }
    }
    if (lines) yield lines;
  });
}

/** Each item's cell (`csvCell` of its text), escaped the first time it is asked for: for a table whose cells repeat. */
export function csvCells<T>(items: readonly T[], textOf: (item: T) => Cell): (i: number) => string {
  const cells: (string | undefined)[] = [];
  return (i) => (cells[i] ??= csvCell(textOf(items[i]!)));
}

/** CSV with a header, `\n` line ends and a final newline; numbers are written as given, text made safe (header too). */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  let out = csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
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
