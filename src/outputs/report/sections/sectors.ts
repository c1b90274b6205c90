import type { RunResult, SectorTest } from '../../../model/index.js';
import { heatMap } from '../../figures/heatmap.js';
import { formatP, percent } from '../../format.js';
import { factorsOf, sectorCellsOf, sectorTestsOf, sectorsOf } from '../data.js';
import { inl, paragraph, type Block, type Column } from '../model.js';
import { columnPx, figure, type SectionBuilder } from './common.js';

/** An adjusted standardized residual beyond this marks a cell that departs from independence (5% level). */

const pValue = (p: number | undefined) => (p === undefined ? '—' : formatP(p, 4));

const TEST_COLUMNS: readonly Column[] = [
  { label: 'factor', type: 'text' },
  { label: 'test', type: 'text' },
  { label: 'chi-square', type: 'number' },
  { label: 'df', type: 'number' },
  { label: 'p', type: 'number' },
  { label: 'p (BH-adjusted)', type: 'number' },
  { label: 'smallest expected count', type: 'number' },
];

/** Factor × sector: shares (heat map and table, marked where the residual is large) and the test of each factor. */
function sectorsBlocks(result: RunResult): Block[] | undefined {
  const factors = factorsOf(result);
  if (!factors.length) return undefined;
  const sectors = sectorsOf(result);
  const cells = sectorCellsOf(result);
  const { residual: significant, minExpected } = result.config.tests;
  const mark = (residual: number) => (Math.abs(residual) > significant ? (residual > 0 ? '+' : '−') : '');
  const heat = heatMap({
    title: 'Share of each sector’s definitions using each factor',
    rows: factors.map((f) => ({ id: f.id, label: f.label })),
    cols: sectors.map((s) => ({ id: s, label: s })),
    cells: cells.map((c) => ({
      row: c.factorId,
      col: c.sector,
      value: c.share ?? 0,
      ...(mark(c.residual) ? { mark: mark(c.residual) } : {}),
      title: `${c.factorId} × ${c.sector}: ${c.definitions} of ${c.sectorTotal} (${c.share === undefined ? 'no definitions' : percent(c.share)}); expected ${c.expected.toFixed(1)}, residual ${c.residual.toFixed(2)}`,
    })),
    rowLabel: 'factor',
    colLabel: 'sector',
    valueLabel: 'share of the sector’s analysed definitions',
    domain: [0, 1],
    format: (v) => `${Math.round(v * 100)}%`,
    markLegend: `+ / − adjusted standardized residual above ${significant} / below −${significant}`,
    width: columnPx('double'),
  });
  const cellOf = new Map(cells.map((c) => [`${c.factorId}\u0000${c.sector}`, c]));
  const testOf = new Map(sectorTestsOf(result).map((t) => [t.factorId, t]));
  const shareColumns: Column[] = [
    { label: 'factor', type: 'text' },
    ...sectors.map((s): Column => ({ label: s, type: 'number' })),
    { label: 'test', type: 'text' },
    { label: 'p', type: 'number' },
    { label: 'p (BH)', type: 'number' },
  ];
  const shareRows = factors.map((f) => {
    const t = testOf.get(f.id);
    return {
      cells: [
        f.id,
        ...sectors.map((s) => {
          const c = cellOf.get(`${f.id}\u0000${s}`);
          if (!c || c.share === undefined) return '—';
          const m = mark(c.residual);
          return `${percent(c.share)} (${c.definitions}/${c.sectorTotal})${m ? ` ${m}` : ''}`;
        }),
        t?.test,
        pValue(t?.pValue),
        pValue(t?.pAdjusted),
      ],
    };
  });
  return [
    figure(
      'factors-by-sector',
      'Share of each sector’s definitions using each factor',
      heat,
      'double',
      'Each cell: the share of the sector’s definitions using the factor; a mark where the count departs from independence of factor and sector.',
    ),
    paragraph(
      inl`Is a factor used more by some sectors than others? Each factor's 2 × ${sectors.length} table (with / without the factor, by sector) is tested for independence: Fisher's exact test where an expected count is below ${minExpected}, else Pearson's chi-square; p-values are also given adjusted for testing ${factors.length} factors (Benjamini–Hochberg). A + or − marks a share whose adjusted standardized residual is beyond ±${significant}.`,
    ),
    { kind: 'table', id: 'sector-shares', columns: shareColumns, rows: shareRows, empty: 'No factor.' },
    {
      kind: 'table',
      id: 'sector-tests',
      columns: TEST_COLUMNS,
      empty: 'No test.',
      sortable: true,
      rows: sectorTestsOf(result).map((t: SectorTest) => ({
        cells: [t.factorId, t.test, t.statistic.toFixed(2), t.df, pValue(t.pValue), pValue(t.pAdjusted), t.minExpected.toFixed(2)],
      })),
    },
  ];
}

export const sectorsSection: SectionBuilder = { id: 'sectors', title: 'Factors by sector', build: sectorsBlocks };
