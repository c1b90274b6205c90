import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { matrixRows } from '../../src/model/views.js';
import { analyze } from '../../src/pipeline.js';
import { tempCorpus } from '../helpers.js';

// The tool's matrix against careful hand coding (test/fixtures/reference-coding: coded from the
// text alone, before any output was seen; never edited to match the tool). The shipped set is the
// one the codebook's rules were developed on; the unseen set was held out while they were written.
const reference = 'test/fixtures/reference-coding';
const settings = ['config.json', 'thesaurus.csv', 'codebook.csv'].map((f) => [f, readFileSync(`corpus/${f}`, 'utf8')] as const);
const overrides = { duplicates: { merge: false }, factors: { bootstrap: 0 } };

function coding(file: string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const row of parse(readFileSync(file), { columns: true }) as { definition_id: string; factor_id: string; value: string }[]) {
    if (!out.has(row.definition_id)) out.set(row.definition_id, new Map());
    out.get(row.definition_id)!.set(row.factor_id, Number(row.value));
  }
  return out;
}

/** Cohen's kappa of two binary codings. */
function kappa(pairs: readonly (readonly [number, number])[]): number {
  const n = pairs.length;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const pa = pairs.filter(([a]) => a).length / n;
  const pb = pairs.filter(([, b]) => b).length / n;
  const chance = pa * pb + (1 - pa) * (1 - pb);
  return (agree - chance) / (1 - chance);
}

async function agreement(corpus: string, codingFile: string) {
  const result = await analyze({ corpus, overrides });
  const tool = new Map(matrixRows(result).map((r) => [r.definitionId, r.factorIds]));
  const byFactor = new Map<string, [number, number][]>();
  for (const [id, cells] of coding(codingFile)) {
    for (const [factor, value] of cells) {
      if (!byFactor.has(factor)) byFactor.set(factor, []);
      byFactor.get(factor)!.push([value, tool.get(id)?.has(factor) ? 1 : 0]);
    }
  }
  const pooled = kappa([...byFactor.values()].flat());
  return { pooled, perFactor: Object.fromEntries([...byFactor].map(([f, pairs]) => [f, kappa(pairs)])), cells: [...byFactor.values()].flat().length };
}

describe('coding agrees with careful hand coding', () => {
  it('on the shipped corpus (77 definitions × 8 factors): pooled kappa at least 0.9, each factor at least 0.8', async () => {
    const { pooled, perFactor, cells } = await agreement('corpus', `${reference}/shipped-coding.csv`);
    expect(cells).toBe(616);
    expect(pooled).toBeGreaterThanOrEqual(0.9);
    for (const [factor, k] of Object.entries(perFactor)) expect(k, factor).toBeGreaterThanOrEqual(0.8);
  });

  it('on 53 published definitions the rules were not written on: pooled kappa at least 0.85', async () => {
    const corpus = tempCorpus({ ...Object.fromEntries(settings), 'definitions.csv': readFileSync(`${reference}/unseen-definitions.csv`, 'utf8') });
    const { pooled, cells } = await agreement(corpus, `${reference}/unseen-coding.csv`);
    expect(cells).toBe(424);
    expect(pooled).toBeGreaterThanOrEqual(0.85);
  });
});
