import { describe, it } from 'vitest';
import { expectLearnedFloors, inFast, LEARNED_FLOORS } from './floors.js';

// The learned method's floors on the files the fast project leaves out (floors.ts, `inFast`).
describe('mining evaluation, learned method, older files', () => {
  for (const [name, floor] of Object.entries(LEARNED_FLOORS).filter(([name]) => !inFast(name))) {
    it(`${name}, learned method: precision ≥ ${floor.precision}, recall ≥ ${floor.recall}`, () => expectLearnedFloors(name, floor));
  }
});
