import { concordanceOccurrences, contextLine, contextsOf, oneLineText } from '../model/concordance.js';
import type { RunResult } from '../model/index.js';
import { codebookSuggestions, EXAMPLES } from '../model/suggestions.js';
import { headerOf } from './dictionary.js';
import type { TextStream } from './content.js';
import { csvStream, fixed, toCsv, type Cell } from './format.js';

const headerFor = (file: string, result: RunResult) => headerOf(file, { sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) });

/**
 * `kwic.csv`: the concordance, one row per term use and per piece of rule evidence, with its
 * source. Streamed definition by definition: the table is the largest output (about 4 kB per
 * definition), and its rows are never all held.
 */
export function kwicCsv(result: RunResult): TextStream {
  return csvStream(headerFor('kwic.csv', result), function* () {
    for (let d = 0; d < result.analysed.length; d++) {
      const definition = result.analysed[d]!;
      const line = oneLineText(definition.text);
      for (const o of concordanceOccurrences(result, d)) {
        const { left, keyword, right } = contextsOf(result, o, line);
        yield [
          definition.id,
          definition.author,
          definition.year,
          definition.sector,
          o.term >= 0 ? result.terms[o.term]!.term : undefined,
          result.factors[o.factor]?.id,
          o.evidence ? 'yes' : 'no',
          o.kind,
          o.rule >= 0 ? result.rules[o.rule] : undefined,
          o.start,
          o.end,
          left,
          keyword,
          right,
        ];
      }
    }
  });
}

/** `codebook-suggestions.csv`: terms that joined a codebook factor without coding it, each with the rule that would. */
export function codebookSuggestionsCsv(result: RunResult): string {
  const { precision } = result.config;
  const number = (x: number): Cell => (Number.isNaN(x) ? undefined : fixed(x, precision));
  return toCsv(
    headerFor('codebook-suggestions.csv', result),
    codebookSuggestions(result).map((s) => {
      const examples = Array.from({ length: EXAMPLES }, (_, i) => s.examples[i]).flatMap((row): Cell[] => {
        if (!row) return [undefined, undefined];
        const d = result.analysed[row.definition]!;
        return [d.id, contextLine(row, d.text)];
      });
      return [result.factors[s.factor]!.id, result.terms[s.term]!.term, s.definitions, s.newDefinitions, number(s.fit), number(s.lift), s.rule, ...examples];
    }),
  );
}
