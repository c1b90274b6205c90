import type { Diagnostic } from '../../../core/diagnostics.js';
import type { RunResult } from '../../../model/index.js';
import { diagnosticsOf } from '../data.js';
import { code, fromBackticks, strong, text, type Block, type Column } from '../model.js';
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

/** Every diagnostic of the run; the values a message quotes in backquotes are code. */
function diagnosticsBlocks(result: RunResult): Block[] {
  return [
    {
      kind: 'table',
      id: 'diagnostics-table',
      columns: COLUMNS,
      empty: 'No diagnostics: every record was read and valid.',
      sortable: true,
      rows: diagnosticsOf(result).map((d) => {
        const found = d.actual?.trim() ? [text('; found '), code(d.actual)] : [];
        const message = { value: d.message, content: [...fromBackticks(d.message), ...found] };
        const severity = d.severity === 'info' ? d.severity : { value: d.severity, content: [strong(d.severity)] };
        return { cells: [severity, where(d), d.recordId, message, { value: d.code, content: [code(d.code)] }] };
      }),
    },
  ];
}

export const diagnosticsSection: SectionBuilder = { id: 'diagnostics', title: 'Diagnostics', build: diagnosticsBlocks };
