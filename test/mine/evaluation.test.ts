import { describe, expect, it } from 'vitest';
import { mineDefinitions } from '../../src/mine/index.js';
import { EVALUATION_CONCEPT, minePassages, readPaper, readPassages, sameAuthor, sameClause, score } from './evaluation-data.js';
import { expectFloors, expectLearnedFloors, FLOORS, LEARNED_FLOORS, learnedInFast, PAPERS, PASSAGE_FILES } from './floors.js';

// Precision and recall of `mine` at the default threshold on every labelled file (the floors and their history are in
// floors.ts); each paper mined from its paper.pdf is checked in evaluation-pdf.slow.test.ts.
describe('mining evaluation', () => {
  for (const file of PASSAGE_FILES) {
    const passages = readPassages(file);
    it.skipIf(!passages)(`${file}: precision ≥ ${FLOORS[file]!.precision}, recall ≥ ${FLOORS[file]!.recall}`, () => {
      expectFloors(file, score(minePassages(passages!)));
    });
  }

  for (const dir of PAPERS) {
    const paper = readPaper(dir);
    it.skipIf(!paper)(`${dir}: finds its definitions with page and attribution, nothing else`, () => {
      const found = mineDefinitions(paper!.pages, { concept: EVALUATION_CONCEPT });
      expectFloors(dir, score([{ id: dir, found, expected: paper!.expected }]));
    });
  }

  for (const [name, floor] of Object.entries(LEARNED_FLOORS).filter(([name]) => learnedInFast(name))) {
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
