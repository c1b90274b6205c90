import { type RunResult } from '../../model/index.js';
import { formatP, percent } from '../format.js';
import { mdTable } from './markdown.js';
import { byTerm, bySector, byYear, duplicateRows, excludedKinds, excludedRecords, topTerms, type Count } from './data.js';
import type { RenderContext } from '../context.js';

/**
 * One section of `report.md`: a `##` heading and its Markdown, or undefined to leave it out.
 * Adding a section is adding an entry to `markdownSections`, where it should appear.
 */
export interface MarkdownSection {
  readonly title: string;
  readonly render: (result: RunResult, context: RenderContext) => string | undefined;
}

const counts = (label: string, rows: readonly Count[]) => mdTable([label, 'definitions'], rows.map((c) => [c.label, c.value]), [false, true]);

function overview(result: RunResult): string {
  return [
    `${result.analysed.length} of ${result.records} records analysed (${result.valid.length} valid, ${result.exclusions.length} excluded, ${result.duplicates.length} duplicate groups); ${result.terms.length} terms.`,
    '',
    '### By sector',
    '',
    counts('sector', bySector(result)),
    '### By term defined',
    '',
    counts('term defined', byTerm(result)),
    '### By year',
    '',
    counts('year', byYear(result)),
  ].join('\n');
}

function excluded(result: RunResult): string {
  const records = excludedRecords(result);
  return [
    '### Excluded kinds',
    '',
    excludedKinds(result).length ? counts('kind', excludedKinds(result)) : 'None.\n',
    '### Duplicate groups',
    '',
    duplicateRows(result).length
      ? mdTable(
          ['kept', 'kept author', 'kept because', 'left out (similarity)'],
          duplicateRows(result).map((g) => [g.keptId, g.keptAuthor, g.why, g.others.map((o) => `${o.id} (${o.exact ? 'same text' : o.similarity.toFixed(2)})`).join('; ')]),
        )
      : 'None.\n',
    '### Every excluded record',
    '',
    records.length
      ? mdTable(
          ['id', 'author', 'year', 'sector', 'kind', 'reason', 'counted instead', 'detail'],
          records.map((r) => [r.definition.id, r.definition.author, r.definition.year, r.definition.sector, r.definition.kind, r.reason === 'kind' ? 'kind not analysed' : 'duplicate', r.keptId, r.detail]),
          [false, false, true],
        )
      : 'None.\n',
  ].join('\n');
}

function terms(result: RunResult): string | undefined {
  if (!result.terms.length) return undefined;
  const { sectors } = result.config;
  const top = topTerms(result, 25);
  return [
    `The ${top.length} terms in the most of the ${result.analysed.length} analysed definitions (\`terms.csv\` lists all ${result.terms.length}).`,
    '',
    mdTable(
      ['term', 'definitions', 'share', 'frequency', ...sectors],
      top.map((t) => [t.term, t.definitions, percent(t.share), t.frequency, ...sectors.map((s) => t.bySector[s] ?? 0)]),
      [false, true, true, true, ...sectors.map(() => true)],
    ),
  ].join('\n');
}

function synthesis(result: RunResult): string {
  const s = result.synthesis;
  if (!s.text) return `No factor is used by at least ${percent(s.minShare)} of the analysed definitions (config \`synthesis.minShare\`).`;
  const labelOf = new Map(result.factors.map((f) => [f.id, f.label]));
  return [
    `> ${s.text}`,
    '',
    mdTable(
      ['clause', 'factor', 'role (m/e/a votes)', 'definitions', 'share', 'strong in', 'examples'],
      s.clauses.map((c) => [c.phrase, `${c.factorId}: ${labelOf.get(c.factorId)}`, `${c.role} (${c.votes.means}/${c.votes.end}/${c.votes.actor})`, c.definitions, percent(c.share), c.strongIn.join(', '), c.examples.join('; ')]),
      [false, false, false, true, true],
    ),
    s.representative ? `Most representative existing definition: \`${s.representative.definitionId}\`, using ${s.representative.factorIds.length} of the ${s.clauses.length} consensus factors.\n` : '',
  ].join('\n');
}

function factors(result: RunResult): string | undefined {
  if (!result.factors.length) return undefined;
  return [
    `${result.factors.length} factors; ${result.tables.withoutFactor.length} of ${result.analysed.length} definitions use none. Stability: mean best Jaccard match over ${result.config.factors.bootstrap} bootstrap resamples.`,
    '',
    mdTable(
      ['factor', 'label', 'definitions', 'share', 'stability', 'origin', 'terms'],
      result.factors.map((f) => [f.id, f.label, f.definitions, percent(f.share), f.stability === undefined ? '' : f.stability.toFixed(2), f.origin, f.terms.join(', ')]),
      [false, false, true, true, true],
    ),
  ].join('\n');
}

function sectors(result: RunResult): string | undefined {
  if (!result.factors.length) return undefined;
  const { sectors: names } = result.config;
  const cellOf = new Map(result.tables.sectorCells.map((c) => [`${c.factorId}\u0000${c.sector}`, c]));
  const testOf = new Map(result.tables.sectorTests.map((t) => [t.factorId, t]));
  const p = (x: number | undefined) => (x === undefined ? '' : formatP(x, 4));
  return [
    'Share of each sector’s definitions using the factor (a `+`/`−` where the adjusted standardized residual is beyond ±1.96), and the test of independence of factor and sector.',
    '',
    mdTable(
      ['factor', ...names, 'test', 'p', 'p (BH)'],
      result.factors.map((f) => {
        const t = testOf.get(f.id)!;
        return [
          f.id,
          ...names.map((s) => {
            const c = cellOf.get(`${f.id}\u0000${s}`)!;
            const mark = Math.abs(c.residual) > 1.96 ? (c.residual > 0 ? ' +' : ' −') : '';
            return c.share === undefined ? '—' : `${percent(c.share)} (${c.definitions}/${c.sectorTotal})${mark}`;
          }),
          t.test,
          p(t.pValue),
          p(t.pAdjusted),
        ];
      }),
      [false, ...names.map(() => true), false, true, true],
    ),
  ].join('\n');
}

/** The report, in order. */
export const markdownSections: readonly MarkdownSection[] = [
  { title: 'Synthesized definition', render: synthesis },
  { title: 'Corpus', render: overview },
  { title: 'Excluded records', render: excluded },
  { title: 'Top terms', render: terms },
  { title: 'Core factors', render: factors },
  { title: 'Factors by sector', render: sectors },
];

/** `report.md`: the report's tables in Markdown, for a README or a paper's supplement. */
export function reportMarkdown(result: RunResult, context: RenderContext, sections: readonly MarkdownSection[] = markdownSections): string {
  const parts = sections.flatMap((s) => {
    const body = s.render(result, context);
    return body === undefined ? [] : [`## ${s.title}\n\n${body.trimEnd()}\n`];
  });
  return `# How the corpus defines the smart city\n\nCorpus \`${context.corpusLabel}\`, written by citydefs ${context.versions.citydefs ?? ''}; \`manifest.json\` records the files, config and versions.\n\n${parts.join('\n')}`;
}
