import type { RunResult } from '../../../model/index.js';
import { barChart } from '../../figures/bar.js';
import { byTerm, bySector, byYear, runStats } from '../data.js';
import { heading, inl, strong, type Block } from '../model.js';
import { columnPx, countTable, figure, type SectionBuilder } from './common.js';

/** Counts, and the analysed definitions by sector, term defined and year (charts and tables). */
function corpusBlocks(result: RunResult): Block[] {
  const sectors = bySector(result);
  const terms = byTerm(result);
  const years = byYear(result);
  // Records without a year are counted in the table, not drawn as a year of their own.
  const dated = years.filter((y) => y.label !== 'unknown');
  const undated = years.find((y) => y.label === 'unknown')?.value ?? 0;
  const single = columnPx('single');
  return [
    { kind: 'list', role: 'stats', items: runStats(result).map((s) => inl`${strong(String(s.value))} ${s.label}`) },
    {
      kind: 'row',
      cells: [
        [
          figure(
            'corpus-by-sector',
            'Analysed definitions by sector',
            barChart({ title: 'Analysed definitions by sector', bars: sectors, valueLabel: 'definitions', categoryLabel: 'sector', width: single }),
            'single',
            'Analysed definitions by sector of the source.',
          ),
        ],
        [
          figure(
            'corpus-by-term',
            'Analysed definitions by term defined',
            barChart({ title: 'Analysed definitions by term defined', bars: terms, valueLabel: 'definitions', categoryLabel: 'term defined', width: single }),
            'single',
            'Analysed definitions by the term they define.',
          ),
        ],
      ],
    },
    figure(
      'corpus-by-year',
      'Analysed definitions by year',
      barChart({
        title: 'Analysed definitions by year',
        bars: dated,
        valueLabel: 'definitions',
        categoryLabel: 'year',
        orientation: 'vertical',
        sort: 'none',
        width: columnPx('double'),
      }),
      'double',
      undated
        ? `Analysed definitions by year of publication; ${undated === 1 ? '1 gives no year and is' : `${undated} give no year and are`} not drawn (see the table).`
        : 'Analysed definitions by year of publication.',
    ),
    {
      kind: 'row',
      cells: [
        [heading('By sector'), countTable('by-sector', 'sector', sectors)],
        [heading('By term defined'), countTable('by-term', 'term defined', terms)],
        [heading('By year'), countTable('by-year', 'year', years)],
      ],
    },
  ];
}

export const corpusSection: SectionBuilder = { id: 'corpus', title: 'Corpus', build: corpusBlocks };
