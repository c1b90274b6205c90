import { choose, documentsOf, prepare, studiedFiles, trainOn } from './mine-learn-data.js';
import { sameClause } from '../test/mine/evaluation-data.js';
const without = new Set('test10.jsonl,review-paper-14,review-paper-15,test11.jsonl,review-paper-16,review-paper-17'.split(','));
const noRules = !process.argv.includes('--rules');
const docs = studiedFiles().filter((f) => !without.has(f)).flatMap((f) => documentsOf(f).map((d) => prepare(d, { noRules })));
let fpBoundary = 0, fpNone = 0, fnNoPick = 0, fnWrongSpan = 0, fnCeil = 0;
for (const file of [...new Set(docs.map((d) => d.file))]) {
  const model = trainOn(docs.filter((d) => d.file !== file));
  for (const d of docs.filter((x) => x.file === file)) {
    const found = choose(model, d, 0.5);
    // sentences containing a positive span
    const posSentences = new Set(d.groups.filter((g, gi) => d.labels[gi]!.some((l) => l === 1)).map((g) => g.sentence));
    for (const f of found) {
      const ok = d.expected.some((e) => sameClause(f.clause, e.clause));
      if (ok) continue;
      const g = d.groups.find((g) => g.sentence.includes(f.clause));
      if (g && posSentences.has(g.sentence)) fpBoundary++; else fpNone++;
    }
    for (const e of d.expected) {
      if (found.some((f) => sameClause(f.clause, e.clause))) continue;
      const gi = d.groups.findIndex((g, gi) => g.spans.some((s, si) => d.labels[gi]![si] === 1 && sameClause(g.sentence.slice(s.start, s.end), e.clause)));
      if (gi < 0) { fnCeil++; continue; }
      const g = d.groups[gi]!;
      if (found.some((f) => g.sentence.includes(f.clause))) fnWrongSpan++; else fnNoPick++;
    }
  }
}
console.log({ fpBoundary, fpNone, fnNoPick, fnWrongSpan, fnCeil });
