import { describe, expect, it } from 'vitest';
import { describeScore, scoreAll } from './references-eval.js';

// parseReferences on the invented reference lists of test/fixtures/mining/references/ (12 styles, 166 entries):
// number, author (as a citation names them) and year exact. The floors sit just under the figures reached
// (bench/RESULTS.md, Mining); `npx tsx test/mine/references-eval.ts --errors` lists the misses.
describe('reference lists in common styles', () => {
  it('reads the number, author and year of each entry', () => {
    const { lists, total } = scoreAll();
    console.log(`reference lists: ${describeScore(total)}`);
    expect(lists).toHaveLength(12);
    expect(total.expected).toBe(166);
    // (before the parser was reworked on this set: 59 exact, author 64, year 124, number 133)
    expect(total.exact).toBeGreaterThanOrEqual(163);
    expect(total.author).toBeGreaterThanOrEqual(164);
    expect(total.year).toBeGreaterThanOrEqual(164);
    expect(total.number).toBeGreaterThanOrEqual(164);
  });
});
