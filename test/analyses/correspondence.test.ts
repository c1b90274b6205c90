import { describe, expect, it } from 'vitest';
import { correspondence } from '../../src/analyses/correspondence.js';
import type { CorrespondenceAnalysis } from '../../src/model/index.js';

// Greenacre's smoking data (staff group × smoking), the `smoke` data set of R's `ca` package.
const SMOKE = [
  [4, 2, 3, 2],
  [4, 3, 7, 4],
  [25, 10, 12, 4],
  [18, 24, 33, 13],
  [10, 6, 7, 2],
];
const ROWS = ['SM', 'JM', 'SE', 'JE', 'SC'];
const COLS = ['none', 'light', 'medium', 'heavy'];

/** Standard coordinates (what `ca` prints): principal / √λ. */
const standard = (ca: CorrespondenceAnalysis, side: 'rows' | 'cols', k: number) => ca[side].map((p) => p.coordinates[k]! / Math.sqrt(ca.inertias[k]!));

describe('correspondence analysis against ca::ca(smoke)', () => {
  // Nenadić & Greenacre (2007), "Correspondence analysis in R, with two- and three-dimensional
  // graphics: the ca package", J. Stat. Software 20(3); `ca(smoke)` prints:
  //   Principal inertias: 0.074759 0.010017 0.000414
  //   Rows  Mass 0.056995 0.093264 0.264249 0.455959 0.129534
  //         Inertia 0.002673 0.011881 0.038314 0.026269 0.006053
  //         Dim. 1 -0.240539 0.947105 -1.391973 0.851989 -0.735456
  //         Dim. 2 -1.935708 -2.430958 -0.106508 0.576944 0.788435
  //   Columns Mass 0.316062 0.233161 0.321244 0.129534
  //         Dim. 1 -1.438471 0.363746 0.718017 1.074445
  //         Dim. 2 -0.304659 1.409433 0.073528 -1.975960
  // (standard coordinates; a dimension's sign is arbitrary, so each is compared up to sign).
  const ca = correspondence(SMOKE, ROWS, COLS, 'sector');

  it('has the published principal inertias and masses', () => {
    expect(ca.inertias.map((x) => Number(x.toFixed(6)))).toEqual([0.074759, 0.010017, 0.000414]);
    expect(ca.rows.map((p) => Number(p.mass.toFixed(6)))).toEqual([0.056995, 0.093264, 0.264249, 0.455959, 0.129534]);
    expect(ca.cols.map((p) => Number(p.mass.toFixed(6)))).toEqual([0.316062, 0.233161, 0.321244, 0.129534]);
    expect(ca.rows.map((p) => Number((p.inertia * ca.totalInertia).toFixed(6)))).toEqual([0.002673, 0.011881, 0.038314, 0.026269, 0.006053]);
  });

  it('has the published coordinates, up to the sign of each dimension', () => {
    const published = {
      rows: [
        [-0.240539, 0.947105, -1.391973, 0.851989, -0.735456],
        [-1.935708, -2.430958, -0.106508, 0.576944, 0.788435],
      ],
      cols: [
        [-1.438471, 0.363746, 0.718017, 1.074445],
        [-0.304659, 1.409433, 0.073528, -1.97596],
      ],
    };
    for (const k of [0, 1]) {
      // One flip per dimension, for rows and columns together (the SE row is far from 0 on both).
      const flip = Math.sign(standard(ca, 'rows', k)[2]!) === Math.sign(published.rows[k]![2]!) ? 1 : -1;
      for (const side of ['rows', 'cols'] as const) standard(ca, side, k).forEach((x, i) => expect(flip * x).toBeCloseTo(published[side][k]![i]!, 5));
    }
  });

  it("puts each dimension's furthest factor on the positive side (SE on 1, JM on 2)", () => {
    expect(ca.rows[2]!.coordinates[0]).toBeGreaterThan(0);
    expect(ca.rows[1]!.coordinates[1]).toBeGreaterThan(0);
  });
});

describe('correspondence analysis: properties', () => {
  const ca = correspondence(SMOKE, ROWS, COLS, 'sector');
  const n = SMOKE.flat().reduce((a, b) => a + b, 0);

  it('total inertia = χ² / n = the sum of the principal inertias', () => {
    let chi = 0;
    const rs = SMOKE.map((r) => r.reduce((a, b) => a + b, 0));
    const cs = COLS.map((_, j) => SMOKE.reduce((a, r) => a + r[j]!, 0));
    SMOKE.forEach((row, i) => row.forEach((o, j) => (chi += (o - (rs[i]! * cs[j]!) / n) ** 2 / ((rs[i]! * cs[j]!) / n))));
    expect(ca.chiSquare).toBeCloseTo(chi, 9);
    expect(ca.totalInertia).toBeCloseTo(chi / n, 12);
    expect(ca.inertias.reduce((a, b) => a + b, 0)).toBeCloseTo(ca.totalInertia, 12);
  });

  it('coordinates are centred and orthogonal with the masses, and of variance λ', () => {
    for (const side of [ca.rows, ca.cols]) {
      for (let k = 0; k < 3; k++) {
        expect(side.reduce((s, p) => s + p.mass * p.coordinates[k]!, 0)).toBeCloseTo(0, 12);
        for (let l = 0; l < 3; l++) {
          const dot = side.reduce((s, p) => s + p.mass * p.coordinates[k]! * p.coordinates[l]!, 0);
          expect(dot).toBeCloseTo(k === l ? ca.inertias[k]! : 0, 12);
        }
      }
    }
  });

  it('reconstructs the table: pᵢⱼ = rᵢ cⱼ (1 + Σₖ fᵢₖ gⱼₖ / √λₖ)', () => {
    ca.rows.forEach((r, i) =>
      ca.cols.forEach((c, j) => {
        const sum = ca.inertias.reduce((s, lambda, k) => s + (r.coordinates[k]! * c.coordinates[k]!) / Math.sqrt(lambda), 0);
        expect(r.mass * c.mass * (1 + sum) * n).toBeCloseTo(SMOKE[i]![j]!, 9);
      }),
    );
  });

  it("contributions add to 1 per dimension; a point's qualities add to 1 over all dimensions", () => {
    for (const side of [ca.rows, ca.cols]) {
      for (let k = 0; k < 3; k++) expect(side.reduce((s, p) => s + p.contributions[k]!, 0)).toBeCloseTo(1, 12);
      for (const p of side) expect(p.quality.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});

describe('correspondence analysis: small tables by hand', () => {
  it('2 × 2: one dimension, the rows at ± their χ² distance', () => {
    // [[3, 1], [1, 3]]: n = 8, masses ½; χ² = 8 (9 − 1)² / 4⁴ = 2, inertia 2/8 = 0.25. Row
    // profiles (¾ ¼), (¼ ¾), centroid (½ ½): distance² = 2 × (¼)² / ½ = ¼, so ±0.5; λ = ½ ¼ + ½ ¼.
    const ca = correspondence(
      [
        [3, 1],
        [1, 3],
      ],
      ['a', 'b'],
      ['x', 'y'],
      'sector',
    );
    expect(ca.inertias).toHaveLength(1);
    expect(ca.inertias[0]).toBeCloseTo(0.25, 12);
    expect(ca.chiSquare).toBeCloseTo(2, 12);
    expect(ca.rows.map((p) => p.coordinates[0])).toEqual([expect.closeTo(0.5, 12), expect.closeTo(-0.5, 12)]);
    expect(ca.cols.map((p) => Math.abs(p.coordinates[0]!))).toEqual([expect.closeTo(0.5, 12), expect.closeTo(0.5, 12)]);
  });

  it('2 × 3: a column at the centre has coordinate 0, quality 0 and no contribution', () => {
    // [[2, 0, 1], [0, 2, 1]]: row profiles (⅔ 0 ⅓), (0 ⅔ ⅓), centroid (⅓ ⅓ ⅓): distance² =
    // 2 (⅓)² / ⅓ = ⅔, so rows at ±√⅔ = ±0.8165, λ = ⅔, χ² = 6 × ⅔ = 4 (every expected count is 1).
    // Column profiles (1 0), (0 1), (½ ½) against (½ ½): ±1 and 0.
    const ca = correspondence(
      [
        [2, 0, 1],
        [0, 2, 1],
      ],
      ['a', 'b'],
      ['x', 'y', 'z'],
      'period',
    );
    expect(ca.inertias).toEqual([expect.closeTo(2 / 3, 12)]);
    expect(ca.chiSquare).toBeCloseTo(4, 12);
    expect(ca.rows.map((p) => p.coordinates[0])).toEqual([expect.closeTo(Math.sqrt(2 / 3), 12), expect.closeTo(-Math.sqrt(2 / 3), 12)]);
    expect(ca.cols.map((p) => p.coordinates[0])).toEqual([expect.closeTo(1, 12), expect.closeTo(-1, 12), expect.closeTo(0, 12)]);
    expect(ca.cols[2]).toMatchObject({ quality: [0], contributions: [expect.closeTo(0, 12)] });
  });

  it('leaves out empty rows and columns, and says so', () => {
    const ca = correspondence(
      [
        [3, 1, 0],
        [1, 3, 0],
        [0, 0, 0],
      ],
      ['a', 'b', 'c'],
      ['x', 'y', 'z'],
      'sector',
    );
    expect(ca.emptyRows).toEqual(['c']);
    expect(ca.emptyCols).toEqual(['z']);
    expect(ca.rows.map((p) => p.id)).toEqual(['a', 'b']);
    expect(ca.inertias[0]).toBeCloseTo(0.25, 12);
  });
});

describe('correspondence analysis: degenerate tables have a note, never NaN', () => {
  const noNaN = (ca: CorrespondenceAnalysis) => expect(JSON.stringify(ca)).not.toMatch(/NaN|null|Infinity/);

  it('one column (one sector has definitions)', () => {
    const ca = correspondence(
      [
        [3, 0],
        [2, 0],
      ],
      ['a', 'b'],
      ['x', 'y'],
      'sector',
    );
    expect(ca).toMatchObject({ inertias: [], rows: [], cols: [], emptyCols: ['y'], note: expect.stringContaining('only one sector') });
    noNaN(ca);
  });

  it('one row, or nothing at all', () => {
    expect(correspondence([[3, 2]], ['a'], ['x', 'y'], 'period').note).toContain('only one factor');
    const empty = correspondence(
      [
        [0, 0],
        [0, 0],
      ],
      ['a', 'b'],
      ['x', 'y'],
      'period',
    );
    expect(empty.note).toContain('no factor has definitions in any period');
    noNaN(empty);
  });

  it('proportional rows: no association (a factor in every definition, the others in proportion)', () => {
    const ca = correspondence(
      [
        [4, 2],
        [2, 1],
      ],
      ['every', 'half'],
      ['x', 'y'],
      'sector',
    );
    expect(ca.inertias).toEqual([]);
    expect(ca.note).toContain('total inertia 0');
    noNaN(ca);
  });
});
