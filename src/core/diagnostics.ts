import { compare } from './text.js';

/** error: the record is unusable and skipped; warning: kept, worth a look; info: for the record. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** `stage/rule`, e.g. `ingest/csv-quote-not-closed`. */
  readonly code: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly page?: number;
  readonly record?: number;
  readonly field?: string;
  readonly recordId?: string;
  readonly actual?: string;
  readonly expected?: string;
}

/** Where a diagnostic points: the fields of a record's origin, and what was found there. */
export type At = {
  readonly file?: string;
  readonly line?: number;
  readonly page?: number;
  readonly record?: number;
  readonly field?: string;
} & { readonly recordId?: string; readonly actual?: string; readonly expected?: string };

/** Collects diagnostics from every stage; one list feeds stderr, diagnostics.json and the report. */
export class Diagnostics {
  readonly #items: Diagnostic[] = [];

  add(severity: Severity, code: string, message: string, at: At = {}): void {
    const item: Diagnostic = { severity, code, message };
    for (const key of ['file', 'line', 'page', 'record', 'field', 'recordId', 'actual', 'expected'] as const) {
      if (at[key] !== undefined) Object.assign(item, { [key]: at[key] });
    }
    this.#items.push(item);
  }
  error(code: string, message: string, at?: At): void {
    this.add('error', code, message, at);
  }
  warn(code: string, message: string, at?: At): void {
    this.add('warning', code, message, at);
  }
  info(code: string, message: string, at?: At): void {
    this.add('info', code, message, at);
  }

  /** Sorted by file, then place, then code, so reports are stable across runs. */
  list(): Diagnostic[] {
    return [...this.#items].sort(compareDiagnostics);
  }
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    compare(a.file ?? '', b.file ?? '') ||
    (a.line ?? a.page ?? a.record ?? 0) - (b.line ?? b.page ?? b.record ?? 0) ||
    severityOrder[a.severity] - severityOrder[b.severity] ||
    compare(a.code, b.code) ||
    compare(a.message, b.message)
  );
}

export function countBySeverity(list: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

/** Exit code contract: 0 clean, 1 data problems (warnings too under `strict`). */
export function exitCodeFor(list: readonly Diagnostic[], strict: boolean): 0 | 1 {
  const counts = countBySeverity(list);
  return counts.error > 0 || (strict && counts.warning > 0) ? 1 : 0;
}

/** One line per problem: `file:line  severity  message  [code]`, as stylish reporters do. */
export function formatDiagnostics(list: readonly Diagnostic[], corpusLabel = ''): string {
  const lines = list.map((d) => {
    const where = placeOf(d, corpusLabel);
    const found = d.actual?.trim() ? `; found \`${d.actual}\`` : '';
    const record = d.recordId ? ` (record \`${d.recordId}\`)` : '';
    return inert(`${where}  ${d.severity}  ${d.message}${found}${record}  [${d.code}]`);
  });
  const counts = countBySeverity(list);
  lines.push(`${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info} info`);
  return lines.join('\n') + '\n';
}

/** Control characters (terminal escapes among them) from file names or fields, shown, never run. */
export function inert(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function placeOf(d: Diagnostic, corpusLabel: string): string {
  if (!d.file) return corpusLabel || 'corpus';
  const file = corpusLabel ? `${corpusLabel.replace(/\/$/, '')}/${d.file}` : d.file;
  const at = d.line !== undefined ? `:${d.line}` : d.page !== undefined ? ` p${d.page}` : d.record !== undefined ? ` #${d.record}` : '';
  const field = d.field ? ` [${d.field}]` : '';
  return `${file}${at}${field}`;
}

/** Errors of the stages that read files (rows, entries, files that could not be read): they yield no record. */
export function unreadable(list: readonly Diagnostic[]): number {
  return list.filter((d) => d.severity === 'error' && /^(?:ingest|bib|mine)\//u.test(d.code)).length;
}
