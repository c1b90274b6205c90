import type { RunResult, TermStats } from '../../../model/index.js';
import { barChart } from '../../figures/bar.js';
import { heatMap } from '../../figures/heatmap.js';
import { percent } from '../../format.js';
import { analysedOf, sectorsOf, termSectorShares, termsOf, topTerms } from '../data.js';
import { code, inl, type Block, type Column } from '../model.js';
import { columnPx, figure, type SectionBuilder } from './common.js';

const TOP_TERMS = 25;
const HEAT_TERMS = 20;

/** The terms in the most definitions: chart, term × sector heat map and a sortable table. */
function termsBlocks(result: RunResult): Block[] | undefined {
  const all = termsOf(result);
  if (!all.length) return undefined;
  const top = topTerms(result, TOP_TERMS);
  const total = analysedOf(result).length;
  const sectors = sectorsOf(result);
  const cells = termSectorShares(result, HEAT_TERMS);
  const rows = [...new Set(cells.map((c) => c.term))].map((t) => ({ id: t, label: t }));
  const heat = heatMap({
    title: 'Share of each sector’s definitions using each top term',
    rows,
    cols: sectors.map((s) => ({ id: s, label: s })),
    cells: cells.map((c) => ({
      row: c.term,
      col: c.sector,
      value: c.share,
      title: `${c.term} × ${c.sector}: ${c.definitions} of ${c.total} definitions (${percent(c.share)})`,
    })),
    rowLabel: 'term',
    colLabel: 'sector',
    valueLabel: 'share of the sector’s analysed definitions',
    domain: [0, Math.max(0.01, ...cells.map((c) => c.share))],
    format: (v) => `${Math.round(v * 100)}%`,
    width: columnPx('double'),
  });
  const columns: Column[] = [
    { label: 'term', type: 'text' },
    { label: 'definitions', type: 'number' },
    { label: 'share', type: 'number' },
    { label: 'frequency', type: 'number' },
    ...sectors.map((s): Column => ({ label: s, type: 'number' })),
    { label: 'variants', type: 'text' },
  ];
  const rowOf = (t: TermStats) => ({
    cells: [t.term, t.definitions, percent(t.share), t.frequency, ...sectors.map((s) => t.bySector[s] ?? 0), t.variants.join('; ')],
  });
  return [
    figure(
      'top-terms',
      `The ${top.length} terms in the most definitions`,
      barChart({
        title: `The ${top.length} terms in the most definitions`,
        bars: top.map((t) => ({ label: t.term, value: t.definitions, title: `${t.term}: ${t.definitions} of ${total} definitions (${percent(t.share)})` })),
        valueLabel: `definitions using the term (of ${total})`,
        categoryLabel: 'term',
        width: columnPx('double'),
      }),
      'double',
      inl`The ${top.length} terms used by the most analysed definitions; ${code('terms.csv')} lists all ${all.length}.`,
    ),
    figure(
      'top-terms-by-sector',
      'Share of each sector’s definitions using each top term',
      heat,
      'double',
      'Each cell: the share of the sector’s analysed definitions that use the term, so sectors of different sizes compare fairly.',
    ),
    { kind: 'table', id: 'top-terms', columns, rows: top.map(rowOf), empty: 'No term.', sortable: true },
  ];
}

export const termsSection: SectionBuilder = { id: 'terms', title: 'Top terms', build: termsBlocks };
