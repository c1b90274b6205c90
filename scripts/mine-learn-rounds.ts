// Leave-one-round-out over the studied files: the labelled files came in rounds (a .jsonl set and the papers labelled
// with it, held out together and scored blind, then studied; test/fixtures/mining/README.md). Each round in turn is
// predicted by a model trained on every other round, pooled by the scorer's rule. Closer to a new blind round than
// leave-one-file-out, where a file's round-mates (same labellers, same month, same forms) are in training.
//
//   npx tsx scripts/mine-learn-rounds.ts [--threshold 0.5] [--variants shipped,no-rules,…] [--per-round]
//   npx tsx scripts/mine-learn-rounds.ts --replay <worktree of an earlier commit> --blind a.jsonl,review-paper-n,… [--variants …]
//
// --replay: one round replayed as it was blind (scripts/mine-learn-replay.ts): the rules are that commit's, written
// before the round's files were studied, so their features carry none of its labels; trained on the other studied files.
// --candidates out.json (with --replay): every candidate of the blind files written as JSON (candidateScores: the rules'
// score at min-score 0, the first variant's probability at 0.05), for scripts/mine-threshold-table.ts.
// --without a,b,… (with --replay): files neither trained on nor scored (labelled after the replayed round: the model as
// it could have been then).
//
// The rules' features still carry the left-out round's labels (the rules were written from every studied file), so the
// variants with them are optimistic here; the `no-rules` ones are not. MINE_LEARN_TRAIN applies to every variant
// unless the variant sets its own (minFiles, l2).
import { delexicalize, shapeFeatures } from './mine-learn-shape.js';
import { spanFeatures } from '../src/mine/learn/features.js';
import type { Group, Span } from '../src/mine/learn/candidates.js';
import { documentSpans, type RuleMiner } from '../src/mine/learn/candidates.js';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { EVALUATION_CONCEPT } from '../test/mine/evaluation-data.js';
import {
  candidateScores,
  choose,
  documentsOf,
  fraction,
  prepare,
  ROUNDS,
  scoreModel,
  SHIPPED_MIN_FILES,
  studiedFiles,
  trainOn,
  type Prepared,
  type ScoredCandidate,
  type TrainOnOptions,
} from './mine-learn-data.js';
import { writeFileSync } from 'node:fs';

type FeaturesOf = (g: Group, s: Span) => string[];
interface Variant {
  readonly noRules: boolean;
  readonly featuresOf: FeaturesOf;
  readonly train?: TrainOnOptions;
}

const LEX_ONLY = /^(?:a1|a2|a3|b1|b2|a1-to|a1-from|a2-from|first|last|prev|prev2|next|next2|lead-w|after-w|tail-w|end-next):/u;
const dedupe = (f: string[]) => [...new Set(f)];
const withShape: FeaturesOf = (g, s) => [...spanFeatures(g, s), ...shapeFeatures(g, s)];
const delex: FeaturesOf = (g, s) => dedupe([...spanFeatures(g, s).map(delexicalize), ...shapeFeatures(g, s)]);
const noLex: FeaturesOf = (g, s) => [...spanFeatures(g, s).filter((f) => !LEX_ONLY.test(f)), ...shapeFeatures(g, s)];

const VARIANTS: Record<string, Variant> = {
  shipped: { noRules: false, featuresOf: spanFeatures, train: { minFiles: SHIPPED_MIN_FILES } },
  'no-rules': { noRules: true, featuresOf: spanFeatures, train: { minFiles: 3 } },
  shape: { noRules: false, featuresOf: withShape, train: { minFiles: 3 } },
  'shape-no-rules': { noRules: true, featuresOf: withShape, train: { minFiles: 3 } },
  delex: { noRules: false, featuresOf: delex, train: { minFiles: 3 } },
  'delex-no-rules': { noRules: true, featuresOf: delex, train: { minFiles: 3 } },
  nolex: { noRules: false, featuresOf: noLex, train: { minFiles: 3 } },
  'nolex-no-rules': { noRules: true, featuresOf: noLex, train: { minFiles: 3 } },
  'shape-min6': { noRules: false, featuresOf: withShape, train: { minFiles: 6 } },
  'delex-min6': { noRules: false, featuresOf: delex, train: { minFiles: 6 } },
  // (the -l2 variants: ten times the default penalty, as they were under the AdaGrad training: 1e-3 against 1e-4)
  'shipped-l2': { noRules: false, featuresOf: spanFeatures, train: { minFiles: 3, l2: 10 } },
  'shape-l2': { noRules: false, featuresOf: withShape, train: { minFiles: 3, l2: 10 } },
  'delex-l2': { noRules: false, featuresOf: delex, train: { minFiles: 3, l2: 10 } },
};

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const primary = Number(option('--threshold') ?? 0.5);
const thresholds = [...new Set([0.3, 0.4, 0.5, 0.6, 0.7, primary])].sort();
const chosen = (option('--variants') ?? 'shipped,no-rules').split(',');
for (const v of chosen) if (!VARIANTS[v]) throw new Error(`no variant ${v}: ${Object.keys(VARIANTS).join(', ')}`);

const studied = studiedFiles();
const listed = ROUNDS.flat();
const missing = studied.filter((f) => !listed.includes(f));
const extra = listed.filter((f) => !studied.includes(f));
if (missing.length || extra.length) throw new Error(`ROUNDS out of date: not listed ${missing.join(', ') || '-'}; not studied ${extra.join(', ') || '-'}`);

const replay = option('--replay');
const ruleMiner = replay
  ? ((await import(pathToFileURL(path.join(replay, 'src/mine/index.ts')).href)) as { mineDefinitions: RuleMiner }).mineDefinitions
  : undefined;
const rounds: readonly (readonly string[])[] = replay ? [option('--blind')!.split(',')] : ROUNDS;
const candidatesOut = option('--candidates');
if (candidatesOut && !ruleMiner) throw new Error('--candidates needs --replay');
const candidates: ScoredCandidate[] = [];

const started = performance.now();
// Each document's spans (and the rules' candidates) read once, for every variant.
const without = new Set(option('--without')?.split(',') ?? []);
if (without.size && !ruleMiner) throw new Error('--without needs --replay');
const documents = studied
  .filter((f) => !without.has(f))
  .flatMap((f) => documentsOf(f))
  .map((d) => ({ doc: d, groups: documentSpans(d.pages, EVALUATION_CONCEPT, ruleMiner).groups }));
console.log(
  `${replay ? `replay with the rules of ${replay}, blind ${rounds[0]!.join(' + ')}; ` : ''}${documents.length} documents of ${studied.length - without.size} files in ${rounds.length} rounds read in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);

for (const name of chosen) {
  const variant = VARIANTS[name]!;
  const t0 = performance.now();
  const docs: Prepared[] = documents.map(({ doc, groups }) => prepare(doc, { groups, noRules: variant.noRules, featuresOf: variant.featuresOf }));
  const env = JSON.parse(process.env['MINE_LEARN_TRAIN'] ?? '{}') as TrainOnOptions;
  const pooled = new Map(thresholds.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const rows: string[] = [];
  for (const round of rounds) {
    const model = trainOn(
      docs.filter((d) => !round.includes(d.file)),
      { ...variant.train, ...env },
    );
    const held = docs.filter((d) => round.includes(d.file));
    if (candidatesOut && name === chosen[0])
      for (const d of held) candidates.push(...candidateScores(d, ruleMiner!(d.pages, { concept: EVALUATION_CONCEPT, minScore: 0 }), choose(model, d, 0.05)));
    for (const [t, sum] of pooled) {
      const s = scoreModel(model, held, t);
      sum.tp += s.tp;
      sum.fp += s.fp;
      sum.fn += s.fn;
      if (t === primary) rows.push(`| ${round.join(' + ')} | ${fraction(s.tp, s.tp + s.fp)} | ${fraction(s.tp, s.tp + s.fn)} |`);
    }
  }
  const features = new Set(docs.flatMap((d) => d.features.flat(2))).size;
  console.log(`\n## ${name}${variant.noRules ? ' (no rules)' : ''}: ${features} distinct features, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  if (args.includes('--per-round')) console.log(`| round | precision | recall |\n|---|---|---|\n${rows.join('\n')}`);
  for (const [t, s] of pooled) {
    const p = s.tp / (s.tp + s.fp);
    const r = s.tp / (s.tp + s.fn);
    console.log(`${name} at ${t}: precision ${fraction(s.tp, s.tp + s.fp)}, recall ${fraction(s.tp, s.tp + s.fn)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)}`);
  }
}
if (candidatesOut) {
  writeFileSync(candidatesOut, `${JSON.stringify(candidates, null, 1)}\n`);
  console.log(`\n${candidates.length} candidates of ${rounds[0]!.join(' + ')} written to ${candidatesOut}`);
}
