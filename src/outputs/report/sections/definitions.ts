import type { RunResult } from '../../../model/index.js';
import { keyTermsOf } from '../../../model/views.js';
import { analysedOf, definitionFactors, factorColors, reportRowLimit } from '../data.js';
import { code, definitionAnchor, em, inl, isWebAddress, link, paragraph, text, type Block, type Column, type Inline } from '../model.js';
import type { SectionBuilder } from './common.js';

const COLUMNS: readonly Column[] = [
  { label: 'id', type: 'text' },
  { label: 'author', type: 'text' },
  { label: 'year', type: 'number' },
  { label: 'sector', type: 'text' },
  { label: 'term defined', type: 'text' },
  { label: 'text', type: 'long-text' },
  { label: 'factors', type: 'text' },
];

/**
 * Every analysed definition with its source and its factors as chips (the words that put each
 * there on hover, and on paper): the appendix the other sections link to.
 */
function definitionsBlocks(result: RunResult): Block[] {
  const total = analysedOf(result).length;
  const rows = definitionFactors(result, reportRowLimit(result));
  const colors = factorColors(result);
  return [
    paragraph(
      rows.length < total
        ? inl`The first ${rows.length} of the ${total} analysed definitions (config ${code('report.maxRows')}), each with its source, its key terms as written under its text (most key first; ${code('definition-keyterms.csv')}) and the factors its words put it in (with those words); all ${total} are in ${code('records.csv')}, their factors and words in ${code('definition-factors.csv')}.`
        : inl`The ${rows.length} analysed definitions, each with its source, its key terms as written under its text (most key first; ${code('definition-keyterms.csv')}) and the factors its words put it in (with those words).`,
    ),
    paragraph(inl`Click a column header to sort; type in the box to filter. Hover a factor for its words.`, 'screen'),
    {
      kind: 'table',
      id: 'definitions-table',
      columns: COLUMNS,
      empty: 'No definition was analysed.',
      sortable: true,
      filterable: true,
      cards: true,
      // The rows shown are the first analysed definitions, in order: row i is definition i.
      rows: rows.map(({ definition: d, factors }, i) => ({
        anchor: definitionAnchor(d.id),
        cells: [
          { value: d.id, content: isWebAddress(d.url) ? [link(d.url, d.id)] : inl`${d.id}` },
          d.author,
          d.year,
          d.sector,
          d.term,
          // The key terms under the text, where the eye already is (a column of their own would not fit a screen).
          keyTermsCell(
            d.text,
            keyTermsOf(result, i).map((k) => k.asWritten),
          ),
          {
            value: factors.map((f) => f.factorId).join(' '),
            content: factors.flatMap((f, k): Inline[] => [
              ...(k ? inl` ` : []),
              { kind: 'factor', id: f.factorId, color: colors.get(f.factorId) ?? '#6b7280', evidence: f.evidence },
            ]),
          },
        ],
      })),
    },
  ];
}

export const definitionsSection: SectionBuilder = { id: 'definitions', title: 'Definitions', build: definitionsBlocks };

/** A definition's text with its key terms under it. */
function keyTermsCell(definitionText: string, keyTerms: readonly string[]) {
  return keyTerms.length ? { value: definitionText, content: [text(`${definitionText}\n`), em(`Key terms: ${keyTerms.join('; ')}`)] } : definitionText;
}
