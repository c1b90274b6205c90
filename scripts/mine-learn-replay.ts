// A blind round replayed: the rules as they were when some files were still held out (an earlier commit's
// src/mine/index.ts, checked out in its own worktree) give the rule candidates and factors of every file; the
// learned miner is trained on the files studied then and scored on the ones held out then, beside the rules of
// that commit alone and the lexical model (no rules) trained on the same files. This is the honest test of a
// model that uses the rules' factors: in a leave-one-file-out over today's studied files the rules' score
// carries the held-out file's labels (the rules were written from it).
//
//   npx tsx scripts/mine-learn-replay.ts <worktree of the commit> <blind file> [<blind file> …] [--threshold 0.5] [--without a,b,…]
//
// --without: files used neither for training nor for scoring (labelled later than that commit's blind round).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RuleMiner } from '../src/mine/learn/candidates.js';
import { EVALUATION_CONCEPT, score } from '../test/mine/evaluation-data.js';
import { documentsOf, fraction, prepare, scoreModel, studiedFiles, trainOn } from './mine-learn-data.js';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const thresholds = option('--threshold') ? [Number(option('--threshold'))] : [0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
const without = new Set(option('--without')?.split(',') ?? []);
const [worktree, ...rest] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!worktree || !rest.length) throw new Error('usage: mine-learn-replay.ts <worktree> <blind file> …');
const blind = new Set(rest);
const old = (await import(pathToFileURL(path.join(worktree, 'src/mine/index.ts')).href)) as { mineDefinitions: RuleMiner };

const files = studiedFiles().filter((f) => !without.has(f));
const documents = files.flatMap((f) => documentsOf(f));
const inBlind = (d: { file: string }) => blind.has(d.file);

const rules = score(
  documents
    .filter(inBlind)
    .map((d) => ({ id: d.id, found: old.mineDefinitions(d.pages, { concept: EVALUATION_CONCEPT, minScore: 0.5 }) as never, expected: d.expected })),
);
console.log(`blind: ${[...blind].join(', ')}; trained on the other ${files.length - blind.size} studied files`);
console.log(
  `rules of ${path.basename(worktree)} alone (default threshold): precision ${fraction(rules.tp, rules.tp + rules.fp)}, recall ${fraction(rules.tp, rules.tp + rules.fn)}`,
);
// Per file, at the threshold the score script uses (0.8, chosen on the replay of the twelfth round).
const perFile = new Map<string, string[]>([...blind].map((f) => [f, []]));
const cell = (t: { tp: number; fp: number; fn: number }) => `${fraction(t.tp, t.tp + t.fp)}, ${fraction(t.tp, t.tp + t.fn)}`;
for (const file of blind) {
  const own = documents.filter((d) => d.file === file);
  perFile
    .get(file)!
    .push(
      cell(
        score(
          own.map((d) => ({ id: d.id, found: old.mineDefinitions(d.pages, { concept: EVALUATION_CONCEPT, minScore: 0.5 }) as never, expected: d.expected })),
        ),
      ),
    );
}
for (const [name, options] of [
  ['learned with those rules', { ruleMiner: old.mineDefinitions }],
  ['learned, lexical only', { noRules: true }],
] as const) {
  const docs = documents.map((d) => prepare(d, options));
  const model = trainOn(docs.filter((d) => !inBlind(d)));
  for (const file of blind)
    perFile.get(file)!.push(
      cell(
        scoreModel(
          model,
          docs.filter((d) => d.file === file),
          0.8,
        ),
      ),
    );
  for (const t of thresholds) {
    const s = scoreModel(model, docs.filter(inBlind), t);
    console.log(`${name}, threshold ${t}: precision ${fraction(s.tp, s.tp + s.fp)}, recall ${fraction(s.tp, s.tp + s.fn)}`);
  }
}
console.log(`\n| file | rules | learned with them (0.8) | lexical only (0.8) |\n|---|---|---|---|`);
for (const [file, cells] of perFile) console.log(`| ${file} | ${cells.join(' | ')} |`);
