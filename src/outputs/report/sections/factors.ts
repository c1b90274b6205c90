import type { RunResult } from '../../../model/index.js';
import { barChart } from '../../figures/bar.js';
import { percent } from '../../format.js';
import { analysedOf, factorColors, factorsOf, settingsOf, withoutFactorOf } from '../data.js';
import { code, inl, paragraph, type Block, type Column } from '../model.js';
import { columnPx, figure, type SectionBuilder } from './common.js';

const FACTOR_COLUMNS: readonly Column[] = [
  { label: 'factor', type: 'text' },
  { label: 'label', type: 'text' },
  { label: 'definitions', type: 'number' },
  { label: 'share', type: 'number' },
  { label: 'stability', type: 'number' },
  { label: 'origin', type: 'text' },
  { label: 'terms (most definitions first)', type: 'long-text' },
];

/** The factors: prevalence chart, and a table with their terms and stability. */
function factorsBlocks(result: RunResult): Block[] {
  const factors = factorsOf(result);
  const settings = settingsOf(result);
  if (!factors.length) {
    return [
      paragraph(inl`No factor: too few terms are used by at least ${settings.minDefinitions} definitions (config ${code('factors.minDefinitions')}).`, 'empty'),
    ];
  }
  const n = analysedOf(result).length;
  const colors = factorColors(result);
  const chart = barChart({
    title: 'Factor prevalence',
    bars: factors.map((f) => ({
      label: f.label,
      value: f.definitions,
      group: f.id,
      title: `${f.label}: ${f.definitions} of ${n} definitions (${percent(f.share)})`,
    })),
    groups: factors.map((f) => ({ id: f.id, label: f.label, color: colors.get(f.id)! })),
    valueLabel: `definitions using at least one of the factor's terms (of ${n})`,
    categoryLabel: 'factor',
    width: columnPx('double'),
  });
  return [
    figure(
      'factor-prevalence',
      'Factor prevalence',
      chart,
      'double',
      `Definitions using each factor; ${withoutFactorOf(result).length} of ${n} definitions use none.`,
    ),
    paragraph(
      inl`Stability: the mean best Jaccard overlap of the factor's terms with a factor found again in ${settings.bootstrap} bootstrap resamples of the definitions (1: always found whole). Trust the stable ones first.`,
    ),
    {
      kind: 'table',
      id: 'factors-table',
      columns: FACTOR_COLUMNS,
      empty: 'No factor.',
      sortable: true,
      rows: factors.map((f) => ({
        cells: [f.id, f.label, f.definitions, percent(f.share), f.stability === undefined ? undefined : f.stability.toFixed(2), f.origin, f.terms.join(', ')],
      })),
    },
  ];
}

export const factorsSection: SectionBuilder = { id: 'factors', title: 'Core factors', build: factorsBlocks };
