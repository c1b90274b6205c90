import {
  concordanceTotals,
  contextLine,
  keptInKwic,
  keywordIn,
  kwicLeftOut,
  leftContextAt,
  OccurrenceColumns,
  oneLineText,
  rightContextAt,
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
  const limit = result.config.report.kwicContext;
  const capped = kwicLeftOut(result) !== undefined;
  const totals = capped ? concordanceTotals(result) : undefined;
  const seenTerm = new Int32Array(capped ? result.terms.length : 0);
  const seenRule = new Int32Array(capped ? result.rules.length : 0);
  // The cells that repeat (a definition's source fields, term, factor, rule) are escaped once: 14
  // cells escaped per row were most of the table's time.
  const termCells = csvCells(result.terms, (t) => t.term);
  const ruleCells = csvCells(result.rules, (r) => r);
  const factorCells = result.factors.map((f) => csvCell(f.id));
  return csvLineStream(headerFor('kwic.csv', result), function* () {
    // Occurrences as columns (no object each), in `concordanceOccurrences`' order.
    const o = new OccurrenceColumns();
    // A span's contexts are the same for each occurrence there (a term and the rules that match
    // its words; nested terms sharing a start or an end): each context cut and escaped once.
    const rightCells = new Map<number, string>();
    let lines = '';
    for (let d = 0; d < result.analysed.length; d++) {
      const definition = result.analysed[d]!;
      let line: OneLineText | undefined;
      let source: string | undefined;
      let leftKey = -1;
      let leftSentence = -1;
      let leftCell = '';
      let keywordStart = -1;
      let keywordEnd = -1;
      let keywordCell = '';
      rightCells.clear();
      const n = o.read(result, d);
      for (let k = 0; k < n; k++) {
        const i = o.order[k]!;
        const term = o.kind[i] === 0 ? o.term[i]! : -1;
        const rule = term < 0 ? o.rule[i]! : -1;
        if (totals && !(term >= 0 ? keptInKwic(seenTerm[term]!++, totals.term[term]!, cap) : keptInKwic(seenRule[rule]!++, totals.rule[rule]!, cap))) continue;
        line ??= oneLineText(definition.text);
        source ??= `${csvCell(definition.id)},${csvCell(definition.author)},${csvCell(definition.year)},${csvCell(definition.sector)},`;
        const start = o.start[i]!;
        const end = o.end[i]!;
        if (start !== leftKey || o.sentenceStart[i] !== leftSentence) {
          leftKey = start;
          leftSentence = o.sentenceStart[i]!;
          leftCell = csvCell(leftContextAt(line, start, leftSentence, limit));
        }
        if (start !== keywordStart || end !== keywordEnd) {
          keywordStart = start;
          keywordEnd = end;
          keywordCell = csvCell(keywordIn(line, start, end));
        }
        // (offsets and sentence ends are at most the text's length)
        const rightKey = end * (definition.text.length + 1) + o.sentenceEnd[i]!;
        let rightCell = rightCells.get(rightKey);
        if (rightCell === undefined) rightCells.set(rightKey, (rightCell = csvCell(rightContextAt(line, end, o.sentenceEnd[i]!, limit))));
        // The cells of `csvLine([id, author, year, sector, term, factor, evidence, kind, rule, start, end, left, keyword, right])`.
        lines += `${source}${term < 0 ? '' : termCells(term)},${factorCells[o.factor[i]!] ?? ''},${o.evidence[i] ? 'yes' : 'no'},${term < 0 ? 'rule' : 'term'},${rule < 0 ? '' : ruleCells(rule)},${start},${end},${leftCell},${keywordCell},${rightCell}\n`;
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
