import type { RenderContext } from '../../context.js';
import type { Definition, RunResult } from '../../../model/index.js';
import { COLUMNS, type ColumnWidth } from '../../figures/columns.js';
import { definitionRef, inl, text, type Block, type Column, type Inline, type Inlines } from '../model.js';
import type { Count } from '../data.js';

/**
 * One section of the report: its blocks, or undefined to leave it out (e.g. no data). A builder
 * reads the run through `data.ts` and returns data, never markup: `to-html.ts` and
 * `to-markdown.ts` write it.
 */
export interface SectionBuilder {
  readonly id: string;
  readonly title: string;
  readonly build: (result: RunResult, context: RenderContext) => readonly Block[] | undefined;
}

/** The width in px a chart for `column` is laid out at. */
export const columnPx = (column: ColumnWidth): number => COLUMNS[column].px;

export function figure(name: string, title: string, svg: string, column: ColumnWidth, caption: Inlines | string): Block {
  return { kind: 'figure', name, title, svg, column, caption: typeof caption === 'string' ? [text(caption)] : caption };
}

/** `id` (author, year), the id linked to the definition's entry: the attribution that travels with it. */
export function cited(d: Definition | undefined, id: string): Inline[] {
  const who = d ? [d.author, d.year].filter((x) => x !== undefined && x !== '').join(', ') : '';
  return inl`${definitionRef(id)}${who ? ` (${who})` : ''}`;
}

export const countColumns = (label: string): Column[] => [
  { label, type: 'text' },
  { label: 'definitions', type: 'number' },
];

/** A two-column table of counts. */
export function countTable(id: string, label: string, rows: readonly Count[], empty = 'None.'): Block {
  return { kind: 'table', id, columns: countColumns(label), rows: rows.map((c) => ({ cells: [c.label, c.value] })), empty };
}
