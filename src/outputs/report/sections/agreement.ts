import { alphaLabel, kappaLabel } from '../../../agree/stats.js';
import type { Figures, RunResult } from '../../../model/index.js';
import { percent } from '../../format.js';
import { agreementOf, definitionsById, factorColors } from '../data.js';
import { code, heading, inl, paragraph, strong, type Block, type Cell, type Column } from '../model.js';
import { cited, type SectionBuilder } from './common.js';

const FIGURE_COLUMNS: readonly Column[] = [
  { label: 'factor', type: 'text' },
  { label: 'cells', type: 'number' },
  { label: 'agreement', type: 'number' },
  { label: 'kappa', type: 'text' },
  { label: 'alpha', type: 'text' },
  { label: 'precision', type: 'number' },
  { label: 'recall', type: 'number' },
  { label: 'F1', type: 'number' },
];

const CELL_COLUMNS: readonly Column[] = [
  { label: 'definition', type: 'text' },
  { label: 'factor', type: 'text' },
  { label: 'hand', type: 'number' },
  { label: 'tool', type: 'number' },
  { label: "hand coder's note", type: 'long-text' },
  { label: "the tool's evidence", type: 'long-text' },
];

/** Disagreeing cells shown in the report; `agreement-cells.csv` has them all. */
export const MAX_DISAGREEMENTS = 200;

const decimals = (x: number | undefined) => (x === undefined ? undefined : x.toFixed(3));

function figureCells(label: Cell, f: Figures): Cell[] {
  return [
    label,
    f.cells,
    f.percentAgreement === undefined ? undefined : percent(f.percentAgreement),
    { value: f.kappa, content: inl`${f.kappa === undefined ? 'undefined' : `${f.kappa.toFixed(3)} (${kappaLabel(f.kappa)})`}` },
    { value: f.alpha, content: inl`${f.alpha === undefined ? 'undefined' : `${f.alpha.toFixed(3)} (${alphaLabel(f.alpha)})`}` },
    decimals(f.precision),
    decimals(f.recall),
    decimals(f.f1),
  ];
}

/** The matrix against the hand coding in `corpus/reference-coding.csv`: κ, α, precision and recall, and where they differ. */
function agreementBlocks(result: RunResult): Block[] | undefined {
  const agreement = agreementOf(result);
  if (!agreement) return undefined;
  const colors = factorColors(result);
  const byId = definitionsById(result);
  const chip = (id: string): Cell => ({ value: id, content: [{ kind: 'factor', id, color: colors.get(id) ?? '#6b7280', evidence: [] }] });
  const o = agreement.overall;
  const shown = agreement.disagreements.slice(0, MAX_DISAGREEMENTS);
  const n = (x: number | undefined) => (x === undefined ? 'undefined' : x.toFixed(3));
  return [
    paragraph(
      inl`The definition × factor matrix compared, cell by cell, with the hand coding in ${code(agreement.reference)}: ${o.cells} cells coded by both. Cohen's kappa (pooled over every cell) is ${strong(n(o.kappa))} (${kappaLabel(o.kappa)}, after Landis and Koch 1977), Krippendorff's alpha ${strong(n(o.alpha))} (${alphaLabel(o.alpha)}); of the tool's 1s, ${n(o.precision)} are confirmed by the hand coding (precision), and of the hand coding's 1s the tool finds ${n(o.recall)} (recall). A kappa is undefined when both coders give every cell the same value.`,
    ),
    {
      kind: 'table',
      id: 'agreement-factors',
      columns: FIGURE_COLUMNS,
      empty: 'No cell was coded by both.',
      rows: [
        ...agreement.factors.map((f) => ({ cells: figureCells(chip(f.factorId), f) })),
        { cells: figureCells({ value: 'all cells', content: [strong('all cells')] }, o) },
      ],
    },
    ...(agreement.referenceOnly || agreement.comparedOnly
      ? [
          paragraph(
            inl`Not compared: ${agreement.referenceOnly} cells coded only by hand (on records this run does not analyse, such as merged duplicates or other kinds), ${agreement.comparedOnly} only by the tool.`,
            'note',
          ),
        ]
      : []),
    heading('Cells the tool and the hand coding disagree on'),
    paragraph(
      shown.length < agreement.disagreements.length
        ? inl`The first ${shown.length} of ${agreement.disagreements.length} cells; ${code('agreement-cells.csv')} lists them all. "Hand" is the hand coding's value, "tool" the matrix's; the tool's evidence is the words that put a 1 there.`
        : inl`${agreement.disagreements.length} cells (also in ${code('agreement-cells.csv')}). "Hand" is the hand coding's value, "tool" the matrix's; the tool's evidence is the words that put a 1 there.`,
    ),
    {
      kind: 'table',
      id: 'agreement-cells',
      columns: CELL_COLUMNS,
      empty: 'None: the two codings agree on every cell.',
      sortable: true,
      rows: shown.map((d) => ({
        cells: [
          { value: d.definitionId, content: cited(byId.get(d.definitionId), d.definitionId) },
          chip(d.factorId),
          d.reference,
          d.compared,
          d.referenceNote,
          d.comparedNote,
        ],
      })),
    },
  ];
}

export const agreementSection: SectionBuilder = { id: 'agreement', title: 'Agreement with hand coding', build: agreementBlocks };
