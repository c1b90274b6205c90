import type { Agreement, Figures } from '../agree/index.js';
import { alphaLabel, kappaLabel } from '../agree/stats.js';
import { fixed, toCsv, type Cell } from './format.js';

/** The row of `agreement.csv` that pools every cell, in place of a factor id (no factor id has parentheses). */
export const OVERALL = '(overall)';

export const AGREEMENT_COLUMNS = [
  'factor_id',
  'cells',
  'agreements',
  'percent_agreement',
  'expected_agreement',
  'kappa',
  'kappa_label',
  'alpha',
  'alpha_label',
  'reference_1',
  'compared_1',
  'both_1',
  'precision',
  'recall',
  'f1',
  'note',
] as const;

/**
 * `agreement.csv`: one row per factor and a last `(overall)` row pooling every cell. An undefined
 * figure is an empty cell, and the note says why (κ is never shown as 1 or 0 when it is undefined).
 */
export function agreementCsv(agreement: Agreement, precision: number): string {
  const number = (v: number | undefined): Cell => (v === undefined ? undefined : fixed(v, precision));
  const row = (id: string, f: Figures): Cell[] => [
    id,
    f.cells,
    f.agreements,
    number(f.percentAgreement),
    number(f.expectedAgreement),
    number(f.kappa),
    kappaLabel(f.kappa),
    number(f.alpha),
    alphaLabel(f.alpha),
    f.referenceOnes,
    f.comparedOnes,
    f.bothOnes,
    number(f.precision),
    number(f.recall),
    number(f.f1),
    noteOf(f),
  ];
  return toCsv(AGREEMENT_COLUMNS, [...agreement.factors.map((f) => row(f.factorId, f)), row(OVERALL, agreement.overall)]);
}

function noteOf(f: Figures): string | undefined {
  if (f.cells === 0) return 'no cell coded by both';
  const notes: string[] = [];
  if (f.kappa === undefined) notes.push(`kappa undefined: both coders gave every cell ${f.referenceOnes ? '1' : '0'} (chance agreement is 1)`);
  else if (f.alpha === undefined) notes.push('alpha undefined: every value is the same');
  if (f.referenceOnes === 0) notes.push('the reference codes no 1: recall undefined');
  if (f.comparedOnes === 0) notes.push('the compared coding has no 1: precision undefined');
  return notes.join('; ') || undefined;
}

export const DISAGREEMENT_COLUMNS = ['definition_id', 'factor_id', 'reference', 'compared', 'reference_note', 'compared_note'] as const;

/** `agreement-cells.csv`: the cells the two codings disagree on, with each side's note (the tool's: its evidence words). */
export function disagreementsCsv(agreement: Agreement): string {
  return toCsv(
    DISAGREEMENT_COLUMNS,
    agreement.disagreements.map((d) => [d.definitionId, d.factorId, d.reference, d.compared, d.referenceNote, d.comparedNote]),
  );
}

/** The agreement files, name → content, as `agree` and `analyze` (with a reference coding) write them. */
export function agreementFiles(agreement: Agreement, precision: number): Map<string, string> {
  return new Map([
    ['agreement.csv', agreementCsv(agreement, precision)],
    ['agreement-cells.csv', disagreementsCsv(agreement)],
  ]);
}

/** A few lines for a terminal or a report: κ and α overall, and per factor. */
export function agreementSummary(agreement: Agreement, precision = 3): string {
  const n = (v: number | undefined) => (v === undefined ? 'undefined' : v.toFixed(precision));
  const o = agreement.overall;
  const lines = [
    `Agreement of ${agreement.compared} with ${agreement.reference} on ${o.cells} cells: ` +
      `kappa ${n(o.kappa)} (${kappaLabel(o.kappa)}), alpha ${n(o.alpha)} (${alphaLabel(o.alpha)}), ` +
      `agreement ${o.percentAgreement === undefined ? 'undefined' : `${(o.percentAgreement * 100).toFixed(1)}%`}, precision ${n(o.precision)}, recall ${n(o.recall)}; ` +
      `${agreement.disagreements.length} cell(s) differ.`,
  ];
  const width = Math.max(6, ...agreement.factors.map((f) => f.factorId.length));
  for (const f of agreement.factors) {
    lines.push(
      `  ${f.factorId.padEnd(width)}  kappa ${n(f.kappa).padStart(9)}  alpha ${n(f.alpha).padStart(9)}  precision ${n(f.precision).padStart(9)}  recall ${n(f.recall).padStart(9)}  (${f.cells - f.agreements} of ${f.cells} differ)`,
    );
  }
  if (agreement.referenceOnly || agreement.comparedOnly) {
    lines.push(`  Not compared: ${agreement.referenceOnly} cell(s) only in ${agreement.reference}, ${agreement.comparedOnly} only in ${agreement.compared}.`);
  }
  return lines.join('\n') + '\n';
}
