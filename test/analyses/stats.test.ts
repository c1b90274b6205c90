import { describe, expect, it } from 'vitest';
import { averageRanks, chiSquare1Tail, cochranArmitage, median } from '../../src/analyses/stats.js';

describe('Cochran–Armitage test for trend (R prop.trend.test)', () => {
  // R's own example output, tests/Examples/stats-Ex.Rout.save (R 4.5 sources, example of prop.trend.test):
  //   smokers <- c(83, 90, 129, 70); patients <- c(86, 93, 136, 82)
  //   prop.trend.test(smokers, patients)              X-squared = 8.2249, df = 1, p-value = 0.004132
  //   prop.trend.test(smokers, patients, c(0,0,0,1))  X-squared = 12.173, df = 1, p-value = 0.0004848
  it('matches R on the smokers example, default and custom scores', () => {
    const a = cochranArmitage([83, 90, 129, 70], [86, 93, 136, 82])!;
    expect(a.statistic).toBeCloseTo(8.2249, 4);
    expect(a.pValue).toBeCloseTo(0.004132, 6);
    expect(a.direction).toBe(-1);
    const b = cochranArmitage([83, 90, 129, 70], [86, 93, 136, 82], [0, 0, 0, 1])!;
    expect(b.statistic).toBeCloseTo(12.173, 3);
    expect(b.pValue).toBeCloseTo(0.0004848, 7);
  });

  // Published R output (Framingham cholesterol by age group): prop.trend.test(c(2322, 909, 92),
  // c(3015, 1030, 104)) gives X-squared = 59.974, p-value = 9.611e-15: a p far in the tail, which
  // 1 − cdf could not give.
  it('keeps its digits far in the tail', () => {
    const t = cochranArmitage([2322, 909, 92], [3015, 1030, 104])!;
    expect(t.statistic).toBeCloseTo(59.974, 3);
    expect(t.pValue / 9.611e-15).toBeCloseTo(1, 3);
    expect(t.direction).toBe(1);
  });

  it('works a small case by hand', () => {
    // x = (2, 1, 1) of n = (2, 2, 2): p̄ = 2/3, Σnt = 12, Σnt² = 28, Σxt = 7;
    // T = 7 − 2/3 × 12 = −1, V = 2/3 × 1/3 × (28 − 144/6) = 8/9, χ² = 1 / (8/9) = 1.125.
    const t = cochranArmitage([2, 1, 1], [2, 2, 2])!;
    expect(t.statistic).toBeCloseTo(1.125, 12);
    expect(t.pValue).toBeCloseTo(0.288844366, 8); // erfc(√(1.125/2)) = erfc(0.75)
    expect(t.direction).toBe(-1);
  });

  it('has nothing to test with one group, or a share of 0 or 1', () => {
    expect(cochranArmitage([3], [5])).toBeUndefined();
    expect(cochranArmitage([3, 0], [5, 0])).toBeUndefined();
    expect(cochranArmitage([0, 0, 0], [4, 5, 6])).toBeUndefined();
    expect(cochranArmitage([4, 5, 6], [4, 5, 6])).toBeUndefined();
    expect(cochranArmitage([0, 0], [0, 0])).toBeUndefined();
  });
});

describe('helpers', () => {
  it('chi-square 1 df upper tail: 3.841459 is the 5% point', () => {
    expect(chiSquare1Tail(3.841459)).toBeCloseTo(0.05, 7);
    expect(chiSquare1Tail(0)).toBe(1);
  });

  it('median and average ranks as R computes them', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
    // rank(c(10, 20, 20, 5)) = 2, 3.5, 3.5, 1
    expect(averageRanks([10, 20, 20, 5])).toEqual([2, 3.5, 3.5, 1]);
  });
});
