// The lexical model's learning curve: each studied file predicted by a model trained on k of the other files
// (chosen by a seeded shuffle, the same for every k), pooled by the scorer's rule, for several k. Whether more
// labelled files would help a learned miner, where more rules from studied errors have not.
//
//   npx tsx scripts/mine-learn-curve.ts [--threshold 0.7]
import { documentsOf, fraction, prepare, scoreModel, studiedFiles, trainOn } from './mine-learn-data.js';

const at = process.argv.indexOf('--threshold');
const threshold = at >= 0 ? Number(process.argv[at + 1]) : 0.7;
const docs = studiedFiles().flatMap((file) => documentsOf(file).map((d) => prepare(d, { noRules: true })));
const files = [...new Set(docs.map((d) => d.file))];
// A fixed order of the other files for each held-out file: rotate the sorted list past it.
for (const k of [4, 7, 14, 21, 28]) {
  const sum = { tp: 0, fp: 0, fn: 0 };
  files.forEach((file, i) => {
    const others = [...files.slice(i + 1), ...files.slice(0, i)].filter((_, j) => j % Math.max(1, Math.floor(28 / k)) === 0).slice(0, k);
    const model = trainOn(docs.filter((d) => others.includes(d.file)));
    const s = scoreModel(
      model,
      docs.filter((d) => d.file === file),
      threshold,
    );
    sum.tp += s.tp;
    sum.fp += s.fp;
    sum.fn += s.fn;
  });
  console.log(`trained on ${k} files: precision ${fraction(sum.tp, sum.tp + sum.fp)}, recall ${fraction(sum.tp, sum.tp + sum.fn)}`);
}
