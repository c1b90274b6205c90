import { describe, expect, it } from 'vitest';
import { adjustedResiduals, benjaminiHochberg, chiSquare, expectedCounts, fisherExact2xC } from '../../src/tabulate/stats.js';

describe('statistics, against values worked by hand and R', () => {
  // Expected: rows 30/70, columns 40/60, N 100 → [[12, 18], [28, 42]].
  const table = [
    [10, 20],
    [30, 40],
  ];

  it('expected counts', () => {
    expect(expectedCounts(table)).toEqual([
      [12, 18],
      [28, 42],
    ]);
  });

  it("Pearson's chi-square: 4/12 + 4/18 + 4/28 + 4/42, p as R's chisq.test(correct = FALSE)", () => {
    const r = chiSquare(table);
    expect(r.statistic).toBeCloseTo(4 / 12 + 4 / 18 + 4 / 28 + 4 / 42, 10);
    expect(r.df).toBe(1);
    expect(r.pValue).toBeCloseTo(0.373, 3);
  });

  it('adjusted residuals: (10 − 12) / √(12 · 0.7 · 0.6), and ±√χ² in a 2 × 2 table', () => {
    const r = adjustedResiduals(table);
    expect(r[0]![0]).toBeCloseTo(-2 / Math.sqrt(12 * 0.7 * 0.6), 10);
    expect(Math.abs(r[1]![1]!)).toBeCloseTo(Math.sqrt(chiSquare(table).statistic), 10);
  });

  it("Fisher's exact test: the lady tasting tea, and the textbook 2 × 2 example", () => {
    expect(
      fisherExact2xC([
        [3, 1],
        [1, 3],
      ]),
    ).toBeCloseTo(0.4857, 4);
    expect(
      fisherExact2xC([
        [1, 9],
        [11, 3],
      ]),
    ).toBeCloseTo(0.002759, 6);
  });

  it('Fisher on a 2 × c table sums the tables at most as likely as the observed one', () => {
    // Margins: columns 2, 2, 2; first row 3. Tables (x1, x2, x3) with sum 3, each ≤ 2:
    // (2,1,0)×6 perms prob C(2,2)C(2,1)C(2,0)/C(6,3) = 2/20 each, (1,1,1) prob 8/20.
    expect(
      fisherExact2xC([
        [1, 1, 1],
        [1, 1, 1],
      ]),
    ).toBeCloseTo(1, 10);
    expect(
      fisherExact2xC([
        [2, 1, 0],
        [0, 1, 2],
      ]),
    ).toBeCloseTo(12 / 20, 10);
  });

  it('Benjamini–Hochberg', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.005]);
    expect(q.map((x) => +x.toFixed(10))).toEqual([0.02, 0.04, 0.04, 0.02]);
  });
});
