// Where the default threshold sits, from the candidates of replayed blind rounds (mine-learn-rounds.ts --replay …
// --candidates out.json): per blind file, the non-definitions kept and the definitions found at each threshold, for the
// rules (their score ≥ t), the learned model (its probability ≥ t) and the learned model at its shipped threshold kept
// only where a rules' candidate of the same page and clause scores ≥ t. Counted by the scorer's rule (score(): each
// expected definition matched once, every other kept candidate a non-definition).
//
//   npx tsx scripts/mine-threshold-table.ts r17.json r18.json …
import { readFileSync } from 'node:fs';
import type { Candidate } from '../src/mine/index.js';
import { score } from '../test/mine/evaluation-data.js';
import { documentsOf, SHIPPED_THRESHOLD, type ScoredCandidate } from './mine-learn-data.js';

const rows = process.argv.slice(2).flatMap((f) => JSON.parse(readFileSync(f, 'utf8')) as ScoredCandidate[]);
const files = [...new Set(rows.map((r) => r.file))];
const asFound = (r: ScoredCandidate) => ({ page: r.page, clause: r.clause, score: r.score, quoted: false }) as Candidate;

/** Non-definitions kept and definitions found in a file, keeping the candidates `keep` accepts. */
function cell(file: string, keep: (r: ScoredCandidate) => boolean): { fp: number; tp: number; of: number } {
  const s = score(
    documentsOf(file).map((d) => ({ id: d.id, found: rows.filter((r) => r.id === d.id && r.file === file && keep(r)).map(asFound), expected: d.expected })),
  );
  return { fp: s.fp, tp: s.tp, of: s.tp + s.fn };
}

const lines: [string, (r: ScoredCandidate) => boolean][] = [
  ...[0.5, 0.6, 0.7, 0.8, 0.9].map((t): [string, (r: ScoredCandidate) => boolean] => [`rules ≥ ${t}`, (r) => r.method === 'rules' && r.score >= t]),
  ...[0.5, 0.6, 0.7, 0.8, 0.9, 0.95].map((t): [string, (r: ScoredCandidate) => boolean] => [`learned ≥ ${t}`, (r) => r.method === 'learned' && r.score >= t]),
  ...[0.5, 0.6, 0.7, 0.8, 0.9].map((t): [string, (r: ScoredCandidate) => boolean] => [
    `learned ≥ ${SHIPPED_THRESHOLD} and rules ≥ ${t}`,
    (r) => r.method === 'learned' && r.score >= SHIPPED_THRESHOLD && r.rules !== null && r.rules >= t,
  ]),
];
console.log(`| kept | ${files.join(' | ')} | all |\n|---|${files.map(() => '---|').join('')}---|`);
for (const [name, keep] of lines) {
  const cells = files.map((f) => cell(f, keep));
  const sum = cells.reduce((a, c) => ({ fp: a.fp + c.fp, tp: a.tp + c.tp, of: a.of + c.of }), { fp: 0, tp: 0, of: 0 });
  console.log(`| ${name} | ${[...cells, sum].map((c) => `${c.fp} / ${c.tp} of ${c.of}`).join(' | ')} |`);
}
