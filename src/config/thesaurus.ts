import { readCsv } from '../core/csv.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { readOptional, THESAURUS_FILE } from './load.js';

/** VOSviewer's convention: `label` is replaced by `replaceBy`; an empty `replaceBy` drops the term. */
export interface ThesaurusEntry {
  readonly label: string;
  readonly replaceBy: string;
  readonly line: number;
}

/** Reads `thesaurus.csv` from the corpus folder; a missing file is an empty thesaurus. */
export async function loadThesaurus(corpusDir: string, diagnostics: Diagnostics): Promise<{ entries: ThesaurusEntry[]; text?: string }> {
  const text = await readOptional(corpusDir, THESAURUS_FILE, diagnostics, 'thesaurus');
  if (text === undefined) return { entries: [] };
  return { entries: parseThesaurus(text, THESAURUS_FILE, diagnostics), text };
}

export function parseThesaurus(text: string, file: string, diagnostics: Diagnostics): ThesaurusEntry[] {
  const entries: ThesaurusEntry[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of readCsv(text, file, diagnostics, 'thesaurus')) {
    const label = (fields.label ?? '').trim().toLowerCase();
    const replaceBy = (fields.replace_by ?? '').trim().toLowerCase();
    if (!('label' in fields) || !('replace_by' in fields)) {
      diagnostics.error('thesaurus/missing-column', 'Expected the columns `label,replace_by`', { file, line: 1, expected: 'label,replace_by' });
      return [];
    }
    if (!label) {
      diagnostics.error('thesaurus/empty-label', 'Expected a `label`, not an empty cell', { file, line, field: 'label' });
      continue;
    }
    const earlier = seen.get(label);
    if (earlier !== undefined) {
      diagnostics.warn('thesaurus/duplicate-label', `Label \`${label}\` is already mapped on line ${earlier}; this line wins`, { file, line, field: 'label', actual: label });
    }
    seen.set(label, line);
    entries.push({ label, replaceBy, line });
  }
  return entries;
}
