import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';
import { EVALUATION_CONCEPT, minePassages, readPaper, readPassages, sameClause, score, type Scored } from './evaluation-data.js';

// Precision and recall of `mine` at the default threshold on every labelled file present in
// test/fixtures/mining/: the passages of dev.jsonl and test.jsonl (each mined as a one-page
// document) and the review-style papers (pages.json mined as one document, expected.json with
// the page of each definition). A found clause counts when it matches an expected one after
// normalising whitespace, quotes and case, or shares ≥ 90% of the longer one's word tokens
// (see `sameClause`); on a paper it must also be on the expected page. Every candidate that
// matches nothing is a false positive. Floors: precision ≥ 0.9 and recall ≥ 0.9 on each set;
// the found ones' attribution (quoted, author, year, ref) right for ≥ 90% of them.
const FLOOR = 0.9;

function expectFloors(name: string, s: Scored): void {
  const report = `${name}: precision ${s.precision.toFixed(3)} (${s.tp}/${s.tp + s.fp}), recall ${s.recall.toFixed(3)} (${s.tp}/${s.tp + s.fn})\n` +
    `misses:\n  ${s.misses.join('\n  ')}\nfalse positives:\n  ${s.falseAlarms.join('\n  ')}\nattribution:\n  ${s.wrongAttribution.join('\n  ')}`;
  expect(s.precision, report).toBeGreaterThanOrEqual(FLOOR);
  expect(s.recall, report).toBeGreaterThanOrEqual(FLOOR);
  const a = s.attribution;
  for (const field of ['quoted', 'author', 'year', 'ref'] as const) {
    expect(a.checked ? a[field] / a.checked : 1, `${field} right for ${a[field]} of ${a.checked}\n${report}`).toBeGreaterThanOrEqual(FLOOR);
  }
}

describe('mining evaluation', () => {
  for (const file of ['dev.jsonl', 'test.jsonl']) {
    const passages = readPassages(file);
    it.skipIf(!passages)(`${file}: precision and recall ≥ ${FLOOR}`, () => {
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
