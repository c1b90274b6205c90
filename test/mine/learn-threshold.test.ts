import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/mine/index.js';
import type { Chosen } from '../../src/mine/learn/miner.js';
import { candidateScores } from '../../scripts/mine-learn-data.js';

// scripts/mine-learn-rounds.ts --candidates writes these rows; the threshold table (mine-threshold-table.ts) reads the
// rules' score over a learned candidate from them, and the definition mark by the scorer's rule.
describe('learned miner: candidate scores of a replayed document', () => {
  const definition = 'a smart city is a city that uses data to improve services';
  const doc = {
    file: 'x.jsonl',
    id: 'x1',
    pages: [''],
    expected: [{ clause: definition, term: 'smart city', quoted: false, author: null, year: null, ref: null }],
  };
  const rule = (clause: string, score: number, page = 1) => ({ page, clause, score, quoted: false }) as Candidate;
  const chosen = (clause: string, p: number, page = 1) => ({ page, clause, p }) as Chosen;

  it('marks definitions and gives a learned candidate the best rules score over its clause on its page', () => {
    const rows = candidateScores(
      doc,
      [rule(definition, 0.7), rule(definition, 0.4), rule('smart cities are popular', 0.6), rule(definition, 0.95, 2)],
      [chosen(definition, 0.9), chosen('smart cities are popular with mayors today', 0.55)],
    );
    expect(rows.map((r) => [r.method, r.score, r.rules, r.definition])).toEqual([
      ['rules', 0.7, null, true],
      ['rules', 0.4, null, true],
      ['rules', 0.6, null, false],
      ['rules', 0.95, null, true],
      ['learned', 0.9, 0.7, true],
      ['learned', 0.55, null, false],
    ]);
    expect(rows.every((r) => r.file === 'x.jsonl' && r.id === 'x1')).toBe(true);
  });
});
