import {
  concordanceOccurrences,
  concordanceTotals,
  contextLine,
  contextsOf,
  keptInKwic,
  kwicLeftOut,
  oneLineText,
  type ConcordanceOccurrence,
  type OneLineText,
} from '../model/concordance.js';
import type { RunResult } from '../model/index.js';
import { codebookSuggestions, EXAMPLES } from '../model/suggestions.js';
import { headerOf } from './dictionary.js';
import { JOIN_CHARS, type TextStream } from './content.js';
import { csvCell, csvCells, csvLineStream, fixed, toCsv, type Cell } from './format.js';

const headerFor = (file: string, result: RunResult) => headerOf(file, { sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) });

/**
 * `kwic.csv`: the concordance, one row per term use and per piece of rule evidence, with its
 * source; at most `report.kwicFilePerTerm` of each term and of each rule, spread evenly over the
 * corpus (`keptInKwic`). Streamed definition by definition: the table is the largest output (about
 * 4.6 kB per definition uncapped), and its rows are never all held.
 */
export function kwicCsv(result: RunResult): TextStream {
  const cap = result.config.report.kwicFilePerTerm;
  const capped = kwicLeftOut(result) !== undefined;
  const totals = capped ? concordanceTotals(result) : undefined;
  const seenTerm = new Int32Array(capped ? result.terms.length : 0);
  const seenRule = new Int32Array(capped ? result.rules.length : 0);
  const kept = (o: ConcordanceOccurrence) =>
    !totals || (o.kind === 'term' ? keptInKwic(seenTerm[o.term]!++, totals.term[o.term]!, cap) : keptInKwic(seenRule[o.rule]!++, totals.rule[o.rule]!, cap));
  // The cells that repeat (a definition's source fields, term, factor, rule) are escaped once: 14
  // cells escaped per row were most of the table's time.
  const termCells = csvCells(result.terms, (t) => t.term);
  const ruleCells = csvCells(result.rules, (r) => r);
  const factorCells = result.factors.map((f) => csvCell(f.id));
  const termCell = (t: number) => (t < 0 ? '' : termCells(t));
  const ruleCell = (r: number) => (r < 0 ? '' : ruleCells(r));
  return csvLineStream(headerFor('kwic.csv', result), function* () {
    let lines = '';
    for (let d = 0; d < result.analysed.length; d++) {
      const definition = result.analysed[d]!;
      let line: OneLineText | undefined;
      let source: string | undefined;
      for (const o of concordanceOccurrences(result, d)) {
        if (!kept(o)) continue;
        line ??= oneLineText(definition.text);
        source ??= `${csvCell(definition.id)},${csvCell(definition.author)},${csvCell(definition.year)},${csvCell(definition.sector)},`;
        const { left, keyword, right } = contextsOf(result, o, line);
        // The cells of `csvLine([id, author, year, sector, term, factor, evidence, kind, rule, start, end, left, keyword, right])`.
        lines += `${source}${termCell(o.term)},${factorCells[o.factor] ?? ''},${o.evidence ? 'yes' : 'no'},${o.kind},${ruleCell(o.rule)},${o.start},${o.end},${csvCell(left)},${csvCell(keyword)},${csvCell(right)}\n`;
        if (lines.length >= JOIN_CHARS) {
          yield lines;
          lines = '';
        }
      }
    }
    if (lines) yield lines;
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
