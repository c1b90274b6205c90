import type { Diagnostic } from '../../../core/diagnostics.js';
import type { RunResult } from '../../../model/index.js';
import { diagnosticsOf, reportRowLimit } from '../data.js';
import { code, fromBackticks, inl, paragraph, strong, text, type Block, type Column } from '../model.js';
import type { SectionBuilder } from './common.js';

const COLUMNS: readonly Column[] = [
  { label: 'severity', type: 'text' },
  { label: 'where', type: 'text' },
  { label: 'record', type: 'text' },
  { label: 'message', type: 'long-text' },
  { label: 'code', type: 'text' },
];

/** file:line (or page, or record number) and [field]. */
function where(d: Diagnostic): string {
  const at = d.line !== undefined ? `:${d.line}` : d.page !== undefined ? ` p${d.page}` : d.record !== undefined ? ` #${d.record}` : '';
  return [d.file ? `${d.file}${at}` : '', d.field ? `[${d.field}]` : ''].filter(Boolean).join(' ');
}

/**
 * At most `limit` diagnostics, errors and warnings before notes when they do not all fit, each kept
 * in the run's order.
 */
function listed(diagnostics: readonly Diagnostic[], limit: number): readonly Diagnostic[] {
  if (diagnostics.length <= limit) return diagnostics;
  const rank = (d: Diagnostic) => (d.severity === 'error' ? 0 : d.severity === 'warning' ? 1 : 2);
  const kept = new Set(
    diagnostics
      .map((d, i) => [rank(d), i] as const)
      .sort((a, b) => a[0] - b[0] || a[1] - b[1])
      .slice(0, limit)
      .map(([, i]) => i),
  );
  return diagnostics.filter((_, i) => kept.has(i));
}

/** Every diagnostic of the run (the first `report.maxRows`); the values a message quotes in backquotes are code. */
function diagnosticsBlocks(result: RunResult): Block[] {
  const all = diagnosticsOf(result);
  const rows = listed(all, reportRowLimit(result));
  return [
    ...(rows.length < all.length
      ? [
          paragraph(
            inl`${rows.length} of the ${all.length} diagnostics (config ${code('report.maxRows')}), errors and warnings first; all are in ${code('diagnostics.json')}.`,
          ),
        ]
      : []),
    {
      kind: 'table',
      id: 'diagnostics-table',
      columns: COLUMNS,
      empty: 'No diagnostics: every record was read and valid.',
      sortable: true,
      rows: rows.map((d) => {
        const found = d.actual?.trim() ? [text('; found '), code(d.actual)] : [];
        const message = { value: d.message, content: [...fromBackticks(d.message), ...found] };
        const severity = d.severity === 'info' ? d.severity : { value: d.severity, content: [strong(d.severity)] };
        return { cells: [severity, where(d), d.recordId, message, { value: d.code, content: [code(d.code)] }] };
      }),
    },
  ];
}

export const diagnosticsSection: SectionBuilder = { id: 'diagnostics', title: 'Diagnostics', build: diagnosticsBlocks };
