import { NO_YEAR, OTHER_YEARS } from '../../../config/periods.js';
import type { RunResult } from '../../../model/index.js';
import { evolutionSvg } from '../../figures/evolution.js';
import { heatMap } from '../../figures/heatmap.js';
import { overlaySvg } from '../../figures/overlay.js';
import { formatP, percent } from '../../format.js';
import { analysesOf, factorColors, factorsOf, networkFor, termMeanYears } from '../data.js';
import { code, heading, inl, paragraph, text, type Block, type Column, type Row } from '../model.js';
import { columnPx, figure, type SectionBuilder } from './common.js';

const years = (from: number | undefined, to: number | undefined) => (from === undefined && to === undefined ? 'all' : `${from ?? '…'}–${to ?? '…'}`);
const pValue = (p: number | undefined) => (p === undefined ? '—' : formatP(p, 4));
const cellOf = (count: number, total: number) => (total ? `${percent(count / total)} (${count}/${total})` : '—');

/** Factors by period, their trends, the terms' mean year and each factor's vocabulary from period to period. */
function timeBlocks(result: RunResult): Block[] | undefined {
  if (!factorsOf(result).length) return undefined;
  return [...periodBlocks(result), ...overlayBlocks(result), ...evolutionBlocks(result)];
}

/** The periods, a heat map of each factor's share of them, and each factor's trend test. */
function periodBlocks(result: RunResult): Block[] {
  const factors = factorsOf(result);
  const { time } = analysesOf(result);
  const dated = time.periods.reduce((n, p) => n + p.definitions, 0);
  const apart = [...(time.outside ? [{ label: OTHER_YEARS, definitions: time.outside }] : []), { label: NO_YEAR, definitions: time.undated }];
  const blocks: Block[] = [
    paragraph(
      inl`Periods from ${code('periods')} in the config. ${dated} analysed definitions fall in a period; ${time.undated} have no year and are counted apart, never in a period${time.outside ? `, and ${time.outside} have a year between or beyond the periods (${OTHER_YEARS})` : ''}. Each factor's share of a period's definitions is tested for a trend across the periods, oldest first (Cochran–Armitage, scores 1, 2, …; R's ${code('prop.trend.test')}), with p-values also adjusted for testing ${factors.length} factors (Benjamini–Hochberg).`,
    ),
    {
      kind: 'table',
      id: 'periods',
      columns: [
        { label: 'period', type: 'text' },
        { label: 'years', type: 'text' },
        { label: 'definitions', type: 'number' },
      ],
      rows: [
        ...time.periods.map((p) => ({ cells: [p.label, years(p.from, p.to), p.definitions] })),
        ...apart.map((a) => ({ cells: [a.label, '—', a.definitions] })),
      ],
      empty: 'No period.',
    },
  ];
  if (dated) {
    blocks.push(
      figure(
        'factors-by-period',
        'Share of each period’s definitions using each factor',
        heatMap({
          title: 'Share of each period’s definitions using each factor',
          rows: factors.map((f) => ({ id: f.id, label: f.label })),
          cols: time.periods.map((p) => ({ id: p.label, label: p.label })),
          cells: time.factors.flatMap((f) =>
            time.periods.map((p, i) => ({
              row: f.factorId,
              col: p.label,
              value: p.definitions ? f.definitions[i]! / p.definitions : 0,
              title: `${f.factorId} × ${p.label}: ${f.definitions[i]} of ${p.definitions}`,
            })),
          ),
          rowLabel: 'factor',
          colLabel: 'period',
          valueLabel: 'share of the period’s analysed definitions',
          domain: [0, 1],
          format: (v) => `${Math.round(v * 100)}%`,
          width: columnPx('double'),
        }),
        'double',
        `Each cell: the share of the period's definitions using the factor. ${time.undated ? `The ${time.undated} definitions without a year are not drawn (see the table).` : ''}`.trim(),
      ),
    );
  }
  const trendOf = new Map(time.trends.map((t) => [t.factorId, t]));
  const columns: Column[] = [
    { label: 'factor', type: 'text' },
    ...time.periods.map((p): Column => ({ label: p.label, type: 'number' })),
    ...apart.map((a): Column => ({ label: a.label, type: 'number' })),
    { label: 'trend', type: 'text' },
    { label: 'χ²', type: 'number' },
    { label: 'p', type: 'number' },
    { label: 'p (BH)', type: 'number' },
  ];
  const rows: Row[] = time.factors.map((f) => {
    const t = trendOf.get(f.factorId)!;
    return {
      cells: [
        f.factorId,
        ...time.periods.map((p, i) => cellOf(f.definitions[i]!, p.definitions)),
        ...(time.outside ? [cellOf(f.outside, time.outside)] : []),
        cellOf(f.undated, time.undated),
        t.direction ?? 'none',
        t.statistic === undefined ? '—' : t.statistic.toFixed(2),
        pValue(t.pValue),
        pValue(t.pAdjusted),
      ],
    };
  });
  blocks.push({ kind: 'table', id: 'period-trends', columns, rows, empty: 'No factor.', sortable: true });
  return blocks;
}

/** The term network coloured by the terms' mean publication year (VOSviewer's overlay). */
function overlayBlocks(result: RunResult): Block[] {
  const blocks: Block[] = [];
  const net = networkFor(result);
  const { years: meanYear, ...range } = termMeanYears(
    result,
    net.nodes.map((n) => n.id),
  );
  const drawn = net.nodes.filter((n) => meanYear.has(n.id));
  blocks.push(heading('Terms by mean year'));
  if (net.nodes.length >= 2 && drawn.length) {
    blocks.push(
      figure(
        'term-overlay',
        'Term network coloured by mean publication year',
        overlaySvg(net, meanYear, { title: 'Term network coloured by mean publication year', width: columnPx('double'), range }),
        'double',
        inl`The term network of the previous section, each term coloured by the mean publication year of the definitions using it (over those with a year; VOSviewer's overlay visualisation). The scale runs from the earliest mean year of any term in ${code('terms.csv')} (dark blue) to the latest (yellow), drawn or not${drawn.length < net.nodes.length ? '; grey terms are used only by definitions without a year' : ''}. ${code('terms.csv')} has every term's ${code('mean_year')}.`,
      ),
    );
  } else blocks.push(paragraph([text('No clustered term is used by a dated definition: nothing to colour by year.')], 'empty'));
  return blocks;
}

/** Each factor's terms from period to period (Cobo et al. 2011), as a figure and a table. */
function evolutionBlocks(result: RunResult): Block[] {
  const factors = factorsOf(result);
  const { time } = analysesOf(result);
  const blocks: Block[] = [];
  const drawnPeriods = time.periods.map((p, i) => ({ ...p, i })).filter((p) => p.definitions > 0);
  blocks.push(heading('Thematic evolution'));
  if (drawnPeriods.length >= 2) {
    const colors = factorColors(result);
    const column = new Map(drawnPeriods.map((p, k) => [p.i, k]));
    blocks.push(
      figure(
        'thematic-evolution',
        'Thematic evolution of the factors across periods',
        evolutionSvg({
          title: 'Thematic evolution of the factors across periods',
          periods: drawnPeriods,
          factors: factors.map((f) => ({ id: f.id, label: f.label, color: colors.get(f.id)! })),
          themes: time.themes.filter((t) => column.has(t.period)).map((t) => ({ ...t, period: column.get(t.period)! })),
          links: time.evolution
            .filter((l) => l.inclusion !== undefined)
            .map((l) => ({ from: column.get(l.from)!, to: column.get(l.to)!, factorId: l.factorId, inclusion: l.inclusion! })),
          width: columnPx('double'),
        }),
        'double',
        'Each factor’s terms as the definitions of each period use them (a box; the number of terms inside, its width the period’s definitions with the factor), linked to the next period by the inclusion index |A ∩ B| / min(|A|, |B|) of the two sets of terms (line width; Cobo et al. 2011). A term belongs to one factor, so a factor links only to itself: the index says how much of its vocabulary carries over.',
      ),
      {
        kind: 'table',
        id: 'thematic-evolution',
        columns: [
          { label: 'factor', type: 'text' },
          { label: 'from', type: 'text' },
          { label: 'to', type: 'text' },
          { label: 'inclusion', type: 'number' },
          { label: 'terms that entered', type: 'long-text' },
          { label: 'terms that left', type: 'long-text' },
        ],
        rows: time.evolution.map((l) => ({
          cells: [
            l.factorId,
            time.periods[l.from]!.label,
            time.periods[l.to]!.label,
            l.inclusion === undefined ? '—' : l.inclusion.toFixed(2),
            l.entered.join(', '),
            l.left.join(', '),
          ],
        })),
        empty: 'No factor has terms in two periods.',
        sortable: true,
      },
    );
  } else blocks.push(paragraph([text('Fewer than two periods have definitions: there is no evolution to show.')], 'empty'));
  return blocks;
}

export const timeSection: SectionBuilder = { id: 'time', title: 'Time', build: timeBlocks };
