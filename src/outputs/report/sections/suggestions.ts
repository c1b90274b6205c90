import type { RunResult } from '../../../model/index.js';
import { analysedOf, contextOf, factorColors, factorsOf, suggestionsOf, usesCodebook } from '../data.js';
import { code, inl, paragraph, strong, type Block, type Column, type Inline } from '../model.js';
import { cited, type SectionBuilder } from './common.js';

// Each cell says what it is ("5 definitions, 1 new"), so a suggestion reads as a card on a phone and on paper.
const COLUMNS: readonly Column[] = [
  { label: 'factor', type: 'text' },
  { label: 'term = rule to add', type: 'text' },
  { label: 'definitions', type: 'number' },
  { label: 'fit and lift', type: 'number' },
  { label: 'examples', type: 'long-text' },
];

const decimals = (x: number) => (Number.isNaN(x) ? undefined : x.toFixed(2));

/**
 * The terms that joined a codebook factor by co-occurrence but do not code it, each with the rule
 * that would and two uses in their sentences: a researcher adds a rule in one edit.
 */
function suggestionsBlocks(result: RunResult): Block[] | undefined {
  if (!usesCodebook(result)) return undefined;
  const suggestions = suggestionsOf(result);
  const factors = factorsOf(result);
  const colors = factorColors(result);
  const definitions = analysedOf(result);
  if (!suggestions.length) {
    return [paragraph(inl`No term joined a codebook factor without being one of its rules' words: there is nothing to suggest.`, 'empty')];
  }
  return [
    paragraph(
      inl`These terms joined a codebook factor because definitions use them together with its words, but they do not code it: a codebook factor is coded by its rules alone. To make a term code its factor, add it as a rule to the factor's ${code('seed_terms')} in ${code('codebook.csv')} (rules are ${code(';')}-separated; the term's label matches the words it gathers) and rerun. "New" counts the definitions using the term that the factor does not code yet: what the rule would add. Fit is the share of the definitions using the term that also use one of the factor's rule words; lift is fit over chance, and at or below 1 the term joined on no more than chance. The same list is in ${code('codebook-suggestions.csv')}.`,
    ),
    {
      kind: 'table',
      id: 'suggestions-table',
      columns: COLUMNS,
      empty: 'No suggestion.',
      sortable: true,
      cards: true,
      rows: suggestions.map((s) => {
        const factor = factors[s.factor]!;
        const examples = s.examples.flatMap((row, i): Inline[] => {
          const d = definitions[row.definition]!;
          const [before, keyword, after] = contextOf(result, row);
          return [...(i ? inl`; ` : []), ...cited(d, d.id), ...inl`: “${before}${strong(keyword)}${after}”`];
        });
        return {
          cells: [
            { value: factor.id, content: [{ kind: 'factor', id: factor.id, color: colors.get(factor.id) ?? '#6b7280', evidence: [] }] },
            { value: s.rule, content: [code(s.rule)] },
            { value: s.definitions, content: inl`${s.definitions} definitions, ${s.newDefinitions} new` },
            { value: Number.isNaN(s.lift) ? undefined : s.lift, content: inl`fit ${decimals(s.fit) ?? '–'}, lift ${decimals(s.lift) ?? '–'}` },
            { value: s.examples.map((row) => row.keyword).join(' '), content: examples },
          ],
        };
      }),
    },
  ];
}

export const suggestionsSection: SectionBuilder = { id: 'codebook-suggestions', title: 'Codebook suggestions', build: suggestionsBlocks };
