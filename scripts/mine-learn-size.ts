// The shipped model's size against its score: a model keeps the N features of largest weight (shippedWeights), for
// several N, scored by the scorer's rule in sample (trained on every studied file) and, with --rounds, leave-one-round-out
// (each round predicted by the model trained on the other rounds, pruned to N). How MAX_SHIPPED_FEATURES was chosen.
//
//   npx tsx scripts/mine-learn-size.ts [--rounds] [--counts 2000,4000,…]
import { parseArgs } from 'node:util';
import {
  documentsOf,
  fraction,
  prepare,
  ROUNDS,
  scoreModel,
  SHIPPED_MIN_FILES,
  SHIPPED_THRESHOLD,
  shippedWeights,
  studiedFiles,
  trainOn,
  type Prepared,
} from './mine-learn-data.js';

const { values } = parseArgs({
  options: { rounds: { type: 'boolean', default: false }, counts: { type: 'string', default: '1000,2000,4000,6000,8000,10000,12000,14000,100000' } },
});
const counts = values.counts.split(',').map(Number);
const started = performance.now();
const docs = studiedFiles().flatMap((f) => documentsOf(f).map((d) => prepare(d)));
console.log(`${docs.length} documents read in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const bytes = (weights: Record<string, number>) =>
  Object.entries(weights).reduce((n, [name, w]) => n + Buffer.byteLength(JSON.stringify(name)) + String(w).length + 2, 0);

function pooled(parts: readonly { model: Record<string, number>; docs: readonly Prepared[] }[]) {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const { model, docs: scored } of parts) {
    const s = scoreModel({ weights: model }, scored, SHIPPED_THRESHOLD);
    sum.tp += s.tp;
    sum.fp += s.fp;
    sum.fn += s.fn;
  }
  return `precision ${fraction(sum.tp, sum.tp + sum.fp)}, recall ${fraction(sum.tp, sum.tp + sum.fn)}`;
}

const all = trainOn(docs, { minFiles: SHIPPED_MIN_FILES }).weights;
for (const n of counts) {
  const model = shippedWeights(all, n);
  console.log(`in sample, ${Object.keys(model).length} features (~${(bytes(model) / 1024).toFixed(1)} KB of weights): ${pooled([{ model, docs }])}`);
}
if (values.rounds) {
  const models = ROUNDS.map((round) => {
    const t = performance.now();
    const weights = trainOn(
      docs.filter((d) => !round.includes(d.file)),
      { minFiles: SHIPPED_MIN_FILES },
    ).weights;
    console.error(`trained without ${round.join(', ')} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    return { weights, docs: docs.filter((d) => round.includes(d.file)) };
  });
  for (const n of counts)
    console.log(`leave-one-round-out, ${n} features at most: ${pooled(models.map((m) => ({ model: shippedWeights(m.weights, n), docs: m.docs })))}`);
}
