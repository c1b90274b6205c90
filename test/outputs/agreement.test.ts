import { describe, expect, it } from 'vitest';
import { compareCodings, type Cell } from '../../src/agree/index.js';
import { agreementCsv, agreementSummary, disagreementsCsv } from '../../src/outputs/agreement.js';

const cell = (definitionId: string, factorId: string, value: 0 | 1, note = ''): Cell => ({ definitionId, factorId, value, note });

describe('agreement.csv and agreement-cells.csv', () => {
  const agreement = compareCodings(
    [cell('d1', 'x', 1, '"ICT"'), cell('d2', 'x', 0), cell('d1', 'y', 0), cell('d2', 'y', 0)],
    [cell('d1', 'x', 1), cell('d2', 'x', 1, 'says, "data"'), cell('d1', 'y', 0), cell('d2', 'y', 0)],
    { reference: 'a.csv', compared: 'b.csv' },
  );

  it('writes a row per factor and a pooled row; an undefined kappa is an empty cell with the reason, never 1 or 0', () => {
    // α by hand. x: values 1,1 | 0,1 → n = 4 (three 1s), D_o = 2/4, D_e = (12 − 6)/12, α = 0.
    // Pooled: n = 8 (three 1s, five 0s), D_o = 2/8, D_e = (56 − 6 − 20)/56, α = 1 − 14/30 = 0.533.
    expect(agreementCsv(agreement, 3)).toBe(
      [
        'factor_id,cells,agreements,percent_agreement,expected_agreement,kappa,kappa_label,alpha,alpha_label,reference_1,compared_1,both_1,precision,recall,f1,note',
        'x,2,1,0.500,0.500,0.000,slight,0.000,unreliable,1,2,1,0.500,1.000,0.667,',
        'y,2,2,1.000,1.000,,undefined,,undefined,0,0,0,,,,kappa undefined: both coders gave every cell 0 (chance agreement is 1); the reference codes no 1: recall undefined; the compared coding has no 1: precision undefined',
        '(overall),4,3,0.750,0.500,0.500,moderate,0.533,unreliable,1,2,1,0.500,1.000,0.667,',
        '',
      ].join('\n'),
    );
  });

  it('lists the cells that differ with both notes', () => {
    expect(disagreementsCsv(agreement)).toBe('definition_id,factor_id,reference,compared,reference_note,compared_note\nd2,x,0,1,,"says, ""data"""\n');
  });

  it('sums up for the terminal', () => {
    const text = agreementSummary(agreement);
    expect(text).toContain('Agreement of b.csv with a.csv on 4 cells: kappa 0.500 (moderate), alpha 0.533 (unreliable), agreement 75.0%');
    expect(text).toContain('kappa undefined');
  });
});
