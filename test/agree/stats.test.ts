import { describe, expect, test } from 'vitest';
import { alphaLabel, cohensKappa, kappaLabel, krippendorffAlpha, precisionRecall } from '../../src/agree/stats.js';

/** Columns of coder rows → units (each unit: the coders' values, undefined = not coded). */
const units = (coders: readonly (readonly (number | undefined)[])[]) => coders[0]!.map((_, u) => coders.map((row) => row[u]));
const _ = undefined;

describe("Krippendorff's alpha (nominal)", () => {
  test('the 4-coder, 12-unit reliability data with missing values: α = 0.743', () => {
    // Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability, §C "Nominal data, any
    // number of observers, missing data" (https://repository.upenn.edu/asc_papers/43): α = 0.743.
    // The same data is the example of R's irr::kripp.alpha (matrix `nmm`, "the C data from
    // Krippendorff"), whose nominal value is 0.743.
    const data = units([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    const a = krippendorffAlpha(data);
    // Unit 12 has a single value: not pairable. 40 values remain.
    expect(a.values).toBe(40);
    expect(a.alpha!.toFixed(3)).toBe('0.743');
    // By hand: off-diagonal coincidences come from unit 2 (6 ordered pairs × 1/3), unit 6 (12 × 1/3)
    // and unit 8 (6 × 1/3): 8 of 40, so D_o = 0.2.
    expect(a.observedDisagreement).toBeCloseTo(0.2, 12);
  });

  test('the 3-coder, 15-unit example of the Wikipedia article: α = 0.691', () => {
    // The computational example of the Wikipedia article "Krippendorff's alpha", also the first test
    // of the Python package krippendorff (fast-krippendorff, tests/test_krippendorff.py: 0.691358).
    const data = units([
      [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
      [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
      [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
    ]);
    expect(krippendorffAlpha(data).alpha!.toFixed(6)).toBe('0.691358');
  });

  test('binary data, two coders, no missing values: worked by hand', () => {
    // Krippendorff (2011) §A uses these data (α = 0.095). By hand: 20 values, 14 zeros and 6 ones;
    // 4 units disagree, so the coincidence o_01 = o_10 = 4 and α = 1 − (n − 1)·o_01 / (n_0·n_1) = 1 − 19·4/84.
    const data = units([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    const a = krippendorffAlpha(data);
    expect(a.alpha).toBeCloseTo(1 - 76 / 84, 12);
    expect(a.alpha!.toFixed(3)).toBe('0.095');
  });

  test('perfect agreement is 1; all one value is undefined, not 1 or 0; nothing pairable is undefined', () => {
    expect(
      krippendorffAlpha(
        units([
          [0, 1, 1, 0],
          [0, 1, 1, 0],
        ]),
      ).alpha,
    ).toBe(1);
    expect(
      krippendorffAlpha(
        units([
          [1, 1, 1],
          [1, 1, 1],
        ]),
      ).alpha,
    ).toBeUndefined();
    expect(
      krippendorffAlpha(
        units([
          [1, _, 0],
          [_, 1, _],
        ]),
      ).alpha,
    ).toBeUndefined();
  });

  test('categories may be strings and coders any number', () => {
    const a = krippendorffAlpha([
      ['a', 'a', 'a'],
      ['b', 'b', undefined],
      ['a', 'b', 'b'],
    ]);
    // By hand, 8 values. Unit 1: 3 values a,a,a → o_aa += 6/2 = 3. Unit 2: b,b → o_bb += 2. Unit 3: a,b,b → o_ab = o_ba += 2/2 = 1 each, o_bb += 2/2 = 1.
    // n_a = 4, n_b = 4, n = 8; D_o = 2/8; D_e = (8·7 − 4·3 − 4·3)/(8·7) = 32/56. α = 1 − (2/8)/(32/56) = 1 − 0.4375.
    expect(a.alpha).toBeCloseTo(0.5625, 12);
  });
});

describe("Cohen's kappa", () => {
  test('a textbook example: 20 patients, two doctors, κ = 0.21', () => {
    // easycalculation.com, "Cohen's kappa index" worked example
    // (https://www.easycalculation.com/statistics/learn-cohens-kappa-index.php): both yes 12,
    // B yes/A no 2, B no/A yes 4, both no 2 → Pr(a) = 0.7, Pr(e) = 0.62, κ = 0.08/0.38 = 0.21.
    const pairs: [number, number][] = [
      ...Array.from({ length: 12 }, () => [1, 1] as [number, number]),
      ...Array.from({ length: 2 }, () => [0, 1] as [number, number]),
      ...Array.from({ length: 4 }, () => [1, 0] as [number, number]),
      ...Array.from({ length: 2 }, () => [0, 0] as [number, number]),
    ];
    const k = cohensKappa(pairs);
    expect(k.observed).toBeCloseTo(0.7, 12);
    expect(k.expected).toBeCloseTo(0.62, 12);
    expect(k.kappa).toBeCloseTo(0.08 / 0.38, 12);
    expect(k.kappa!.toFixed(2)).toBe('0.21');
  });

  test("Krippendorff's binary data by hand: p_o = 0.6, p_e = 0.56, κ = 0.04/0.44", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const k = cohensKappa(a.map((v, i) => [v, b[i]!]));
    expect(k.observed).toBeCloseTo(0.6, 12);
    expect(k.expected).toBeCloseTo(0.2 * 0.4 + 0.8 * 0.6, 12);
    expect(k.kappa).toBeCloseTo(0.04 / 0.44, 12);
  });

  test('undefined when both coders use one and the same value (p_e = 1), never 1 or 0', () => {
    expect(
      cohensKappa([
        [0, 0],
        [0, 0],
        [0, 0],
      ]).kappa,
    ).toBeUndefined();
    expect(cohensKappa([[1, 1]]).kappa).toBeUndefined();
    expect(cohensKappa([]).kappa).toBeUndefined();
    // Each constant but different values: p_e = 0, no agreement at all.
    expect(
      cohensKappa([
        [0, 1],
        [0, 1],
      ]).kappa,
    ).toBe(0);
  });

  test('perfect agreement 1, chance agreement 0, systematic disagreement negative', () => {
    expect(
      cohensKappa([
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
      ]).kappa,
    ).toBe(1);
    expect(
      cohensKappa([
        [1, 1],
        [1, 0],
        [0, 1],
        [0, 0],
      ]).kappa,
    ).toBe(0);
    expect(
      cohensKappa([
        [1, 0],
        [0, 1],
      ]).kappa,
    ).toBe(-1);
  });

  test('Landis & Koch and Krippendorff labels', () => {
    expect([0.1, 0.3, 0.5, 0.7, 0.85, -0.1, undefined].map(kappaLabel)).toEqual([
      'slight',
      'fair',
      'moderate',
      'substantial',
      'almost perfect',
      'poor',
      'undefined',
    ]);
    expect([0.85, 0.7, 0.5, undefined].map(alphaLabel)).toEqual(['reliable', 'tentative', 'unreliable', 'undefined']);
  });
});

describe('precision and recall of the compared coder against the reference', () => {
  test('counts and shares', () => {
    const r = precisionRecall([
      [1, 1],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ]);
    expect(r).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
    expect(r.precision).toBeCloseTo(2 / 3, 12);
    expect(r.recall).toBeCloseTo(2 / 3, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });
  test('undefined where there is nothing to measure', () => {
    expect(precisionRecall([[0, 0]])).toMatchObject({ precision: undefined, recall: undefined, f1: undefined });
    expect(precisionRecall([[1, 0]])).toMatchObject({ precision: undefined, recall: 0, f1: undefined });
    expect(precisionRecall([[0, 1]])).toMatchObject({ precision: 0, recall: undefined });
  });
});
