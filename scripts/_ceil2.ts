import { documentsOf, prepare, studiedFiles } from './mine-learn-data.js';
let n = 0, hit = 0;
for (const f of studiedFiles()) for (const d of documentsOf(f)) {
  const p = prepare(d, { noRules: true });
  const full = prepare(d, {});
  for (const e of d.expected) {
    n++;
    const { sameClause } = await import('../test/mine/evaluation-data.js');
    if (p.groups.some((g, gi) => g.spans.some((s, si) => p.labels[gi]![si] === 1 && sameClause(g.sentence.slice(s.start, s.end), e.clause)))) { hit++; continue; }
    const g = full.groups.find((g) => g.rules.some((r) => sameClause(r.clause, e.clause)));
    const r = g?.rules.find((r) => sameClause(r.clause, e.clause));
    console.log(`${d.id} [${r?.pattern} ${r?.context} ${g?.unit ? 'prose' : 'apart'}] ${e.clause.slice(0, 100)}\n    sentence: ${g?.sentence.slice(0, 160)}`);
  }
}
console.log(hit, n);
