// Grouped cross-validation of the learned miner over the studied files (never the held-out ones): each file
// in turn is predicted by a model trained on the others; precision and recall are pooled by the scorer's rule.
//
//   npx tsx scripts/mine-learn-cv.ts [--threshold 0.5] [--no-rules] [--without a.jsonl,review-paper-14,…]
//
// --without: files left out of the cross-validation altogether (kept for a replay, scripts/mine-learn-replay.ts).
//
// --no-rules: neither the rules' spans nor their factors. The rules were written from these very files, so their
// score carries the held-out file's labels into every fold: with them this is no estimate for unseen text (see
// scripts/mine-learn-replay.ts for one that is).
import { placeOfSpan } from '../src/mine/learn/candidates.js';
import { sameClause } from '../test/mine/evaluation-data.js';
import { documentsOf, fraction, prepare, scoreModel, studiedFiles, trainOn } from './mine-learn-data.js';

const at = process.argv.indexOf('--threshold');
const primary = at >= 0 ? Number(process.argv[at + 1]) : 0.5;
const noRules = process.argv.includes('--no-rules');
const thresholds = [...new Set([0.3, 0.4, 0.5, 0.6, 0.7, primary])].sort();

const started = performance.now();
const without = new Set(process.argv.includes('--without') ? process.argv[process.argv.indexOf('--without') + 1]!.split(',') : []);
const docs = studiedFiles()
  .filter((f) => !without.has(f))
  .flatMap((file) => documentsOf(file).map((d) => prepare(d, { noRules })));
const files = [...new Set(docs.map((d) => d.file))];
// The ceiling: the expected definitions some span matches, all that any choice among the spans could find.
const expected = docs.reduce((n, d) => n + d.expected.length, 0);
const reachable = docs.reduce(
  (n, d) =>
    n +
    d.expected.filter((e) =>
      d.groups.some((g, gi) =>
        g.spans.some(
          (s, si) =>
            d.labels[gi]![si] === 1 && sameClause(g.sentence.slice(s.start, s.end), e.clause) && (e.page === undefined || placeOfSpan(g, s).page === e.page),
        ),
      ),
    ).length,
  0,
);
console.log(
  `${docs.length} documents, ${files.length} files, ${docs.reduce((n, d) => n + d.groups.reduce((m, g) => m + g.spans.length, 0), 0)} spans; ceiling: ${fraction(reachable, expected)} of the expected definitions matched by a span`,
);

const pooled = new Map(thresholds.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
const rows: string[] = [];
for (const file of files) {
  const model = trainOn(docs.filter((d) => d.file !== file));
  const held = docs.filter((d) => d.file === file);
  for (const [t, sum] of pooled) {
    const s = scoreModel(model, held, t);
    sum.tp += s.tp;
    sum.fp += s.fp;
    sum.fn += s.fn;
    if (t === primary) rows.push(`| ${file} | ${fraction(s.tp, s.tp + s.fp)} | ${fraction(s.tp, s.tp + s.fn)} |`);
  }
}
console.log(`\nleave-one-file-out${noRules ? ', lexical only' : ''}, threshold ${primary}:\n| file | precision | recall |\n|---|---|---|\n${rows.join('\n')}`);
for (const [t, s] of pooled) console.log(`pooled at ${t}: precision ${fraction(s.tp, s.tp + s.fp)}, recall ${fraction(s.tp, s.tp + s.fn)}`);
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
