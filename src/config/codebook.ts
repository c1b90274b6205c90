import { readCsv } from '../core/csv.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { readOptional } from './load.js';

export const CODEBOOK_FILE = 'codebook.csv';

/** A factor the field is known to name, with the terms that anchor it. */
export interface CodebookFactor {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly seeds: readonly string[];
  readonly line: number;
}

/** Reads `codebook.csv` (`factor_id,label,description,seed_terms`, seeds `;`-separated); missing = none. */
export async function loadCodebook(corpusDir: string, diagnostics: Diagnostics): Promise<{ factors: CodebookFactor[]; text?: string }> {
  const text = await readOptional(corpusDir, CODEBOOK_FILE, diagnostics, 'codebook');
  if (text === undefined) return { factors: [] };
  return { factors: parseCodebook(text, CODEBOOK_FILE, diagnostics), text };
}

export function parseCodebook(text: string, file: string, diagnostics: Diagnostics): CodebookFactor[] {
  const factors: CodebookFactor[] = [];
  const seenIds = new Set<string>();
  const seedOwner = new Map<string, string>();
  for (const { line, fields } of readCsv(text, file, diagnostics, 'codebook')) {
    if (!('factor_id' in fields) || !('seed_terms' in fields)) {
      diagnostics.error('codebook/missing-column', 'Expected the columns `factor_id,label,description,seed_terms`', { file, line: 1 });
      return [];
    }
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
    for (const raw of (fields.seed_terms ?? '').split(';')) {
      const seed = raw.trim().toLowerCase();
      if (!seed) continue;
      const owner = seedOwner.get(seed);
      if (owner) {
        diagnostics.warn('codebook/shared-seed', `Seed term \`${seed}\` already anchors \`${owner}\`; ignored here`, { file, line, field: 'seed_terms' });
        continue;
      }
      seedOwner.set(seed, id);
      seeds.push(seed);
    }
    const label = (fields.label ?? '').trim() || id;
    factors.push({ id, label, description: (fields.description ?? '').trim(), seeds, line });
  }
  return factors;
}
