// Grouped cross-validation of the learned miner over the studied files (never the held-out ones): each file
// in turn is predicted by a model trained on the others; precision and recall are pooled by the scorer's rule.
//
//   npx tsx scripts/mine-learn-cv.ts [--threshold 0.5] [--ceiling]
import { documentSpans, placeOfSpan, type Group } from '../src/mine/learn/candidates.js';
import { spanFeatures } from '../src/mine/learn/features.js';
import { predict, train, type Example, type Model } from '../src/mine/learn/model.js';
import { EVALUATION_CONCEPT, sameClause, score, type Expected } from '../test/mine/evaluation-data.js';
import { documentsOf, studiedFiles } from './mine-learn-data.js';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const thresholds = [0.3, 0.4, 0.5, 0.6, 0.7];
const primary = arg('--threshold', 0.5);
// --no-rules: neither the rules' spans nor their factors. The rules were written from these very files, so their
// score carries the held-out file's labels into every fold; only the lexical model is cross-validated honestly.
const noRules = process.argv.includes('--no-rules');
const RULE_FEATURE = /^(?:rule|near-rule|sentence-rule|top-rule|rule-[a-z-]+):/u;

interface Doc {
  file: string;
  id: string;
  expected: readonly Expected[];
  groups: Group[];
  features: string[][][];
  labels: (0 | 1)[][];
}

const started = performance.now();
const docs: Doc[] = [];
for (const file of studiedFiles()) {
  for (const d of documentsOf(file)) {
    const all = documentSpans(d.pages, EVALUATION_CONCEPT).groups;
    const groups = noRules ? all.map((g) => ({ ...g, rules: [], spans: g.spans.filter((s) => s.from !== 'rule').map(({ rule: _, ...s }) => s) })) : all;
    const features = groups.map((g) => g.spans.map((s) => spanFeatures(g, s).filter((f) => !noRules || !RULE_FEATURE.test(f))));
    const labels = groups.map((g) =>
      g.spans.map((s) => {
        const clause = g.sentence.slice(s.start, s.end);
        const page = placeOfSpan(g, s).page;
        return d.expected.some((e) => sameClause(clause, e.clause) && (e.page === undefined || e.page === page)) ? 1 : 0;
      }),
    );
    docs.push({ file, id: d.id, expected: d.expected, groups, features, labels });
  }
}
const files = [...new Set(docs.map((d) => d.file))];
console.log(`${docs.length} documents, ${files.length} files, ${docs.reduce((n, d) => n + d.groups.reduce((m, g) => m + g.spans.length, 0), 0)} spans; read in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** The spans a model keeps in a document: per sentence, the likeliest first, then any other above the threshold not overlapping a kept one. */
export function choose(model: Model, doc: Doc, threshold: number) {
  const found: { page: number; clause: string; p: number }[] = [];
  doc.groups.forEach((g, gi) => {
    const ranked = g.spans.map((s, si) => ({ s, p: predict(model, doc.features[gi]![si]!) })).sort((a, b) => b.p - a.p || a.s.start - b.s.start || a.s.end - b.s.end);
    const kept: typeof ranked = [];
    for (const r of ranked) {
      if (r.p < threshold) break;
      if (kept.every((k) => r.s.end <= k.s.start || r.s.start >= k.s.end)) kept.push(r);
    }
    for (const k of kept) found.push({ page: placeOfSpan(g, k.s).page, clause: g.sentence.slice(k.s.start, k.s.end), p: k.p });
  });
  return found;
}

const asCandidates = (found: { page: number; clause: string; p: number }[]) =>
  found.map((f) => ({ page: f.page, clause: f.clause, score: f.p }) as unknown as import('../src/mine/index.js').Candidate);

const pooled = new Map<number, { tp: number; fp: number; fn: number }>(thresholds.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
if (!pooled.has(primary)) pooled.set(primary, { tp: 0, fp: 0, fn: 0 });
const rows: string[] = [];
for (const file of files) {
  const examples: Example[] = [];
  for (const d of docs) if (d.file !== file) d.features.forEach((g, gi) => g.forEach((features, si) => examples.push({ features, label: d.labels[gi]![si]! })));
  const model = train(examples);
  const held = docs.filter((d) => d.file === file);
  for (const [t, sum] of pooled) {
    const s = score(held.map((d) => ({ id: d.id, found: asCandidates(choose(model, d, t)), expected: d.expected })));
    sum.tp += s.tp;
    sum.fp += s.fp;
    sum.fn += s.fn;
    if (t === primary) rows.push(`| ${file} | ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}) | ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn}) |`);
  }
}
console.log(`\nleave-one-file-out, threshold ${primary}:\n| file | precision | recall |\n|---|---|---|\n${rows.join('\n')}`);
for (const [t, s] of [...pooled].sort((a, b) => a[0] - b[0])) {
  console.log(`pooled at ${t}: precision ${(s.tp / (s.tp + s.fp)).toFixed(3)} (${s.tp}/${s.tp + s.fp}), recall ${(s.tp / (s.tp + s.fn)).toFixed(3)} (${s.tp}/${s.tp + s.fn})`);
}
console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
