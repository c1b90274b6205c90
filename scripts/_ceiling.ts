import { documentsOf, studiedFiles } from '../scripts/mine-learn-data.js';
import { documentSpans, placeOfSpan } from '../src/mine/learn/candidates.js';
import { EVALUATION_CONCEPT, sameClause } from '../test/mine/evaluation-data.js';
let total = 0, anySpan = 0, anyRule = 0, nSpans = 0, nGroups = 0;
const missed: string[] = [];
const t0 = performance.now();
for (const file of studiedFiles()) {
  let ft = 0, fa = 0, fr = 0;
  for (const doc of documentsOf(file)) {
    const { groups } = documentSpans(doc.pages, EVALUATION_CONCEPT);
    const all = groups.flatMap((g) => g.spans.map((s) => ({ clause: g.sentence.slice(s.start, s.end), page: placeOfSpan(g, s).page, rule: s.rule })));
    nSpans += all.length; nGroups += groups.length;
    for (const e of doc.expected) {
      ft++;
      const ok = (c: { clause: string; page: number }) => sameClause(c.clause, e.clause) && (e.page === undefined || c.page === e.page);
      if (all.some(ok)) fa++; else missed.push(`${doc.id}: ${e.clause}`);
      if (groups.some((g) => g.rules.some(ok))) fr++;
    }
  }
  total += ft; anySpan += fa; anyRule += fr;
  console.log(file, ft, 'spans', fa, 'rules@0', fr);
}
console.log('total', total, 'spans ceiling', anySpan, (anySpan / total).toFixed(3), 'rules@0 ceiling', anyRule, (anyRule / total).toFixed(3), 'spans', nSpans, 'groups', nGroups, ((performance.now() - t0) / 1000).toFixed(1), 's');
console.log(missed.join('\n'));
