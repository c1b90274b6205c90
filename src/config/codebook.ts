import { readCsvTable } from '../core/csv.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { checkColumns, type TableColumns } from './columns.js';
import { readOptional } from './load.js';
import { parseRule, plainPhrase, type CodebookRule } from './rules.js';

export const CODEBOOK_FILE = 'codebook.csv';

/** A factor the field is known to name, with the terms that anchor it. */
export interface CodebookFactor {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  /** The rules that code a definition for the factor, whatever the clustering finds. */
  readonly rules: readonly CodebookRule[];
  /** The rules' plain phrases, which anchor the factor in the clustering. */
  readonly seeds: readonly string[];
  readonly line: number;
}

/** Reads `codebook.csv` (`factor_id,label,description,seed_terms`, seeds `;`-separated); missing = none. */
export async function loadCodebook(corpusDir: string, diagnostics: Diagnostics): Promise<{ factors: CodebookFactor[]; text?: string }> {
  const text = await readOptional(corpusDir, CODEBOOK_FILE, diagnostics, 'codebook');
  if (text === undefined) return { factors: [] };
  return { factors: parseCodebook(text, CODEBOOK_FILE, diagnostics), text };
}

const TABLE: TableColumns = {
  what: 'codebook',
  known: ['factor_id', 'label', 'description', 'seed_terms'],
  required: ['factor_id', 'seed_terms'],
  missingCode: 'codebook/missing-column',
  unknownCode: 'codebook/unknown-column',
};

export function parseCodebook(text: string, file: string, diagnostics: Diagnostics): CodebookFactor[] {
  const factors: CodebookFactor[] = [];
  const seenIds = new Set<string>();
  const seedOwner = new Map<string, string>();
  const { columns, rows } = readCsvTable(text, file, diagnostics, 'codebook');
  if (!columns) return [];
  if (!checkColumns(columns, TABLE, file, diagnostics)) return [];
  for (const { line, fields } of rows) {
    const id = (fields.factor_id ?? '').trim();
    if (!/^[a-z][a-z0-9-]*$/.test(id)) {
      diagnostics.error('codebook/invalid-id', 'Expected a `factor_id` slug such as `quality-of-life`', { file, line, field: 'factor_id', actual: id });
      continue;
    }
    if (seenIds.has(id)) {
      diagnostics.error('codebook/duplicate-id', `Expected a unique \`factor_id\`; \`${id}\` is already used`, { file, line, field: 'factor_id' });
      continue;
    }
    seenIds.add(id);
    const seeds: string[] = [];
    const rules: CodebookRule[] = [];
    for (const raw of (fields.seed_terms ?? '').split(';')) {
      if (!raw.trim()) continue;
      const rule = parseRule(raw);
      if (typeof rule === 'string') {
        diagnostics.error('codebook/invalid-rule', `${rule}; the rule \`${raw.trim()}\` is ignored`, { file, line, field: 'seed_terms', actual: raw.trim() });
        continue;
      }
      const key = rule.source.toLowerCase();
      const owner = seedOwner.get(key);
      if (owner) {
        diagnostics.warn('codebook/shared-seed', `Rule \`${rule.source}\` already codes \`${owner}\`; ignored here`, { file, line, field: 'seed_terms' });
        continue;
      }
      seedOwner.set(key, id);
      rules.push(rule);
      const seed = plainPhrase(rule);
      if (seed !== undefined) seeds.push(seed);
    }
    const label = (fields.label ?? '').trim() || id;
    factors.push({ id, label, description: (fields.description ?? '').trim(), rules, seeds, line });
  }
  return factors;
}
