import type { RunResult } from '../../../model/index.js';
import { percent } from '../../format.js';
import { definitionsById, factorColors, factorsOf, sensitivityOf, usesCodebook } from '../data.js';
import { code, heading, inl, paragraph, type Block, type Cell, type Column } from '../model.js';
import { cited, type SectionBuilder } from './common.js';

const FACTOR_COLUMNS: readonly Column[] = [
  { label: 'factor', type: 'text' },
  { label: 'origin', type: 'text' },
  { label: 'found in', type: 'number' },
  { label: 'mean Jaccard', type: 'number' },
  { label: 'lowest Jaccard', type: 'number' },
];

const CELL_COLUMNS: readonly Column[] = [
  { label: 'definition', type: 'text' },
  { label: 'factor', type: 'text' },
  { label: 'value', type: 'number' },
  { label: 'reruns with 1', type: 'number' },
];

/** Cells listed in the report; `sensitivity-cells.csv` has them all. */
export const MAX_CELLS = 200;

/** A list of numbers as written: `1, 2, 3`. */
const listed = (values: readonly number[]) => values.join(', ');

/** How the factors and matrix cells hold when the clustering and coding are rerun over other settings. */
function sensitivityBlocks(result: RunResult): Block[] | undefined {
  const s = sensitivityOf(result);
  if (!s) return undefined;
  const { seeds, resolutions, minDefinitions, jaccard } = result.config.sensitivity;
  const colors = factorColors(result);
  const byId = definitionsById(result);
  const origin = new Map(factorsOf(result).map((f) => [f.id, f.origin]));
  const chip = (id: string): Cell => ({ value: id, content: [{ kind: 'factor', id, color: colors.get(id) ?? '#6b7280', evidence: [] }] });
  const runs = s.runs.length;
  const counts = s.runs.map((r) => r.factors);
  const fewest = Math.min(...counts);
  const most = Math.max(...counts);
  const shown = s.cells.slice(0, MAX_CELLS);
  const held = s.cellsCompared - s.cells.length;
  return [
    paragraph(
      inl`The clustering and coding rerun ${runs} times over every combination of seeds ${listed(seeds)}, resolutions ${listed(resolutions)} and minimum definitions ${listed(minDefinitions)} (config ${code('sensitivity')}; the texts are not read again: the same terms are grouped and coded again). The reruns found ${fewest === most ? `${fewest}` : `${fewest} to ${most}`} factors. A codebook factor is found again by its id, and its Jaccard overlap says how far its terms move (its rules code it whatever they are); another factor is found again when one of a rerun's factors shares more than ${jaccard} of its terms (Jaccard).${usesCodebook(result) ? ' Cells coded by codebook rules never change: only the grouping of terms does.' : ''}`,
    ),
    {
      kind: 'table',
      id: 'sensitivity-factors',
      columns: FACTOR_COLUMNS,
      empty: 'No factor.',
      sortable: true,
      rows: s.factors.map((f) => ({
        cells: [
          chip(f.factorId),
          origin.get(f.factorId),
          { value: f.found / runs, content: inl`${f.found} of ${runs} (${percent(f.found / runs)})` },
          f.meanJaccard.toFixed(2),
          f.minJaccard.toFixed(2),
        ],
      })),
    },
    heading('Cells that change'),
    paragraph(
      s.cells.length === 0
        ? inl`All ${s.cellsCompared} cells of the matrix hold their value in every rerun.`
        : inl`${held} of ${s.cellsCompared} cells hold their value in every rerun; the ${s.cells.length} below do not${
            shown.length < s.cells.length
              ? inl` (the first ${shown.length} are shown; ${code('sensitivity-cells.csv')} lists them all)`
              : inl` (also in ${code('sensitivity-cells.csv')})`
          }. "Value" is the cell in this run's matrix.`,
    ),
    ...(s.cells.length
      ? [
          {
            kind: 'table' as const,
            id: 'sensitivity-cells',
            columns: CELL_COLUMNS,
            empty: 'None.',
            sortable: true,
            rows: shown.map((c) => ({
              cells: [
                { value: c.definitionId, content: cited(byId.get(c.definitionId), c.definitionId) },
                chip(c.factorId),
                c.value,
                { value: c.ones / runs, content: inl`${c.ones} of ${runs} (${percent(c.ones / runs)})` },
              ],
            })),
          },
        ]
      : []),
  ];
}

export const sensitivitySection: SectionBuilder = { id: 'sensitivity', title: 'Sensitivity', build: sensitivityBlocks };
