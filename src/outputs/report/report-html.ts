import { barChart } from '../figures/bar.js';
import { heatMap } from '../figures/heatmap.js';
import { networkSvg } from '../figures/term-map.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Definition, TermStats } from '../../model/index.js';
import { networkOf } from '../graph/view.js';
import { type RunResult } from '../../model/index.js';
import { percent } from '../format.js';
import { definitionFactorRows } from '../../model/views.js';
import { figure, html, page, table, type Column, type Html, type Section } from './html.js';
import { REPORT_CSS, REPORT_SCRIPT } from './assets.js';
import {
  byTerm,
  bySector,
  byYear,
  duplicateRows,
  excludedKinds,
  excludedRecords,
  termSectorShares,
  topTerms,
  type Count,
  type DuplicateRow,
  type ExcludedRecord,
} from './data.js';
import type { RenderContext } from '../context.js';
import { factorsSection, sectorsSection, synthesisSection } from './factors.js';

/**
 * One section of the report. `render` returns undefined to leave the section out (e.g. no data).
 * Adding a section is adding an entry to `reportSections`, where it should appear.
 */
export interface ReportSection {
  readonly id: string;
  readonly title: string;
  readonly render: (result: RunResult, context: RenderContext) => Html | undefined;
}

const TOP_TERMS = 25;

const countColumns = (label: string): Column<Count>[] => [
  { label, value: (c) => c.label },
  { label: 'definitions', value: (c) => c.value, numeric: true },
];

function overview(result: RunResult): Html {
  const stats: [string, number][] = [
    ['records read', result.records],
    ['valid', result.valid.length],
    ['analysed', result.analysed.length],
    ['excluded', result.exclusions.length],
    ['duplicate groups', result.duplicates.length],
    ['terms', result.terms.length],
  ];
  const sectors = bySector(result);
  const terms = byTerm(result);
  const years = byYear(result);
  return html`<ul class="stats">${stats.map(([label, value]) => html`<li><strong>${value}</strong>${label}</li>`)}</ul>
<div class="grid">
${figure(barChart({ title: 'Analysed definitions by sector', bars: sectors, valueLabel: 'definitions', categoryLabel: 'sector', width: 520 }), 'Analysed definitions by sector of the source.')}
${figure(barChart({ title: 'Analysed definitions by term defined', bars: terms, valueLabel: 'definitions', categoryLabel: 'term defined', width: 520 }), 'Analysed definitions by the term they define.')}
</div>
${figure(barChart({ title: 'Analysed definitions by year', bars: years, valueLabel: 'definitions', categoryLabel: 'year', orientation: 'vertical', sort: 'none', width: 900 }), 'Analysed definitions by year of publication ("unknown": no year given).')}
<div class="grid">
<div><h3>By sector</h3>${table(sectors, countColumns('sector'), { id: 'by-sector' })}</div>
<div><h3>By term defined</h3>${table(terms, countColumns('term defined'), { id: 'by-term' })}</div>
<div><h3>By year</h3>${table(years, countColumns('year'), { id: 'by-year' })}</div>
</div>`;
}

function excluded(result: RunResult): Html {
  const kinds = excludedKinds(result);
  const records = excludedRecords(result);
  const columns: Column<ExcludedRecord>[] = [
    { label: 'id', value: (r) => r.definition.id },
    { label: 'author', value: (r) => r.definition.author },
    { label: 'year', value: (r) => r.definition.year, numeric: true },
    { label: 'sector', value: (r) => r.definition.sector },
    { label: 'kind', value: (r) => r.definition.kind },
    { label: 'reason', value: (r) => (r.reason === 'kind' ? 'kind not analysed' : 'duplicate') },
    { label: 'counted instead', value: (r) => r.keptId },
    { label: 'detail', value: (r) => r.detail },
  ];
  const groups: Column<DuplicateRow>[] = [
    { label: 'kept', value: (g) => g.keptId },
    { label: 'kept author', value: (g) => g.keptAuthor },
    { label: 'kept because', value: (g) => g.why },
    { label: 'left out (similarity)', value: (g) => g.others.map((o) => `${o.id} (${o.exact ? 'same text' : o.similarity.toFixed(2)})`).join('; ') },
  ];
  const merge = result.config.duplicates.merge;
  return html`<p>${result.exclusions.length} of ${result.valid.length} valid records are not analysed: ${kinds.reduce((n, k) => n + k.value, 0)} for their kind (config <code>kinds</code>: ${result.config.kinds.join(', ')}) and ${records.filter((r) => r.reason === 'duplicate').length} as duplicates of a record counted in their place.</p>
<h3>Excluded kinds</h3>${table(kinds, countColumns('kind'), { id: 'excluded-kinds', empty: 'No record was excluded for its kind.' })}
<h3>Duplicate groups</h3><p>${merge ? 'Each group is counted once, as its kept record.' : 'Duplicates are counted separately (duplicates.merge is off); the groups are listed for the record.'}</p>
${table(duplicateRows(result), groups, { id: 'duplicate-groups', empty: 'No duplicates found.' })}
<h3>Every excluded record</h3>${table(records, columns, { id: 'excluded-records', sortable: true, empty: 'None.' })}`;
}

function terms(result: RunResult): Html | undefined {
  if (!result.terms.length) return undefined;
  const top = topTerms(result, TOP_TERMS);
  const total = result.analysed.length;
  const columns: Column<TermStats>[] = [
    { label: 'term', value: (t) => t.term },
    { label: 'definitions', value: (t) => t.definitions, numeric: true },
    { label: 'share', value: (t) => percent(t.share), numeric: true },
    { label: 'frequency', value: (t) => t.frequency, numeric: true },
    ...result.config.sectors.map((s): Column<TermStats> => ({ label: s, value: (t) => t.bySector[s] ?? 0, numeric: true })),
    { label: 'variants', value: (t) => t.variants.join('; ') },
  ];
  const cells = termSectorShares(result, 20);
  const rows = [...new Set(cells.map((c) => c.term))].map((t) => ({ id: t, label: t }));
  const heat = heatMap({
    title: 'Share of each sector’s definitions using each top term',
    rows,
    cols: result.config.sectors.map((s) => ({ id: s, label: s })),
    cells: cells.map((c) => ({ row: c.term, col: c.sector, value: c.share, title: `${c.term} × ${c.sector}: ${c.definitions} of ${c.total} definitions (${percent(c.share)})` })),
    rowLabel: 'term',
    colLabel: 'sector',
    valueLabel: 'share of the sector’s analysed definitions',
    domain: [0, Math.max(0.01, ...cells.map((c) => c.share))],
    format: (v) => `${Math.round(v * 100)}%`,
  });
  return html`${figure(
    barChart({
      title: `The ${top.length} terms in the most definitions`,
      bars: top.map((t) => ({ label: t.term, value: t.definitions, title: `${t.term}: ${t.definitions} of ${total} definitions (${percent(t.share)})` })),
      valueLabel: `definitions using the term (of ${total})`,
      categoryLabel: 'term',
      width: 760,
    }),
    `The ${top.length} terms used by the most analysed definitions; terms.csv lists all ${result.terms.length}.`,
  )}
${figure(heat, 'Each cell: the share of the sector’s analysed definitions that use the term, so sectors of different sizes compare fairly.')}
${table(top, columns, { id: 'top-terms', sortable: true })}`;
}

function network(result: RunResult): Html | undefined {
  const net = networkOf(result);
  if (net.nodes.length < 2) return html`<p class="empty">Too few frequent terms to draw a network.</p>`;
  const svg = networkSvg(net, { title: 'Term co-occurrence network', sizeLabel: 'definitions', weightLabel: 'definitions with both terms' });
  return html`${figure(svg, `${net.nodes.length} clustered terms coloured by factor (node area: definitions using the term) and ${net.edges.length} links between terms used together in at least two definitions, more often than chance (line width: definitions using both). Laid out with ForceAtlas2 from seeded start positions.`)}`;
}

/** The anchor of a definition's row in the definitions table. */
export const definitionAnchor = (id: string) => `def-${id}`;

/** A link to a definition's row, e.g. from a clause of the synthesized definition to its support. */
export function definitionLink(id: string): Html {
  return html`<a href="#${definitionAnchor(id)}">${id}</a>`;
}

const safeUrl = (url: string) => (/^https?:\/\//i.test(url) ? url : '');

/** Columns of the definitions table: the record, then one 0/1 column per factor (its evidence on hover). */
export function definitionColumns(result: RunResult): Column<Definition>[] {
  const evidence = new Map(definitionFactorRows(result).map((d) => [`${d.definitionId}\u0000${d.factorId}`, d.evidence.join('; ')]));
  const factorColumns = result.factors.map(
    (f): Column<Definition> => ({
      label: f.id,
      numeric: true,
      value: (d) => (evidence.has(`${d.id}\u0000${f.id}`) ? 1 : 0),
      render: (d) => {
        const words = evidence.get(`${d.id}\u0000${f.id}`);
        return words === undefined ? html`0` : html`<span title="${words}">1</span>`;
      },
    }),
  );
  return [
    { label: 'id', value: (d) => d.id, render: (d) => (safeUrl(d.url) ? html`<a href="${safeUrl(d.url)}" rel="noreferrer">${d.id}</a>` : html`${d.id}`) },
    { label: 'author', value: (d) => d.author },
    { label: 'year', value: (d) => d.year, numeric: true },
    { label: 'sector', value: (d) => d.sector },
    { label: 'term defined', value: (d) => d.term },
    { label: 'text', value: (d) => d.text, className: 'text' },
    ...factorColumns,
  ];
}

function definitions(result: RunResult): Html {
  return html`<p>The ${result.analysed.length} analysed definitions. Click a column header to sort; type to filter.</p>
${table(result.analysed, definitionColumns(result), { id: 'definitions-table', sortable: true, filterable: true, empty: 'No definition was analysed.', rowId: (d) => definitionAnchor(d.id) })}`;
}

function diagnostics(result: RunResult): Html {
  const where = (d: Diagnostic) => [d.file ? `${d.file}${d.line !== undefined ? `:${d.line}` : d.page !== undefined ? ` p${d.page}` : d.record !== undefined ? ` #${d.record}` : ''}` : '', d.field ? `[${d.field}]` : ''].filter(Boolean).join(' ');
  const columns: Column<Diagnostic>[] = [
    { label: 'severity', value: (d) => d.severity, render: (d) => html`<span class="sev-${d.severity}">${d.severity}</span>` },
    { label: 'where', value: where },
    { label: 'record', value: (d) => d.recordId },
    { label: 'message', value: (d) => (d.actual?.trim() ? `${d.message}; found \`${d.actual}\`` : d.message), className: 'text' },
    { label: 'code', value: (d) => d.code },
  ];
  return table(result.diagnostics, columns, { id: 'diagnostics-table', sortable: true, empty: 'No diagnostics: every record was read and valid.' });
}

/** The report, in order. */
export const reportSections: readonly ReportSection[] = [
  { id: 'synthesis', title: 'Synthesized definition', render: synthesisSection },
  { id: 'corpus', title: 'Corpus', render: overview },
  { id: 'excluded', title: 'Excluded records', render: excluded },
  { id: 'terms', title: 'Top terms', render: terms },
  { id: 'factors', title: 'Core factors', render: factorsSection },
  { id: 'sectors', title: 'Factors by sector', render: sectorsSection },
  { id: 'network', title: 'Term co-occurrence network', render: network },
  { id: 'definitions', title: 'Definitions', render: definitions },
  { id: 'diagnostics', title: 'Diagnostics', render: diagnostics },
];

/** `report.html`: one self-contained, printable page (inline CSS, SVG and script; no network). */
export function reportHtml(result: RunResult, context: RenderContext, sections: readonly ReportSection[] = reportSections): string {
  const rendered: Section[] = sections.flatMap((s) => {
    const body = s.render(result, context);
    return body ? [{ id: s.id, title: s.title, body }] : [];
  });
  return page({
    title: 'How the corpus defines the smart city',
    lead: html`<p class="lead">${result.analysed.length} definitions analysed from ${result.records} records in <code>${context.corpusLabel}</code>. The tables behind every number are in the same folder (terms.csv, definitions.csv, …).</p>`,
    sections: rendered,
    css: REPORT_CSS,
    script: REPORT_SCRIPT,
    footer: html`Written by citydefs ${context.versions.citydefs ?? ''}. The corpus files, config and versions behind this page are in <code>manifest.json</code>.`,
  });
}

