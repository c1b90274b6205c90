import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { shippedModelText } from '../../scripts/mine-learn-data.js';

// The shipped model is what `npm run train:mine` makes from the studied files today: a change to the spans, the
// features, the rules or the labelled files that moves it is caught here (retrain, and rescore before shipping).
it('the shipped model of the learned miner is rebuilt byte-identically from the studied files', () => {
  const shipped = readFileSync(new URL('../../src/mine/learn/model.json', import.meta.url), 'utf8');
  expect(shippedModelText() === shipped).toBe(true);
  // (training to convergence took 81 s in CI beside the other slow tests on two cores; a slower machine gets room)
}, 600_000);
