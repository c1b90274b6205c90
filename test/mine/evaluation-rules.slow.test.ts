import { describe, it } from 'vitest';
import { readPaper, readPassages } from './evaluation-data.js';
import { expectRulesFloors, FLOORS, inFast, PAPERS, PASSAGE_FILES } from './floors.js';

// The rules' floors on the files the fast project leaves out (floors.ts, `inFast`): the same tests, by the same names,
// as evaluation.test.ts gives the newest files.
describe('mining evaluation', () => {
  for (const file of PASSAGE_FILES.filter((f) => !inFast(f))) {
    it.skipIf(!readPassages(file))(`${file}: precision ≥ ${FLOORS[file]!.precision}, recall ≥ ${FLOORS[file]!.recall}`, () => expectRulesFloors(file));
  }

  for (const dir of PAPERS.filter((d) => !inFast(d))) {
    it.skipIf(!readPaper(dir))(`${dir}: finds its definitions with page and attribution, nothing else`, () => expectRulesFloors(dir));
  }
});
