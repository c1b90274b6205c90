import { describe, expect, it } from 'vitest';
import { compareCodings, type Cell } from '../../src/agree/index.js';
import { parseCodebook } from '../../src/config/codebook.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { agreementCsv, agreementSummary, disagreementsCsv } from '../../src/outputs/agreement.js';
import { codebookDraft } from '../../src/outputs/codebook-draft.js';

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

describe('codebook-draft.csv', () => {
  it('is a codebook citydefs reads back without a complaint, one entry per group', () => {
    const text = codebookDraft([
      { terms: ['quality of life', 'life', 'safe'], definitions: 30 },
      { terms: ['technology', 'ict', 'data', 'information'], definitions: 40 },
      { terms: ['Technology!', 'digital'], definitions: 3 },
      { terms: ['2030'], definitions: 1 },
      { terms: [], definitions: 0 },
    ]);
    const d = new Diagnostics();
    const factors = parseCodebook(text, 'codebook-draft.csv', d);
    expect(d.list()).toEqual([]);
    expect(factors.map((f) => [f.id, f.label, f.seeds.join(';')])).toEqual([
      ['quality-of-life', 'quality of life / life / safe', 'quality of life;life;safe'],
      ['technology', 'technology / ict / data', 'technology;ict;data;information'],
      ['technology-2', 'Technology! / digital', 'technology!;digital'],
      ['theme-4', '2030', '2030'],
    ]);
    expect(factors[0]!.description).toBe('Draft: 3 terms grouped by meaning, used in 30 definitions; say what the factor is about and keep the seed terms that belong');
  });
});
