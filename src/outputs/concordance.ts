import { contextLine } from '../model/concordance.js';
import type { RunResult } from '../model/index.js';
import { codebookSuggestions, EXAMPLES } from '../model/suggestions.js';
import { headerOf } from './dictionary.js';
import type { TextStream } from './content.js';
import { fixed, toCsv, type Cell } from './format.js';
import { kwicSource, kwicStream } from './kwic.js';

const headerFor = (file: string, result: RunResult) => headerOf(file, { sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) });

/** `kwic.csv` (see `kwicStream`). */
export const kwicCsv = (result: RunResult): TextStream => kwicStream(kwicSource(result));

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
