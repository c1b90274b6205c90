import type { RunResult } from '../pipeline.js';
import { mdTable } from './markdown.js';
import { byTerm, bySector, byYear, duplicateRows, excludedKinds, excludedRecords, topTerms, type Count } from './report-data.js';
import type { RenderContext } from './renderers.js';

/**
 * One section of `report.md`: a `##` heading and its Markdown, or undefined to leave it out.
 * Adding a section is adding an entry to `markdownSections`, where it should appear.
 */
export interface MarkdownSection {
  readonly title: string;
  readonly render: (result: RunResult, context: RenderContext) => string | undefined;
}

const counts = (label: string, rows: readonly Count[]) => mdTable([label, 'definitions'], rows.map((c) => [c.label, c.value]), [false, true]);
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

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

/** The report, in order. Factor tables (issue 3) slot in after `Top terms`. */
export const markdownSections: readonly MarkdownSection[] = [
  { title: 'Corpus', render: overview },
  { title: 'Excluded records', render: excluded },
  { title: 'Top terms', render: terms },
];

/** `report.md`: the report's tables in Markdown, for a README or a paper's supplement. */
export function reportMarkdown(result: RunResult, context: RenderContext, sections: readonly MarkdownSection[] = markdownSections): string {
  const parts = sections.flatMap((s) => {
    const body = s.render(result, context);
    return body === undefined ? [] : [`## ${s.title}\n\n${body.trimEnd()}\n`];
  });
  return `# How the corpus defines the smart city\n\nCorpus \`${context.corpusLabel}\`, written by citydefs ${context.versions.citydefs ?? ''}; \`manifest.json\` records the files, config and versions.\n\n${parts.join('\n')}`;
}
