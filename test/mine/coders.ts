// How far two people agree on a labelled mining file: the first coding (the fixture) against a
// second, made independently from the same texts (README of test/fixtures/mining, "Second coders").
// Prints totals only, so that it can be run on a held-out file:
// - passages: Cohen's κ on "defines a configured concept" (a passage sets only);
// - definitions: the second coder's clauses scored against the first's by the evaluation's own
//   rule (`score`: same clause, same page), i.e. precision and recall of one person against another,
//   and, on the clauses both marked, how often term, quoted, author, year and ref agree.
//
//   npx tsx test/mine/coders.ts test11.jsonl SECOND.jsonl        (lines {"id", "expected": […]})
//   npx tsx test/mine/coders.ts review-paper-16 SECOND.json      (an expected.json array)
import { readFileSync } from 'node:fs';
import type { Candidate } from '../../src/mine/index.js';
import { cohensKappa } from '../../src/agree/stats.js';
import { readPaper, readPassages, sameClause, score, type Expected } from './evaluation-data.js';

/** A second coder's definition in the shape `score` reads a found candidate in. */
function asFound(e: Expected): Candidate {
  const attribution = {
    ...(e.author !== null ? { author: e.author } : {}),
    ...(e.year !== null ? { year: e.year } : {}),
    ...(e.ref !== null ? { ref: e.ref } : {}),
  };
  return { clause: e.clause, term: e.term, page: e.page ?? 1, quoted: e.quoted, attribution, score: 1 } as unknown as Candidate;
}

/** On the clauses both coders marked (same clause by the evaluation's rule, same page): how many got the same term. */
function sameTerms(first: readonly { id: string; expected: readonly Expected[] }[], second: ReadonlyMap<string, readonly Expected[]>): string {
  let both = 0;
  let same = 0;
  for (const doc of first) {
    for (const e of doc.expected) {
      const match = (second.get(doc.id) ?? []).find((m) => sameClause(m.clause, e.clause) && (e.page === undefined || m.page === e.page));
      if (!match) continue;
      both++;
      if (match.term === e.term) same++;
    }
  }
  return `term ${same} of ${both}`;
}

const [name, secondFile] = process.argv.slice(2);
if (!name || !secondFile) {
  console.error('usage: coders.ts <file.jsonl | paper-dir> <second coding>');
  process.exit(2);
}

let docs: { id: string; expected: readonly Expected[] }[];
let second: Map<string, readonly Expected[]>;
if (name.endsWith('.jsonl')) {
  const passages = readPassages(name);
  if (!passages) throw new Error(`no ${name}`);
  docs = passages.map((p) => ({ id: p.id, expected: p.expected }));
  const lines = readFileSync(secondFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; expected: Expected[] });
  second = new Map(lines.map((l) => [l.id, l.expected]));
  const missing = docs.filter((d) => !second.has(d.id)).length;
  if (missing) throw new Error(`the second coding has no line for ${missing} passage(s)`);
  const { kappa } = cohensKappa(docs.map((d) => [d.expected.length > 0 ? 1 : 0, second.get(d.id)!.length > 0 ? 1 : 0]));
  const yes = (list: readonly boolean[]) => list.filter(Boolean).length;
  console.log(
    `${name}: ${docs.length} passages; defines a concept: first ${yes(docs.map((d) => d.expected.length > 0))}, second ${yes(docs.map((d) => second.get(d.id)!.length > 0))}, Cohen's κ ${kappa?.toFixed(3) ?? 'undefined'}`,
  );
} else {
  const paper = readPaper(name);
  if (!paper) throw new Error(`no ${name}`);
  docs = [{ id: name, expected: paper.expected }];
  second = new Map([[name, JSON.parse(readFileSync(secondFile, 'utf8')) as Expected[]]]);
}

const s = score(docs.map((d) => ({ id: d.id, found: second.get(d.id)!.map(asFound), expected: d.expected })));
const a = s.attribution;
console.log(
  `${name}: definitions first ${s.tp + s.fn}, second ${s.tp + s.fp}, both ${s.tp}: the second against the first, precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}; ` +
    `on the ${a.checked} both marked: ${sameTerms(docs, second)}, quoted ${a.quoted}, author ${a.author}, year ${a.year}, ref ${a.ref}`,
);
