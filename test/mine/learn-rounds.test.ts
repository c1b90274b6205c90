import { describe, expect, it } from 'vitest';
import { ROUNDS, studiedFiles } from '../../scripts/mine-learn-data.js';

// scripts/mine-learn-rounds.ts leaves each round out in turn: a studied file missing from ROUNDS (a round released for
// study and not added) would be trained on in every fold, and a held-out file listed there would be read.
describe('learned miner: the rounds of leave-one-round-out', () => {
  it('lists every studied file in exactly one round, and nothing else', () => {
    expect(ROUNDS.flat().sort()).toEqual(studiedFiles());
  });
});
