import type { Cell } from '../format.js';

/**
 * A cell of a Markdown table: one line, pipes escaped, and `<`/`>`/`&` as entities so corpus text
 * renders as text (never as HTML) wherever the Markdown is shown.
 */
export function mdCell(value: Cell): string {
  if (value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
}

/** A GitHub-flavoured Markdown table; `numeric` columns are right-aligned. */
export function mdTable(header: readonly string[], rows: readonly (readonly Cell[])[], numeric: readonly boolean[] = []): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = header.map((_, i) => (numeric[i] ? '---:' : '---'));
  return [line(header.map(mdCell)), line(rule), ...rows.map((r) => line(header.map((_, i) => mdCell(r[i])))), ''].join('\n');
}
