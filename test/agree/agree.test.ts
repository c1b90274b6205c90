import { describe, expect, it } from 'vitest';
import { agreementWithTool, compareCodings, type Cell, type ToolMatrix } from '../../src/agree/index.js';
import type { CodedCell } from '../../src/config/coding.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { lines } from '../helpers.js';

const cells = (rows: string): Cell[] =>
  rows
    .trim()
    .split(/\s+/)
    .map((r) => {
      const [definitionId, factorId, value] = r.split(':');
      return { definitionId: definitionId!, factorId: factorId!, value: value === '1' ? 1 : 0, note: `${definitionId} ${factorId}` };
    });

describe('comparing two codings cell by cell', () => {
  it('gives per-factor and pooled figures, worked by hand', () => {
    const a = cells('d1:x:1 d2:x:1 d3:x:0 d4:x:0 d1:y:1 d2:y:1 d3:y:1 d4:y:1 d5:y:0');
    const b = cells('d1:x:1 d2:x:0 d3:x:0 d4:x:0 d1:y:1 d2:y:1 d3:y:1 d4:y:1 d6:y:1');
    const agreement = compareCodings(a, b, { reference: 'a.csv', compared: 'b.csv' });
    const [x, y] = agreement.factors;
    // x: p_o = 3/4; A has 2 ones of 4, B 1 → p_e = (2/4)(1/4) + (2/4)(3/4) = 0.5; κ = 0.25/0.5.
    expect(x).toMatchObject({ factorId: 'x', cells: 4, agreements: 3, referenceOnes: 2, comparedOnes: 1, bothOnes: 1, precision: 1, recall: 0.5 });
    expect(x!.kappa).toBeCloseTo(0.5, 12);
    // y: every compared cell is 1 on both sides: κ undefined (p_e = 1), precision and recall 1.
    expect(y).toMatchObject({ factorId: 'y', cells: 4, agreements: 4, kappa: undefined, alpha: undefined, precision: 1, recall: 1 });
    // Pooled: 8 cells, 7 agree; A ones 6, B ones 5 → p_e = (6/8)(5/8) + (2/8)(3/8) = 36/64; κ = (7/8 − 36/64)/(1 − 36/64) = 20/28.
    expect(agreement.overall.cells).toBe(8);
    expect(agreement.overall.kappa).toBeCloseTo(20 / 28, 12);
    expect(agreement.disagreements).toEqual([{ definitionId: 'd2', factorId: 'x', reference: 1, compared: 0, referenceNote: 'd2 x', comparedNote: 'd2 x' }]);
    expect(agreement).toMatchObject({ referenceOnly: 1, comparedOnly: 1 });
  });

  it('agrees with itself perfectly', () => {
    const a = cells('d1:x:1 d2:x:0 d3:x:1');
    expect(compareCodings(a, a, { reference: 'a', compared: 'a' }).overall).toMatchObject({ kappa: 1, alpha: 1, percentAgreement: 1, f1: 1 });
  });
});

describe("the tool's matrix against a hand coding", () => {
  const tool: ToolMatrix = {
    analysed: ['d1', 'd2', 'd3'],
    excluded: new Map([['dup', 'a duplicate of `d1`']]),
    factorIds: ['ict', 'environment'],
    matrix: [
      { definitionId: 'd1', factorIds: new Set(['ict']) },
      { definitionId: 'd2', factorIds: new Set(['ict', 'environment']) },
      { definitionId: 'd3', factorIds: new Set() },
    ],
    definitionFactors: [
      { definitionId: 'd1', factorId: 'ict', terms: ['ict'], evidence: ['ICT'], source: 'text', note: '' },
      { definitionId: 'd2', factorId: 'ict', terms: ['datum'], evidence: ['data'], source: 'text', note: '' },
      { definitionId: 'd2', factorId: 'environment', terms: ['green'], evidence: ['green', 'greener'], source: 'text', note: '' },
    ],
  };
  const coded = (rows: string): CodedCell[] => cells(rows).map((c, i) => ({ ...c, line: i + 2 }));

  it('reads the tool as 1 where the matrix has the factor, with its evidence, and warns of what it cannot compare', () => {
    const d = new Diagnostics();
    const reference = coded('d1:ict:1 d2:environment:0 d3:ict:1 d1:governance:1 dup:ict:1 ghost:ict:0');
    const agreement = agreementWithTool(tool, reference, 'ref.csv', d);
    expect(agreement.overall.cells).toBe(4);
    expect(agreement.referenceOnly).toBe(2);
    expect(agreement.disagreements).toEqual([
      { definitionId: 'd2', factorId: 'environment', reference: 0, compared: 1, referenceNote: 'd2 environment', comparedNote: 'green; greener' },
      { definitionId: 'd3', factorId: 'ict', reference: 1, compared: 0, referenceNote: 'd3 ict', comparedNote: '' },
      { definitionId: 'd1', factorId: 'governance', reference: 1, compared: 0, referenceNote: 'd1 governance', comparedNote: '' },
    ]);
    expect(lines(d)).toEqual([
      'ref.csv  info  1 coded definition(s) were not analysed, so their cells are not compared: `dup` (a duplicate of `d1`)  [agree/not-analysed]',
      "ref.csv:5 [factor_id]  warning  Factor `governance` is not a factor of this run (`ict`, `environment`); the tool's cells for it count as 0  [agree/factor-not-in-run]",
      'ref.csv:7 [definition_id]  warning  Expected the id of a definition in the corpus; its cells are not compared; found `ghost`  [agree/unknown-definition]',
    ]);
  });
});
