import { readCsvTable } from '../core/csv.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { checkColumns, type TableColumns } from './columns.js';
import { readOptional, THESAURUS_FILE } from './load.js';

/** VOSviewer's convention: `label` is replaced by `replaceBy`; an empty `replaceBy` drops the term. */
export interface ThesaurusEntry {
  readonly label: string;
  readonly replaceBy: string;
  readonly line: number;
}

const TABLE: TableColumns = {
  what: 'thesaurus',
  known: ['label', 'replace_by'],
  missingCode: 'thesaurus/missing-column',
  unknownCode: 'thesaurus/unknown-column',
};

/** Reads `thesaurus.csv` from the corpus folder; a missing file is an empty thesaurus. */
export async function loadThesaurus(corpusDir: string, diagnostics: Diagnostics): Promise<{ entries: ThesaurusEntry[]; text?: string }> {
  const text = await readOptional(corpusDir, THESAURUS_FILE, diagnostics, 'thesaurus');
  if (text === undefined) return { entries: [] };
  return { entries: parseThesaurus(text, THESAURUS_FILE, diagnostics), text };
}

/**
 * The thesaurus' entries. A label mapped to itself (`ict,ict`) keeps the term as it is, as the
 * shipped thesaurus does; replacements are applied once, so a chain (`a→b`, `b→c`) or a cycle
 * (`a→b`, `b→a`) does not do what it seems to, and is reported.
 */
export function parseThesaurus(text: string, file: string, diagnostics: Diagnostics): ThesaurusEntry[] {
  const { columns, rows } = readCsvTable(text, file, diagnostics, 'thesaurus');
  if (!columns) return [];
  if (!checkColumns(columns, TABLE, file, diagnostics)) return [];
  const entries: ThesaurusEntry[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const label = (fields.label ?? '').trim().toLowerCase();
    const replaceBy = (fields.replace_by ?? '').trim().toLowerCase();
    if (!label) {
      diagnostics.error('thesaurus/empty-label', 'Expected a `label`, not an empty cell', { file, line, field: 'label' });
      continue;
    }
    const earlier = seen.get(label);
    if (earlier !== undefined) {
      diagnostics.warn('thesaurus/duplicate-label', `Label \`${label}\` is already mapped on line ${earlier}; this line wins`, {
        file,
        line,
        field: 'label',
        actual: label,
      });
    }
    seen.set(label, line);
    entries.push({ label, replaceBy, line });
  }
  reportChains(entries, file, diagnostics);
  return entries;
}

/**
 * Replacements that lead to another label with its own replacement. The labels and their
 * replacements form a graph in which each label has at most one successor, so the cycles and the
 * chains are found in one pass.
 */
function reportChains(entries: readonly ThesaurusEntry[], file: string, diagnostics: Diagnostics): void {
  // The line that wins for each label (a later line wins, as in the matcher).
  const winner = new Map<string, ThesaurusEntry>();
  for (const e of entries) winner.set(e.label, e);
  const next = (label: string): string | undefined => {
    const to = winner.get(label)?.replaceBy;
    return to && to !== label && winner.has(to) && winner.get(to)!.replaceBy !== to ? to : undefined;
  };
  const state = new Map<string, 'open' | 'done'>();
  const onCycle = new Set<string>();
  for (const start of winner.keys()) {
    const path: string[] = [];
    let at: string | undefined = start;
    while (at !== undefined && !state.has(at)) {
      state.set(at, 'open');
      path.push(at);
      at = next(at);
    }
    if (at !== undefined && state.get(at) === 'open') {
      const cycle = path.slice(path.indexOf(at));
      for (const label of cycle) onCycle.add(label);
      const first = cycle.map((l) => winner.get(l)!).sort((a, b) => a.line - b.line)[0]!;
      const shown = [...cycle, at].map((l) => `\`${l}\``).join(' → ');
      diagnostics.warn('thesaurus/cycle', `${shown}: replacements are applied once, so these terms swap instead of merging; map them all to one term`, {
        file,
        line: first.line,
        field: 'replace_by',
      });
    }
    for (const label of path) state.set(label, 'done');
  }
  for (const entry of winner.values()) {
    const to = next(entry.label);
    if (to === undefined || onCycle.has(entry.label)) continue;
    const then = winner.get(to)!;
    const what = then.replaceBy ? `replaces by \`${then.replaceBy}\`` : 'drops (an empty `replace_by`)';
    const fix = then.replaceBy ? `map it to \`${then.replaceBy}\` directly` : 'leave its `replace_by` empty too';
    diagnostics.warn(
      'thesaurus/chain',
      `\`${entry.label}\` is replaced by \`${to}\`, which line ${then.line} ${what}; replacements are applied once, so \`${entry.label}\` becomes \`${to}\`: ${fix}`,
      { file, line: entry.line, field: 'replace_by' },
    );
  }
}
