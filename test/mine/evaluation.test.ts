import { describe, expect, it } from 'vitest';
import { readPaper, readPassages, sameAuthor, sameClause, score } from './evaluation-data.js';
import { expectLearnedFloors, expectRulesFloors, FLOORS, inFast, LEARNED_FLOORS, PAPERS, PASSAGE_FILES } from './floors.js';

// Precision and recall of `mine` at the default threshold on the newest rounds' labelled files, by the rules and by the
// learned method (the floors and their history are in floors.ts; the older files' floors, both methods, are in
// evaluation-rules.slow.test.ts and evaluation-learned.slow.test.ts: `inFast`); each paper mined from its paper.pdf is
// checked in evaluation-pdf.slow.test.ts.
describe('mining evaluation', () => {
  for (const file of PASSAGE_FILES.filter(inFast)) {
    it.skipIf(!readPassages(file))(`${file}: precision ≥ ${FLOORS[file]!.precision}, recall ≥ ${FLOORS[file]!.recall}`, () => expectRulesFloors(file));
  }

  for (const dir of PAPERS.filter(inFast)) {
    it.skipIf(!readPaper(dir))(`${dir}: finds its definitions with page and attribution, nothing else`, () => expectRulesFloors(dir));
  }

  for (const [name, floor] of Object.entries(LEARNED_FLOORS).filter(([name]) => inFast(name))) {
    it(`${name}, learned method: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => expectLearnedFloors(name, floor));
  }

  it('holds every labelled file (the floors above are not vacuous)', () => {
    // test22.jsonl is short of its brief's 90 (32 passages: its labeller ran out of time; fixtures README).
    for (const file of PASSAGE_FILES) expect(readPassages(file)?.length ?? 0, file).toBeGreaterThanOrEqual(file === 'test22.jsonl' ? 30 : 60);
    for (const dir of PAPERS) expect(readPaper(dir)?.expected.length ?? 0, dir).toBeGreaterThanOrEqual(10);
  });

  it('matches clauses by the stated rule, and the rule can fail', () => {
    expect(sameClause('A smart city is “a city that uses ICT”', 'A smart city is "a city that uses ICT"')).toBe(true);
    expect(
      sameClause(
        'A smart city is a city that uses ICT to improve the lives of its many residents',
        'A smart city is a city that uses ICT to improve the lives of its residents',
      ),
    ).toBe(true);
    expect(sameClause('For planners, a smart city is a city that uses ICT', 'a smart city is a city that uses ICT')).toBe(false);
    const s = score([{ id: 'x', found: [], expected: [{ clause: 'a', term: 'smart city', quoted: false, author: null, year: null, ref: null }] }]);
    expect([s.precision, s.recall]).toEqual([1, 0]);
  });

  it('compares authors by the settled convention, and the comparison can fail', () => {
    expect(sameAuthor('Marsh & Oduya', 'Marsh and Oduya')).toBe(true);
    expect(sameAuthor('the Smart Cities Council', 'Smart Cities Council')).toBe(true);
    expect(sameAuthor('Höjer', 'Hojer')).toBe(true);
    expect(sameAuthor('Jane Okafor', 'Okafor')).toBe(false);
    expect(sameAuthor('Marsh', 'Marsh and Oduya')).toBe(false);
    expect(sameAuthor(undefined, null)).toBe(true);
  });
});
