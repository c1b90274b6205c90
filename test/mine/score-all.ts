// Scores `mine` on every labelled file of test/fixtures/mining/ that is not held out (HELD_OUT in evaluation-data.ts)
// and prints each file's counts and the pooled precision and recall, so that a change can be checked on all of them.
//
//   npx tsx test/mine/score-all.ts [--method rules|learned] [--errors]
import { MINE_METHODS, mineBy } from '../../src/mine/method.js';
import { EVALUATION_CONCEPT, HELD_OUT, minePassages, PAPERS, PASSAGE_FILES, readPaper, readPassages, score } from './evaluation-data.js';

const flags = process.argv.slice(2);
const methodFlag = flags.includes('--method') ? flags[flags.indexOf('--method') + 1] : 'rules';
const method = MINE_METHODS.find((m) => m === methodFlag);
if (!method) {
  console.error(`Expected --method rules or learned; found \`${methodFlag}\``);
  process.exit(2);
}
const mine = (pages: readonly string[]) => mineBy(method, pages, { concept: EVALUATION_CONCEPT });
const files = [...PASSAGE_FILES, ...PAPERS].filter((f) => !HELD_OUT.has(f));
let tp = 0;
let fp = 0;
let fn = 0;
for (const file of files) {
  const paper = file.endsWith('.jsonl') ? undefined : readPaper(file)!;
  const s = paper ? score([{ id: file, found: mine(paper.pages), expected: paper.expected }]) : score(minePassages(readPassages(file)!, mine));
  tp += s.tp;
  fp += s.fp;
  fn += s.fn;
  const a = s.attribution;
  console.log(
    `${file}: precision ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}), recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn}); quoted ${a.quoted}, author ${a.author}, year ${a.year}, ref ${a.ref} of ${a.checked}`,
  );
  if (flags.includes('--errors')) for (const line of [...s.misses.map((m) => `miss ${m}`), ...s.falseAlarms.map((f) => `false ${f}`)]) console.log(`  ${line}`);
}
console.log(
  `pooled (${files.length} files, ${method}): precision ${(tp / (tp + fp)).toFixed(3)} (${tp}/${tp + fp}), recall ${(tp / (tp + fn)).toFixed(3)} (${tp}/${tp + fn})`,
);
process.exit(0);
