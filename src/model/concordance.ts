import type { RunResult } from './run.js';
import type { Span, TermUses } from './terms.js';
import { memo } from './views.js';

/**
 * One occurrence in the concordance (KWIC): a term use, or a span of text a codebook rule matched
 * that is evidence of a matrix cell, with the words around it in its sentence.
 */
export interface ConcordanceRow {
  /** The definition's index among the analysed definitions. */
  readonly definition: number;
  /** Offsets of the keyword in the definition's text. */
  readonly start: number;
  readonly end: number;
  readonly kind: 'term' | 'rule';
  /** The term's id (a term use), else -1. */
  readonly term: number;
  /** The rule's number in `RunResult.rules` (rule evidence), else -1. */
  readonly rule: number;
  /** The factor: the term's (-1 when it is in none), or the one the rule codes. */
  readonly factor: number;
  /** This occurrence is evidence of the definition's cell for `factor` (a rule match, or a term that codes its factor). */
  readonly evidence: boolean;
  readonly left: string;
  readonly keyword: string;
  readonly right: string;
}

const ELLIPSIS = '…';

/** Whitespace runs as one space, ends trimmed: a context reads as one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether `i` falls between the two halves of a surrogate pair (never cut there). */
const insidePair = (text: string, i: number) => i > 0 && i < text.length && /[\uD800-\uDBFF]/.test(text[i - 1]!) && /[\uDC00-\uDFFF]/.test(text[i]!);

/**
 * The last `limit` characters of the text before a keyword, cut at a word boundary (a part of a
 * word is dropped), with `…` where it was cut. A single word longer than the limit is cut inside.
 */
export function leftContext(before: string, limit: number): string {
  return cutLeft(oneLine(before), limit);
}

/** `leftContext` of text already made one line. */
function cutLeft(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit === 0) return ELLIPSIS;
  let from = text.length - limit;
  if (insidePair(text, from)) from++;
  if (text[from - 1] !== ' ') {
    const space = text.indexOf(' ', from);
    if (space >= 0) from = space + 1;
  }
  return ELLIPSIS + text.slice(from).trimStart();
}

/** The first `limit` characters of the text after a keyword, cut at a word boundary, `…` where it was cut. */
export function rightContext(after: string, limit: number): string {
  return cutRight(oneLine(after), limit);
}

/** `rightContext` of text already made one line. */
function cutRight(text: string, limit: number): string {
  if (text.length <= limit) return text;
  if (limit === 0) return ELLIPSIS;
  let to = limit;
  if (insidePair(text, to)) to--;
  if (text[to] !== ' ') {
    const space = text.lastIndexOf(' ', to);
    if (space > 0) to = space;
  }
  return text.slice(0, to).trimEnd() + ELLIPSIS;
}

/** The sentence of definition `d` a span of rule evidence starts in (sentences in text order); the whole text when it has none. */
export function sentenceAt(uses: TermUses, d: number, start: number, textLength: number): Span {
  let lo = uses.sentenceOffsets[d]!;
  let hi = uses.sentenceOffsets[d + 1]! - 1;
  if (hi < lo) return { start: 0, end: textLength };
  // The last sentence starting at or before the span.
  let found = lo;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (uses.sentenceStart[mid]! <= start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return { start: uses.sentenceStart[found]!, end: uses.sentenceEnd[found]! };
}

/** A concordance row before its keyword and contexts are cut: where it is, what it is, and its sentence. */
export interface ConcordanceOccurrence extends Omit<ConcordanceRow, 'left' | 'keyword' | 'right'> {
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** Term use `u` (of definition `d`) as a concordance occurrence. */
export function termOccurrence(result: RunResult, d: number, u: number): ConcordanceOccurrence {
  const { uses } = result;
  const term = uses.term[u]!;
  const sentence = uses.sentenceOffsets[d]! + uses.sentence[u]!;
  return {
    definition: d,
    start: uses.start[u]!,
    end: uses.end[u]!,
    kind: 'term',
    term,
    rule: -1,
    factor: result.termFactors.factor[term]!,
    evidence: result.termFactors.codes[term] === 1,
    sentenceStart: uses.sentenceStart[sentence]!,
    sentenceEnd: uses.sentenceEnd[sentence]!,
  };
}

/**
 * The occurrences of definition `d` in the concordance's order (text order, a term use before rule
 * evidence on the same span), the same match found twice kept once; no text is cut yet, so a
 * caller that shows a few pays only for those (`withContext`). Read through `OccurrenceColumns`,
 * the one place that order and those repeats are decided.
 */
export function concordanceOccurrences(result: RunResult, d: number): ConcordanceOccurrence[] {
  const columns = (reading ??= new OccurrenceColumns());
  const occurrences: ConcordanceOccurrence[] = [];
  for (let k = 0, n = columns.read(result, d); k < n; k++) {
    const i = columns.order[k]!;
    occurrences.push({
      definition: d,
      start: columns.start[i]!,
      end: columns.end[i]!,
      kind: columns.kind[i] === 0 ? 'term' : 'rule',
      term: columns.term[i]!,
      rule: columns.rule[i]!,
      factor: columns.factor[i]!,
      evidence: columns.evidence[i] === 1,
      sentenceStart: columns.sentenceStart[i]!,
      sentenceEnd: columns.sentenceEnd[i]!,
    });
  }
  return occurrences;
}

/** Reused by `concordanceOccurrences` (made on first use: the class is declared below). */
let reading: OccurrenceColumns | undefined;

/**
 * Definition `d`'s occurrences as columns, in the concordance's order with the repeats dropped,
 * without an object per occurrence: for `kwic.csv`, which
 * goes through every occurrence of the corpus (over 400,000 objects at 20,000 definitions, most of
 * them then left out by its cap). The columns are reused from one definition to the next.
 */
export class OccurrenceColumns {
  start = new Int32Array(64);
  end = new Int32Array(64);
  /** 0: a term use, 1: rule evidence. */
  kind = new Uint8Array(64);
  term = new Int32Array(64);
  rule = new Int32Array(64);
  factor = new Int32Array(64);
  evidence = new Uint8Array(64);
  sentenceStart = new Int32Array(64);
  sentenceEnd = new Int32Array(64);
  /** `order[0..count)`: the occurrences read, by their index in the columns. */
  order = new Int32Array(64);
  count = 0;

  /** Reads definition `d`'s occurrences; their number is then `count`. */
  read(result: RunResult, d: number): number {
    const { uses } = result;
    const { matrix } = result.tables;
    const { factor: termFactor, codes } = result.termFactors;
    const textLength = result.analysed[d]!.text.length;
    const from = uses.offsets[d]!;
    const to = uses.offsets[d + 1]!;
    let n = 0;
    this.#room(to - from + matrix.evidenceOffsets[(d + 1) * matrix.factors]! - matrix.evidenceOffsets[d * matrix.factors]!);
    for (let u = from; u < to; u++) {
      const term = uses.term[u]!;
      const sentence = uses.sentenceOffsets[d]! + uses.sentence[u]!;
      this.#set(
        n++,
        uses.start[u]!,
        uses.end[u]!,
        0,
        term,
        -1,
        termFactor[term]!,
        codes[term] === 1 ? 1 : 0,
        uses.sentenceStart[sentence]!,
        uses.sentenceEnd[sentence]!,
      );
    }
    for (let f = 0; f < matrix.factors; f++) {
      const c = d * matrix.factors + f;
      for (let e = matrix.evidenceOffsets[c]!; e < matrix.evidenceOffsets[c + 1]!; e++) {
        const rule = matrix.evidenceRule[e]!;
        if (rule < 0) continue;
        const start = matrix.evidenceStart[e]!;
        const sentence = sentenceAt(uses, d, start, textLength);
        this.#set(n++, start, matrix.evidenceEnd[e]!, 1, -1, rule, f, 1, sentence.start, sentence.end);
      }
    }
    const order = this.#sorted(n);
    let kept = 0;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      // The same match found twice adds nothing.
      if (kept > 0) {
        const p = order[kept - 1]!;
        if (
          this.start[p] === this.start[i] &&
          this.end[p] === this.end[i] &&
          this.kind[p] === this.kind[i] &&
          this.term[p] === this.term[i] &&
          this.rule[p] === this.rule[i]
        )
          continue;
      }
      order[kept++] = i;
    }
    return (this.count = kept);
  }

  /** Room for `n` occurrences. */
  #room(n: number): void {
    if (n <= this.start.length) return;
    const size = Math.max(n, this.start.length * 2);
    this.start = new Int32Array(size);
    this.end = new Int32Array(size);
    this.kind = new Uint8Array(size);
    this.term = new Int32Array(size);
    this.rule = new Int32Array(size);
    this.factor = new Int32Array(size);
    this.evidence = new Uint8Array(size);
    this.sentenceStart = new Int32Array(size);
    this.sentenceEnd = new Int32Array(size);
    this.order = new Int32Array(size);
  }

  #set(
    i: number,
    start: number,
    end: number,
    kind: number,
    term: number,
    rule: number,
    factor: number,
    evidence: number,
    sentenceStart: number,
    sentenceEnd: number,
  ): void {
    this.start[i] = start;
    this.end[i] = end;
    this.kind[i] = kind;
    this.term[i] = term;
    this.rule[i] = rule;
    this.factor[i] = factor;
    this.evidence[i] = evidence;
    this.sentenceStart[i] = sentenceStart;
    this.sentenceEnd[i] = sentenceEnd;
  }

  /** Text order, a term use before rule evidence on the same span, then term, rule, factor: negative when `a` comes first. */
  #compare(a: number, b: number): number {
    return (
      this.start[a]! - this.start[b]! ||
      this.end[a]! - this.end[b]! ||
      this.kind[a]! - this.kind[b]! ||
      this.term[a]! - this.term[b]! ||
      this.rule[a]! - this.rule[b]! ||
      this.factor[a]! - this.factor[b]!
    );
  }

  /** The first `n` occurrences' indices in order; a stable sort (ties keep the order read), so that the order does not depend on the sort. */
  #sorted(n: number): Int32Array {
    const order = this.order.subarray(0, n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (n > INSERTION_SORT_SPANS) return order.sort((a, b) => this.#compare(a, b) || a - b);
    // Mostly in order already (uses in text order, then each cell's evidence): a few comparisons each.
    for (let i = 1; i < n; i++) {
      const x = order[i]!;
      let j = i - 1;
      for (; j >= 0 && this.#compare(order[j]!, x) > 0; j--) order[j + 1] = order[j]!;
      order[j + 1] = x;
    }
    return order;
  }
}

/** Reused by `concordanceSpans`: one definition's spans (start, end, term or -1) and their order. */
let spanStart = new Int32Array(256);
let spanEnd = new Int32Array(256);
let spanTerm = new Int32Array(256);
let spanOrder = new Int32Array(256);

/**
 * The places of definition `d`: the distinct spans of `concordanceOccurrences(result, d)`, in its
 * order (start, then end), each with the term its last term use there names (the highest term id,
 * as the occurrences sort them; -1 when only rules match there). For a caller that counts places
 * and needs no occurrence: none is made (at a million definitions, tens of millions of objects).
 */
export function concordanceSpans(result: RunResult, d: number, visit: (start: number, end: number, term: number) => void): void {
  const { uses } = result;
  const { matrix } = result.tables;
  let n = 0;
  const add = (start: number, end: number, term: number) => {
    if (n === spanStart.length) {
      const grown = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      spanStart = grown(spanStart);
      spanEnd = grown(spanEnd);
      spanTerm = grown(spanTerm);
      spanOrder = new Int32Array(spanStart.length);
    }
    spanStart[n] = start;
    spanEnd[n] = end;
    spanTerm[n] = term;
    n++;
  };
  for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) add(uses.start[u]!, uses.end[u]!, uses.term[u]!);
  for (let f = 0; f < matrix.factors; f++) {
    const c = d * matrix.factors + f;
    for (let e = matrix.evidenceOffsets[c]!; e < matrix.evidenceOffsets[c + 1]!; e++)
      if (matrix.evidenceRule[e]! >= 0) add(matrix.evidenceStart[e]!, matrix.evidenceEnd[e]!, -1);
  }
  const order = spansInOrder(n);
  for (let i = 0; i < n;) {
    const start = spanStart[order[i]!]!;
    const end = spanEnd[order[i]!]!;
    let term = -1;
    for (; i < n && spanStart[order[i]!] === start && spanEnd[order[i]!] === end; i++) term = Math.max(term, spanTerm[order[i]!]!);
    visit(start, end, term);
  }
}

/** Spans past which a sort with a comparator is quicker than sorting by insertion. */
const INSERTION_SORT_SPANS = 64;

/**
 * The first `n` spans' numbers by start, then end (spans at the same place in any order: only the
 * highest term there counts). A definition has some twenty spans, mostly in order already: sorting
 * by insertion costs a few comparisons each, where a typed array's sort with a comparator copied
 * and called it per comparison (a sixth of the report's build at 20,000 definitions).
 */
function spansInOrder(n: number): Int32Array {
  const order = spanOrder.subarray(0, n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n > INSERTION_SORT_SPANS) return order.sort((a, b) => spanStart[a]! - spanStart[b]! || spanEnd[a]! - spanEnd[b]!);
  for (let i = 1; i < n; i++) {
    const x = order[i]!;
    const start = spanStart[x]!;
    const end = spanEnd[x]!;
    let j = i - 1;
    for (; j >= 0; j--) {
      const y = order[j]!;
      if (spanStart[y]! < start || (spanStart[y] === start && spanEnd[y]! <= end)) break;
      order[j + 1] = y;
    }
    order[j + 1] = x;
  }
  return order;
}

/** How often each term and each rule occurs in the concordance (its rows before `kwic.csv`'s cap), by term id and rule number. */
export interface ConcordanceTotals {
  readonly term: Int32Array;
  readonly rule: Int32Array;
  /** The most occurrences of any one term or rule. */
  readonly most: number;
}

// Keyed by the matrix, which a run and the same run with its stability measured share.
const totalsOf = new WeakMap<object, ConcordanceTotals>();

/**
 * The concordance's occurrences of each term and rule, counted in one pass over its definitions
 * from the columns (no object per occurrence: 19 million at a million definitions). What
 * `concordanceOccurrences` keeps once is counted once: a term use, and a rule's evidence, at the
 * same span as another of the same term or rule in the definition.
 */
export function concordanceTotals(result: RunResult): ConcordanceTotals {
  const cached = totalsOf.get(result.tables.matrix);
  if (cached) return cached;
  const { uses } = result;
  const term = new Int32Array(result.terms.length);
  const rule = new Int32Array(result.rules.length);
  const evidence = new RuleEvidence();
  for (let d = 0; d < result.analysed.length; d++) {
    if (usesInOrder(uses, d) && evidence.read(result.tables.matrix, d)) {
      countTermUses(uses, d, term);
      evidence.addTo(rule);
    } else {
      // Uses out of text order, or many rule matches in one text: counted the long way.
      for (const o of concordanceOccurrences(result, d)) {
        if (o.kind === 'term') term[o.term]!++;
        else rule[o.rule]!++;
      }
    }
  }
  let most = 0;
  for (const n of term) most = Math.max(most, n);
  for (const n of rule) most = Math.max(most, n);
  const totals = { term, rule, most };
  totalsOf.set(result.tables.matrix, totals);
  return totals;
}

/** Whether definition `d`'s uses are in order of their start (as the tokenizer gives them). */
function usesInOrder(uses: TermUses, d: number): boolean {
  for (let u = uses.offsets[d]! + 1; u < uses.offsets[d + 1]!; u++) if (uses.start[u]! < uses.start[u - 1]!) return false;
  return true;
}

/** Adds definition `d`'s term uses (in order of their start) to `counts`, a use at the same span as an earlier one of the same term once. */
function countTermUses(uses: TermUses, d: number, counts: Int32Array): void {
  const from = uses.offsets[d]!;
  for (let u = from; u < uses.offsets[d + 1]!; u++) {
    let seen = false;
    // Uses at the same start are next to each other.
    for (let v = u - 1; v >= from && uses.start[v] === uses.start[u] && !seen; v--) seen = uses.end[v] === uses.end[u] && uses.term[v] === uses.term[u];
    if (!seen) counts[uses.term[u]!]!++;
  }
}

/** Most rule matches in one text compared pairwise; a text with more is counted the long way. */
const PAIRWISE = 64;

/** A definition's rule evidence (across its cells), to count each (span, rule) once. */
class RuleEvidence {
  readonly #start = new Int32Array(PAIRWISE);
  readonly #end = new Int32Array(PAIRWISE);
  readonly #rule = new Int32Array(PAIRWISE);
  #n = 0;

  /** Reads definition `d`'s rule evidence; false when it has more than `PAIRWISE` pieces. */
  read(matrix: RunResult['tables']['matrix'], d: number): boolean {
    this.#n = 0;
    const last = matrix.evidenceOffsets[(d + 1) * matrix.factors]!;
    for (let e = matrix.evidenceOffsets[d * matrix.factors]!; e < last; e++) {
      const rule = matrix.evidenceRule[e]!;
      if (rule < 0) continue;
      if (this.#n === PAIRWISE) return false;
      this.#start[this.#n] = matrix.evidenceStart[e]!;
      this.#end[this.#n] = matrix.evidenceEnd[e]!;
      this.#rule[this.#n++] = rule;
    }
    return true;
  }

  /** Adds the evidence read to `counts`, the same rule at the same span once. */
  addTo(counts: Int32Array): void {
    for (let i = 0; i < this.#n; i++) {
      let seen = false;
      for (let j = 0; j < i && !seen; j++) seen = this.#start[j] === this.#start[i] && this.#end[j] === this.#end[i] && this.#rule[j] === this.#rule[i];
      if (!seen) counts[this.#rule[i]!]!++;
    }
  }
}

/**
 * Whether occurrence `k` (from 0, in concordance order) of a term or rule that occurs `n` times is
 * one of the `cap` that `kwic.csv` keeps (`report.kwicFilePerTerm`; 0 keeps all): those where
 * ⌊(k + 1)·cap / n⌋ steps up, exactly `cap` of the `n`, spread evenly over the corpus (not its
 * first definitions), and chosen as the rows stream by.
 */
export function keptInKwic(k: number, n: number, cap: number): boolean {
  return cap === 0 || n <= cap || Math.floor(((k + 1) * cap) / n) > Math.floor((k * cap) / n);
}

/**
 * What `kwic.csv`'s cap leaves out (undefined: nothing): occurrences in all, those left out, and
 * the terms and rules that have more than the cap. Counts the concordance only when the uses and
 * the evidence together outnumber the cap.
 */
export function kwicLeftOut(result: RunResult): { occurrences: number; leftOut: number; capped: number } | undefined {
  const cap = result.config.report.kwicFilePerTerm;
  if (cap === 0 || result.uses.term.length + result.tables.matrix.evidenceRule.length <= cap) return undefined;
  const totals = concordanceTotals(result);
  if (totals.most <= cap) return undefined;
  let occurrences = 0;
  let leftOut = 0;
  let capped = 0;
  for (const counts of [totals.term, totals.rule]) {
    for (const n of counts) {
      occurrences += n;
      if (n > cap) {
        leftOut += n - cap;
        capped++;
      }
    }
  }
  return { occurrences, leftOut, capped };
}

/**
 * A definition's text as one line (each whitespace run one space) and, for each offset of the
 * text, where it falls in that line (a whitespace character: at its run's space). The one-line form
 * of any part of the text is then a slice of it, trimmed: the same string `oneLine` makes of that
 * part (a run cut by the part's ends becomes an end space, which the trim drops either way), made
 * without passing over the sentence again for each of its words.
 */
export interface OneLineText {
  readonly line: string;
  /** Undefined when the text is one line already (single spaces only): each offset is its own. */
  readonly at: Int32Array | undefined;
}

/** Whitespace that one-lining changes: a run of two, or any but a plain space. */
const CHANGED_BY_ONE_LINE = /\s\s|[^\S ]/;

const WHITESPACE_RUN = /\s+/g;

export function oneLineText(text: string): OneLineText {
  if (!CHANGED_BY_ONE_LINE.test(text)) return { line: text, at: undefined };
  const at = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let last = 0;
  let out = 0;
  WHITESPACE_RUN.lastIndex = 0;
  for (let run = WHITESPACE_RUN.exec(text); run; run = WHITESPACE_RUN.exec(text)) {
    for (let i = last; i < run.index; i++) at[i] = out++;
    parts.push(text.slice(last, run.index), ' ');
    last = run.index + run[0].length;
    at.fill(out++, run.index, last);
  }
  for (let i = last; i <= text.length; i++) at[i] = out++;
  parts.push(text.slice(last));
  return { line: parts.join(''), at };
}

/** `oneLine(text.slice(from, to))`, from the text's `oneLineText`. */
const lineSlice = (text: OneLineText, from: number, to: number) => (text.at ? text.line.slice(text.at[from]!, text.at[to]!) : text.line.slice(from, to)).trim();

/** An occurrence's keyword and the words either side in its sentence, cut to `report.kwicContext` characters (`line`: its definition's `oneLineText`). */
export function contextsOf(result: RunResult, o: ConcordanceOccurrence, line: OneLineText): { left: string; keyword: string; right: string } {
  const limit = result.config.report.kwicContext;
  return {
    left: leftContextAt(line, o.start, o.sentenceStart, limit),
    keyword: keywordIn(line, o.start, o.end),
    right: rightContextAt(line, o.end, o.sentenceEnd, limit),
  };
}

/** `contextsOf`'s left context of a keyword starting at `start` in a sentence starting at `sentenceStart`. */
export const leftContextAt = (line: OneLineText, start: number, sentenceStart: number, limit: number) =>
  cutLeft(lineSlice(line, Math.min(sentenceStart, start), start), limit);

/** `contextsOf`'s keyword at `start`..`end`. */
export const keywordIn = (line: OneLineText, start: number, end: number) => lineSlice(line, start, end);

/** `contextsOf`'s right context of a keyword ending at `end` in a sentence ending at `sentenceEnd`. */
export const rightContextAt = (line: OneLineText, end: number, sentenceEnd: number, limit: number) =>
  cutRight(lineSlice(line, end, Math.max(sentenceEnd, end)), limit);

/** An occurrence's keyword as one line. */
export const keywordOf = (result: RunResult, o: ConcordanceOccurrence): string => keywordAt(result, o.definition, o.start, o.end);

/** The words of definition `d` at `start`..`end` as one line: the keyword of an occurrence there. */
export const keywordAt = (result: RunResult, d: number, start: number, end: number): string => oneLine(result.analysed[d]!.text.slice(start, end));

/** An occurrence as a concordance row, its keyword and contexts cut. */
export function withContext(result: RunResult, o: ConcordanceOccurrence, line?: OneLineText): ConcordanceRow {
  return {
    definition: o.definition,
    start: o.start,
    end: o.end,
    kind: o.kind,
    term: o.term,
    rule: o.rule,
    factor: o.factor,
    evidence: o.evidence,
    ...contextsOf(result, o, line ?? oneLineText(result.analysed[o.definition]!.text)),
  };
}

/**
 * The concordance of the run: every term use and every piece of rule evidence of the matrix, in
 * definition order, then text order (a term use before rule evidence on the same span). Context
 * is taken from the keyword's sentence and trimmed to `report.kwicContext` characters a side.
 * Linear in the corpus, but it holds every row: the outputs go definition by definition
 * (`concordanceOccurrences`) instead.
 */
export const concordanceRows = memo((result: RunResult): ConcordanceRow[] => {
  const rows: ConcordanceRow[] = [];
  for (let d = 0; d < result.analysed.length; d++) {
    const line = oneLineText(result.analysed[d]!.text);
    for (const o of concordanceOccurrences(result, d)) rows.push(withContext(result, o, line));
  }
  return rows;
});

/** A row's context as one line in three parts, spaced as in the definition (`text`: the definition's text): before, keyword, after. */
export function contextParts(row: ConcordanceRow, text: string): [string, string, string] {
  const before = row.left && /\s/.test(text[row.start - 1] ?? '') ? ' ' : '';
  const after = row.right && /\s/.test(text[row.end] ?? '') ? ' ' : '';
  return [row.left + before, row.keyword, after + row.right];
}

/** A row's context as one line of text, spaced as in the definition. */
export const contextLine = (row: ConcordanceRow, text: string): string => contextParts(row, text).join('');
