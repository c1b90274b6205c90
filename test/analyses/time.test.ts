import { describe, expect, it } from 'vitest';
import { analyseTime } from '../../src/analyses/time.js';
import type { Definition, Factor, Matrix, TermStats } from '../../src/model/index.js';
import { termUses } from '../helpers.js';

const definition = (id: string, year: number | undefined): Definition => ({
  id,
  sector: 'academic',
  orgType: '',
  term: 'smart city',
  kind: 'definition',
  author: '',
  year,
  title: '',
  url: '',
  text: '',
  origin: { file: 'x.csv' },
});
const term = (label: string): TermStats => ({
  term: label,
  key: label,
  words: 1,
  frequency: 1,
  definitions: 1,
  share: 0,
  nested: 0,
  pos: 'NOUN',
  bySector: {},
  variants: [label],
});
const factor = (id: string, terms: string[]): Factor => ({
  id,
  label: id,
  description: '',
  origin: 'emergent',
  terms,
  seeds: [],
  rules: [],
  definitions: 0,
  share: 0,
  stability: undefined,
});

function matrix(rows: readonly (readonly number[])[]): Matrix {
  const factors = rows[0]!.length;
  return {
    definitions: rows.length,
    factors,
    cells: Uint8Array.from(rows.flat()),
    sources: new Uint8Array(rows.length * factors),
    evidenceOffsets: new Int32Array(rows.length * factors + 1),
    evidenceStart: new Int32Array(0),
    evidenceEnd: new Int32Array(0),
    evidenceRule: new Int32Array(0),
    evidenceTerm: new Int32Array(0),
    corrections: [],
  };
}

// Periods ≤2010, 2012–2014, 2016– (2011 and 2015 fall in gaps). Two factors: F1 {a, b}, F2 {c, d};
// `e` is a term in no factor.
//   d0 2009 F1     a b      d4 2016 F2     d
//   d1 2010 F1 F2  a c      d5 2018 F1 F2  a d
//   d2 2012 F1     b        d6 ——   F1     a      (no year)
//   d3 2013 F2     c d      d7 2011 F2     c e    (in a gap: other years)
describe('time analyses, worked by hand', () => {
  const terms = ['a', 'b', 'c', 'd', 'e'].map(term);
  const docs = [['a', 'b'], ['a', 'c'], ['b'], ['c', 'd'], ['d'], ['a', 'd'], ['a'], ['c', 'e']];
  const years = [2009, 2010, 2012, 2013, 2016, 2018, undefined, 2011];
  const cells = [
    [1, 0],
    [1, 1],
    [1, 0],
    [0, 1],
    [0, 1],
    [1, 1],
    [1, 0],
    [0, 1],
  ];
  const time = analyseTime({
    definitions: years.map((y, i) => definition(`d${i}`, y)),
    matrix: matrix(cells),
    factors: [factor('f1', ['a', 'b']), factor('f2', ['c', 'd'])],
    periods: [
      { label: '≤2010', to: 2010 },
      { label: '2012–2014', from: 2012, to: 2014 },
      { label: '2016–', from: 2016 },
    ],
    terms,
    uses: termUses(docs, terms),
    termFactors: { factor: Int32Array.from([0, 0, 1, 1, -1]), fit: new Float64Array(5), lift: new Float64Array(5), codes: new Uint8Array(5) },
  });

  it('counts definitions per period, the undated and the years in a gap apart', () => {
    expect(time.periods.map((p) => p.definitions)).toEqual([2, 2, 2]);
    expect([time.undated, time.outside]).toEqual([1, 1]);
    expect(time.factors).toEqual([
      { factorId: 'f1', definitions: [2, 1, 1], undated: 1, outside: 0 },
      { factorId: 'f2', definitions: [1, 1, 2], undated: 0, outside: 1 },
    ]);
  });

  it('tests each factor for a trend across the periods (dated definitions in a period only)', () => {
    // f1: x = (2 1 1) of n = (2 2 2), scores 1 2 3: p̄ = 2/3, T = 7 − 2/3 × 12 = −1,
    // V = 2/3 × 1/3 × (28 − 12²/6) = 8/9, χ² = 1.125, p = erfc(√0.5625) = 0.2888 (falling).
    // f2: x = (1 1 2): T = 9 − 8 = +1, the same χ² (rising). BH over 2 equal p-values: unchanged.
    expect(time.trends.map((t) => [t.factorId, t.test, t.periods, t.dated, t.withFactor, t.direction])).toEqual([
      ['f1', 'cochran-armitage', 3, 6, 4, 'falling'],
      ['f2', 'cochran-armitage', 3, 6, 4, 'rising'],
    ]);
    for (const t of time.trends) {
      expect(t.statistic).toBeCloseTo(1.125, 12);
      expect(t.pValue).toBeCloseTo(0.288844, 6);
      expect(t.pAdjusted).toBeCloseTo(0.288844, 6);
    }
  });

  it('gives each term its mean year over the dated definitions using it', () => {
    // a: d0 d1 d5 (d6 has no year) = (2009 + 2010 + 2018) / 3; b: d0 d2; c: d1 d3 d7 (a gap year
    // is still a year); d: d3 d4 d5; e: d7 only.
    expect([...time.termMeanYear]).toEqual([expect.closeTo(6037 / 3, 9), 2010.5, expect.closeTo(6034 / 3, 9), expect.closeTo(6047 / 3, 9), 2011]);
  });

  it("lists each factor's terms per period and links consecutive periods by the inclusion index", () => {
    expect(time.themes.map((t) => [t.period, t.factorId, t.terms, t.definitions])).toEqual([
      [0, 'f1', ['a', 'b'], 2],
      [0, 'f2', ['c'], 1],
      [1, 'f1', ['b'], 1],
      [1, 'f2', ['c', 'd'], 1],
      [2, 'f1', ['a'], 1],
      [2, 'f2', ['d'], 2],
    ]);
    // f1 {a b} → {b}: 1 / min(2, 1) = 1, a left; {b} → {a}: 0, a entered, b left.
    // f2 {c} → {c d}: 1 / 1 = 1, d entered; {c d} → {d}: 1, c left.
    expect(time.evolution.map((l) => [l.from, l.to, l.factorId, l.fromTerms, l.toTerms, l.shared, l.inclusion, l.entered, l.left])).toEqual([
      [0, 1, 'f1', 2, 1, ['b'], 1, [], ['a']],
      [0, 1, 'f2', 1, 2, ['c'], 1, ['d'], []],
      [1, 2, 'f1', 1, 1, [], 0, ['a'], ['b']],
      [1, 2, 'f2', 2, 1, ['d'], 1, [], ['c']],
    ]);
  });
});

describe('time analyses: nothing to test', () => {
  it('one period with definitions: no trend test, no evolution; a factor in no dated definition has no mean year', () => {
    const terms = ['a'].map(term);
    const time = analyseTime({
      definitions: [definition('x', 2001), definition('y', undefined)],
      matrix: matrix([[1], [1]]),
      factors: [factor('f', ['a'])],
      periods: [
        { label: '≤2010', to: 2010 },
        { label: '2011–', from: 2011 },
      ],
      terms,
      uses: termUses([[], ['a']], terms),
      termFactors: { factor: Int32Array.from([0]), fit: new Float64Array(1), lift: new Float64Array(1), codes: new Uint8Array(1) },
    });
    expect(time.trends[0]).toMatchObject({ test: 'none', statistic: undefined, pValue: undefined, pAdjusted: undefined, direction: undefined, periods: 1 });
    expect(time.evolution).toEqual([]);
    expect(Number.isNaN(time.termMeanYear[0]!)).toBe(true);
  });

  it('a factor whose terms appear only in the later period links with no inclusion index', () => {
    const terms = ['a'].map(term);
    const time = analyseTime({
      definitions: [definition('x', 2001), definition('y', 2012)],
      matrix: matrix([[0], [1]]),
      factors: [factor('f', ['a'])],
      periods: [
        { label: '≤2010', to: 2010 },
        { label: '2011–', from: 2011 },
      ],
      terms,
      uses: termUses([[], ['a']], terms),
      termFactors: { factor: Int32Array.from([0]), fit: new Float64Array(1), lift: new Float64Array(1), codes: new Uint8Array(1) },
    });
    expect(time.evolution).toEqual([{ from: 0, to: 1, factorId: 'f', fromTerms: 0, toTerms: 1, shared: [], inclusion: undefined, entered: ['a'], left: [] }]);
    // x = (0 1) of n = (1 1): T = 2 − ½ × 3 = ½, V = ¼ × (5 − 9/2) = ⅛, χ² = 2.
    expect(time.trends[0]).toMatchObject({ test: 'cochran-armitage', direction: 'rising', statistic: expect.closeTo(2, 12) });
  });
});
