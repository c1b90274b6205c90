import type { CorrespondenceAnalysis, RunResult } from '../../../model/index.js';
import { NEUTRAL } from '../../figures/palette.js';
import { scatterSvg } from '../../figures/scatter.js';
import { percent } from '../../format.js';
import { analysesOf, factorColors, factorsOf } from '../data.js';
import { code, heading, inl, paragraph, text, type Block } from '../model.js';
import { columnPx, figure, type SectionBuilder } from './common.js';

/** One analysis: its biplot (the first two dimensions, or one) and its principal inertias; or why there is none. */
function analysisBlocks(result: RunResult, ca: CorrespondenceAnalysis, name: string, title: string): Block[] {
  const kind = ca.columns;
  const blocks: Block[] = [heading(title)];
  const left = [...ca.emptyRows.map((id) => `factor ${id}`), ...ca.emptyCols.map((id) => `${kind} ${id}`)];
  const leftOut = left.length ? ` Left out, empty in this table: ${left.join(', ')}.` : '';
  if (ca.note !== undefined || !ca.inertias.length) {
    blocks.push(paragraph([text(`${ca.note ?? 'No dimension.'}${leftOut}`)], 'empty'));
    return blocks;
  }
  const colors = factorColors(result);
  const labelOf = new Map(factorsOf(result).map((f) => [f.id, f.label]));
  const two = ca.inertias.length >= 2;
  const share = (k: number) => percent(ca.inertias[k]! / ca.totalInertia);
  const svg = scatterSvg({
    title,
    points: [
      ...ca.rows.map((p) => ({
        id: `factor:${p.id}`,
        label: labelOf.get(p.id) ?? p.id,
        x: p.coordinates[0]!,
        y: two ? p.coordinates[1]! : 0,
        color: colors.get(p.id)!,
        shape: 'circle' as const,
        title: `${p.id}: (${p.coordinates
          .slice(0, 2)
          .map((x) => x.toFixed(3))
          .join(', ')}), mass ${p.mass.toFixed(3)}`,
      })),
      ...ca.cols.map((p) => ({
        id: `${kind}:${p.id}`,
        label: p.id,
        x: p.coordinates[0]!,
        y: two ? p.coordinates[1]! : 0,
        color: NEUTRAL,
        shape: 'triangle' as const,
        title: `${kind} ${p.id}: (${p.coordinates
          .slice(0, 2)
          .map((x) => x.toFixed(3))
          .join(', ')}), mass ${p.mass.toFixed(3)}`,
      })),
    ],
    xLabel: `dimension 1 (${share(0)})`,
    yLabel: two ? `dimension 2 (${share(1)})` : '',
    xLine: 0,
    yLine: 0,
    equalAspect: two,
    width: columnPx('double'),
    ...(two ? {} : { height: 200, yTicks: false }),
    legend: [
      { label: 'factor', color: '#374151', shape: 'circle' },
      { label: kind, color: NEUTRAL, shape: 'triangle' },
    ],
  });
  let cumulative = 0;
  blocks.push(
    figure(
      name,
      title,
      svg,
      'double',
      `Symmetric map: factors (circles, in their colours) and ${kind}s (grey triangles) in principal coordinates on the first ${two ? 'two dimensions' : 'dimension'}, ${two ? `${percent((ca.inertias[0]! + ca.inertias[1]!) / ca.totalInertia)}` : share(0)} of the inertia. A factor near a ${kind} is used relatively more by its definitions; distances between a factor and a ${kind} are not themselves measured, only directions from the centre.${leftOut}`,
    ),
    paragraph(inl`Table total ${ca.total} (definitions × factors), χ² = ${ca.chiSquare.toFixed(2)}, total inertia χ²/n = ${ca.totalInertia.toFixed(4)}.`),
    {
      kind: 'table',
      id: `${name}-inertia`,
      columns: [
        { label: 'dimension', type: 'number' },
        { label: 'principal inertia', type: 'number' },
        { label: 'share', type: 'number' },
        { label: 'cumulative', type: 'number' },
      ],
      rows: ca.inertias.map((lambda, k) => {
        cumulative += lambda;
        return { cells: [k + 1, lambda.toFixed(4), percent(lambda / ca.totalInertia), percent(cumulative / ca.totalInertia)] };
      }),
      empty: 'No dimension.',
    },
  );
  return blocks;
}

/** Correspondence analysis of factors × sectors and factors × periods, as KH Coder draws it. */
function correspondenceBlocks(result: RunResult): Block[] | undefined {
  if (!factorsOf(result).length) return undefined;
  const { sectors, periods } = analysesOf(result).correspondence;
  return [
    paragraph(
      inl`Correspondence analysis (Benzécri; Greenacre 2017) of the table of definitions with each factor by sector, and by period (definitions without a year left out): the SVD of the standardized residuals S = D_r^-1/2 (P − r cᵀ) D_c^-1/2, rows and columns in principal coordinates, as R's ${code('ca::ca')}. A definition counts once for each of its factors. ${code('correspondence.csv')} has every coordinate, contribution and quality.`,
    ),
    ...analysisBlocks(result, sectors, 'correspondence-sectors', 'Factors and sectors'),
    ...analysisBlocks(result, periods, 'correspondence-periods', 'Factors and periods'),
  ];
}

export const correspondenceSection: SectionBuilder = { id: 'correspondence', title: 'Correspondence analysis', build: correspondenceBlocks };
