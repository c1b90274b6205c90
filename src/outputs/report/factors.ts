import { barChart } from '../figures/bar.js';
import { heatMap } from '../figures/heatmap.js';
import type { Clause, Definition, Factor, SectorTest } from '../../model/index.js';
import { type RunResult } from '../../model/index.js';
import { formatP, percent } from '../format.js';
import { html, figure, table, type Column, type Html } from './html.js';

/** An adjusted standardized residual beyond this marks a cell that departs from independence (5% level). */
export const SIGNIFICANT_RESIDUAL = 1.96;

const pValue = (p: number | undefined) => (p === undefined ? '—' : formatP(p, 4));

/** `id` (author, year), linked to the definition's row in the definitions table. */
function cited(d: Definition | undefined, id: string): Html {
  const who = d ? [d.author, d.year].filter((x) => x !== undefined && x !== '').join(', ') : '';
  return html`<a href="#def-${id}">${id}</a>${who ? ` (${who})` : ''}`;
}

/** The synthesized definition, its clauses with their support and the definitions behind them. */
export function synthesisSection(result: RunResult): Html | undefined {
  const { synthesis } = result;
  const byId = new Map(result.analysed.map((d) => [d.id, d]));
  const factorOf = new Map(result.factors.map((f) => [f.id, f]));
  const n = result.analysed.length;
  if (!synthesis.text) {
    return html`<p class="empty">No factor is used by at least ${percent(synthesis.minShare)} of the ${n} analysed definitions (config <code>synthesis.minShare</code>), so there is no consensus to write.</p>`;
  }
  const columns: Column<Clause>[] = [
    { label: 'clause', value: (c) => c.phrase },
    { label: 'factor', value: (c) => `${c.factorId}: ${factorOf.get(c.factorId)?.label ?? ''}` },
    { label: 'role', value: (c) => c.role, render: (c) => html`${c.role} <small>(${c.votes.means}/${c.votes.end}/${c.votes.actor})</small>` },
    { label: 'definitions', value: (c) => c.definitions, numeric: true },
    { label: 'share', value: (c) => percent(c.share), numeric: true },
    { label: 'strong in', value: (c) => c.strongIn.join(', ') },
    { label: 'examples', value: (c) => c.examples.join('; '), render: (c) => html`${c.examples.map((id, i) => html`${i ? '; ' : ''}${cited(byId.get(id), id)}`)}` },
  ];
  const rep = synthesis.representative;
  const repDef = rep ? byId.get(rep.definitionId) : undefined;
  return html`<blockquote class="synthesis">${synthesis.text}</blockquote>
<p>Built from the ${synthesis.clauses.length} factors used by at least ${percent(synthesis.minShare)} of the ${n} analysed definitions, most supported first. Each factor's words are placed by the role they play in the definitions: what a city uses (means), what it achieves (end), who takes part (actor); the votes are the occurrences read as means / end / actor.</p>
${table(synthesis.clauses, columns, { id: 'clauses-table' })}
${
  rep && repDef
    ? html`<h3>Most representative existing definition</h3><p>${cited(repDef, rep.definitionId)} uses ${rep.factorIds.length} of the ${synthesis.clauses.length} consensus factors (${rep.factorIds.join(', ')}); ties go to the shortest text.</p><blockquote>${repDef.text}</blockquote>`
    : ''
}`;
}

/** The factors: prevalence chart and table with terms and stability. */
export function factorsSection(result: RunResult): Html | undefined {
  const { factors } = result;
  if (!factors.length) return html`<p class="empty">No factor: too few terms are used by at least ${result.config.factors.minDefinitions} definitions (config <code>factors.minDefinitions</code>).</p>`;
  const n = result.analysed.length;
  const columns: Column<Factor>[] = [
    { label: 'factor', value: (f) => f.id },
    { label: 'label', value: (f) => f.label },
    { label: 'definitions', value: (f) => f.definitions, numeric: true },
    { label: 'share', value: (f) => percent(f.share), numeric: true },
    { label: 'stability', value: (f) => (f.stability === undefined ? undefined : f.stability.toFixed(2)), numeric: true },
    { label: 'origin', value: (f) => f.origin },
    { label: 'terms (most definitions first)', value: (f) => f.terms.join(', '), className: 'text' },
  ];
  const chart = barChart({
    title: 'Factor prevalence',
    bars: factors.map((f) => ({ label: f.label, value: f.definitions, group: f.id, title: `${f.label}: ${f.definitions} of ${n} definitions (${percent(f.share)})` })),
    groups: factors.map((f) => ({ id: f.id, label: f.label })),
    valueLabel: `definitions using at least one of the factor's terms (of ${n})`,
    categoryLabel: 'factor',
    width: 760,
  });
  const none = result.tables.withoutFactor.length;
  return html`${figure(chart, `Definitions using each factor; ${none} of ${n} definitions use none.`)}
<p>Stability: the mean best Jaccard overlap of the factor's terms with a factor found again in ${result.config.factors.bootstrap} bootstrap resamples of the definitions (1: always found whole). Trust the stable ones first.</p>
${table(factors, columns, { id: 'factors-table', sortable: true })}`;
}

/** Factor × sector: a heat map of shares with significance marks, and the test of each factor. */
export function sectorsSection(result: RunResult): Html | undefined {
  const { factors } = result;
  if (!factors.length) return undefined;
  const { sectors } = result.config;
  const cells = result.tables.sectorCells;
  const heat = heatMap({
    title: 'Share of each sector’s definitions using each factor',
    rows: factors.map((f) => ({ id: f.id, label: f.label })),
    cols: sectors.map((s) => ({ id: s, label: s })),
    cells: cells.map((c) => ({
      row: c.factorId,
      col: c.sector,
      value: c.share ?? 0,
      ...(Math.abs(c.residual) > SIGNIFICANT_RESIDUAL ? { mark: c.residual > 0 ? '+' : '−' } : {}),
      title: `${c.factorId} × ${c.sector}: ${c.definitions} of ${c.sectorTotal} (${c.share === undefined ? 'no definitions' : percent(c.share)}); expected ${c.expected.toFixed(1)}, residual ${c.residual.toFixed(2)}`,
    })),
    rowLabel: 'factor',
    colLabel: 'sector',
    valueLabel: 'share of the sector’s analysed definitions',
    domain: [0, 1],
    format: (v) => `${Math.round(v * 100)}%`,
    markLegend: `+ / − adjusted standardized residual above ${SIGNIFICANT_RESIDUAL} / below −${SIGNIFICANT_RESIDUAL}`,
  });
  const columns: Column<SectorTest>[] = [
    { label: 'factor', value: (t) => t.factorId },
    { label: 'test', value: (t) => t.test },
    { label: 'chi-square', value: (t) => t.statistic.toFixed(2), numeric: true },
    { label: 'df', value: (t) => t.df, numeric: true },
    { label: 'p', value: (t) => pValue(t.pValue), numeric: true },
    { label: 'p (BH-adjusted)', value: (t) => pValue(t.pAdjusted), numeric: true },
    { label: 'smallest expected count', value: (t) => t.minExpected.toFixed(2), numeric: true },
  ];
  return html`${figure(heat, 'Each cell: the share of the sector’s definitions using the factor; a mark where the count departs from independence of factor and sector.')}
<p>Is a factor used more by some sectors than others? Each factor's 2 × ${sectors.length} table (with / without the factor, by sector) is tested for independence: Fisher's exact test where an expected count is below 5, else Pearson's chi-square; p-values are also given adjusted for testing ${factors.length} factors (Benjamini–Hochberg).</p>
${table(result.tables.sectorTests, columns, { id: 'sector-tests', sortable: true })}`;
}
