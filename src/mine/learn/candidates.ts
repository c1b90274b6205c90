import type { Concept } from '../../config/concept.js';
import { fullNamesIn } from '../acronyms.js';
import { attribute, type Attribution } from '../attribution.js';
import { canonical } from '../clauses/terms.js';
import type { Clause, TermMatcher } from '../clauses.js';
import { minePrepared, prepareDocument, type Candidate } from '../index.js';
import { placeOf, shownText, type Unit, type UnitKind } from '../segment.js';
import type { Speaker } from '../speakers.js';

// Candidate spans that do not depend on the hand rules to exist: every sentence naming the concept gives
// spans from several starts (the term, a few words before it, the sentence start, after a colon, comma or
// opening quote) to several ends (the sentence end, before a later punctuation mark, citation or quote, the
// term itself), and the rules' own candidates at score 0 are added with their factors. A classifier
// chooses among them (model.ts).

/** One span a sentence may define, with what the hand rules say of it. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** The naming of the concept the span is built around (offsets in the sentence). */
  readonly termStart: number;
  readonly termEnd: number;
  readonly term: string;
  /** How the span's start and end were chosen (`term`, `w2`, `sentence`, `colon` … / `end`, `comma`, `cite` …). */
  readonly from: string;
  readonly to: string;
  /** The rules' candidate with exactly this text, if any. */
  readonly rule?: Candidate;
}

/** A sentence naming the concept (or a rules' candidate read apart from the prose), and its spans. */
export interface Group {
  readonly sentence: string;
  readonly kind: UnitKind;
  /** Where the sentence starts in its unit (pages and lines of a span come from it). */
  readonly unit?: Unit;
  readonly offset: number;
  /** Where a group read apart from the prose is (a terminology entry, a title over its meaning). */
  readonly place?: { readonly page: number; readonly line: number };
  readonly spans: Span[];
  /** The rules' candidates of the sentence, at any score. */
  readonly rules: Candidate[];
  /** The sentence before and the ones after it, for attribution. */
  readonly index: number;
  /** In a transcript, who speaks the sentence and the event's year (for a span no rule candidate overlaps). */
  readonly spoken?: { readonly speaker: Speaker; readonly year?: number };
  /** Who a span no rule candidate overlaps is by, read as the rules read a clause's source (its sentence, the ones around it). */
  readonly attributeSpan?: (start: number, end: number, term: string) => Attribution | undefined;
}

/** A document's groups, in reading order, and the rules' candidates at score 0. */
export interface DocumentSpans {
  readonly groups: Group[];
  readonly matcher: TermMatcher;
}

const MIN_WORDS = 4;

/** A span as a clause the rules found nothing of: no reporter, not marked the writers' own, no score. */
function bareClause(start: number, end: number, term: string): Clause {
  const none = { name: 'learned span', value: 0 };
  return { start, end, term, pattern: none, position: none, words: 0, length: none, checks: [], score: 0, own: false };
}
const MAX_ENDS = 14;

/** The page and line where a span starts. */
export function placeOfSpan(group: Group, span: Pick<Span, 'start'>): { page: number; line: number } {
  if (group.unit) return placeOf(group.unit, group.offset + span.start);
  return group.place ?? { page: 1, line: 1 };
}

export function spanText(sentence: string, start: number, end: number): string {
  return sentence.slice(start, end);
}

/** The rules' miner, replaceable so that an experiment can read the candidates of an earlier version of the rules. */
export type RuleMiner = (pages: readonly string[], options: { concept: Concept; minScore: number }) => readonly Candidate[];

/** What reading a document tells as it goes (`MineOptions`): the sentences read only in part. */
export interface Told {
  /** The rules' `MineOptions.onUnread`. */
  readonly onUnread?: (page: number) => void;
  /** Told the page and length of each sentence naming the concept that is spanned only in its first MAX_SPANNED characters. */
  readonly onCut?: (page: number, length: number) => void;
  /** Told the page and count of namings of each sentence spanned only around its first MAX_SPANNED_NAMINGS namings. */
  readonly onNamingsCut?: (page: number, namings: number) => void;
}

/**
 * The groups of a document given as page texts. Pure and deterministic. The rules read the document as prepared
 * here (laid out, its references and sentences read once), unless another `ruleMiner` is given; `told` hears of the
 * sentences read only in part, by the rules and here.
 */
export function documentSpans(pages: readonly string[], concept: Concept, ruleMiner?: RuleMiner, told: Told = {}): DocumentSpans {
  const document = prepareDocument(pages, concept);
  const { matcher, units, sentencesOf, speakers, eventYear } = document;
  const { onUnread, onCut, onNamingsCut } = told;
  const rules = ruleMiner ? ruleMiner(pages, { concept, minScore: 0 }) : minePrepared(document, { minScore: 0, ...(onUnread ? { onUnread } : {}) });
  const groups: Group[] = [];
  const bySentence = new Map<string, Group>();
  // (the document's text as the rules' last pass reads it, joined only when a span names a body by its short name)
  let namesOfBodies: ((a: Attribution | undefined) => Attribution | undefined) | undefined;
  const documentText = () => [...document.laid.body, ...document.laid.references].map((l) => l.text).join('\n');
  // (each run-on told once, whether it is read as prose or apart)
  const cut = new Set<string>();
  const tellCut = (sentence: string, page: number) => {
    if (!onCut || cut.has(sentence)) return;
    cut.add(sentence);
    onCut(page, sentence.length);
  };
  // (each sentence spanned around its first namings only told once)
  const namingsCut = new Set<string>();
  const tellNamings = (sentence: string, page: () => number) =>
    onNamingsCut && ((n: number) => !namingsCut.has(sentence) && (namingsCut.add(sentence), onNamingsCut(page(), n)));
  for (const [u, unit] of units.entries()) {
    if (unit.kind === 'heading') continue;
    const sentences = sentencesOf(unit);
    for (const [i, sentence] of sentences.entries()) {
      // (read as the rules' candidates show their sentences, so that each rule finds its group)
      const flat = shownText(sentence.text);
      const text = spanned(flat);
      const namings = namingsIn(
        text,
        matcher,
        tellNamings(flat, () => placeOf(unit, sentence.start).page),
      );
      // (a run-on naming the concept only past the cut is told too: its namings are never spanned)
      if (text !== flat && (namings.length || namingsIn(flat, matcher).length)) tellCut(flat, placeOf(unit, sentence.start).page);
      if (!namings.length || bySentence.has(flat)) continue;
      const speaker = speakers[u];
      const spoken = speaker ? { spoken: { speaker, ...(eventYear !== undefined ? { year: eventYear } : {}) } } : {};
      // (the sentence before and the next four of its unit, as the rules read a clause's source; the unit before it)
      const attributeSpan = (start: number, end: number, term: string) => {
        const found = attribute(
          text,
          bareClause(start, end, term),
          sentences.slice(i + 1, i + 5).map((s) => s.text),
          document.references,
          sentences[i - 1]?.text ?? '',
          unit.text.slice(0, sentence.start),
        );
        // (quotation marks alone mark someone else's words only when they open inside the span, its definiens quoted: a
        // sentence set wholly in quotation marks with no source is a writer's or a guide's own block, `"A smart city acts …"`)
        if (found?.cue === 'quotation marks' && !/[“"‘«]/u.test(text.slice(start, end))) return undefined;
        // (a body by its short name, `the Department`, resolved in the document as the rules' candidates are)
        return found?.author?.startsWith('the ') ? (namesOfBodies ??= fullNamesIn(documentText()))(found) : found;
      };
      const group: Group = {
        sentence: text,
        kind: unit.kind,
        unit,
        offset: sentence.start,
        spans: [],
        rules: [],
        index: groups.length,
        ...spoken,
        attributeSpan,
      };
      for (const m of namings) group.spans.push(...spansAround(text, m.start, m.end, m.term));
      groups.push(group);
      bySentence.set(flat, group);
    }
  }
  for (const rule of rules) {
    let group = bySentence.get(rule.sentence);
    if (!group) {
      // (a terminology entry, or a title over its meaning: read apart from the prose, its text spanned as a sentence's)
      const sentence = spanned(rule.sentence);
      if (sentence !== rule.sentence) tellCut(rule.sentence, rule.page);
      group = { sentence, kind: rule.context, offset: 0, place: { page: rule.page, line: rule.line }, spans: [], rules: [], index: groups.length };
      for (const m of namingsIn(
        sentence,
        matcher,
        tellNamings(rule.sentence, () => rule.page),
      ))
        group.spans.push(...spansAround(sentence, m.start, m.end, m.term));
      groups.push(group);
      bySentence.set(rule.sentence, group);
    }
    const at = group.sentence.indexOf(rule.clause);
    // (a clause past the spanned part of a run-on is not read)
    if (at < 0 && group.sentence !== rule.sentence) continue;
    group.rules.push(rule);
    const start = at < 0 ? 0 : at;
    const end = at < 0 ? group.sentence.length : at + rule.clause.length;
    const same = group.spans.findIndex((s) => s.start === start && s.end === end);
    const base = same >= 0 ? group.spans[same]! : { start, end, termStart: start, termEnd: start, term: rule.term, from: 'rule', to: 'rule' };
    const span: Span = { ...base, term: rule.term, rule };
    if (same >= 0) group.spans[same] = span;
    else group.spans.push(span);
  }
  return { groups, matcher };
}

/**
 * How many namings of the concept in one sentence are spanned: its first eight (each naming's spans read the whole
 * sentence, and the shipped model was trained so). The longest run in the studied labelled files names it 12 times.
 * `Told.onNamingsCut` hears of each sentence cut (`mine/many-namings-cut`).
 */
export const MAX_SPANNED_NAMINGS = 8;

/**
 * How much of a sentence is spanned. Each span's features read its whole sentence, so a run-on of a megabyte (a
 * list or table read without stops, a spliced text) would cost its length for each of its hundreds of spans: it is
 * read in its first 4,000 characters (cut at a space), as the rules read a run-on for its first namings only. The
 * longest sentence naming the concept in the studied labelled files has 770. `Told.onCut` hears of each one cut
 * (`mine/long-sentence-cut`).
 */
export const MAX_SPANNED = 4000;

function spanned(sentence: string): string {
  if (sentence.length <= MAX_SPANNED) return sentence;
  const space = sentence.lastIndexOf(' ', MAX_SPANNED);
  return sentence.slice(0, space > 0 ? space : MAX_SPANNED);
}

/**
 * Where a sentence names the concept: a form of a term, or a term's head with its modifier a few words on
 * (`a city is smart when`, `a city can be defined as ‘smart’`), which names it too.
 */
export function namingsIn(sentence: string, matcher: TermMatcher, onCut?: (namings: number) => void): { start: number; end: number; term: string }[] {
  const { forms, heads } = namingPatterns(matcher);
  const out: { start: number; end: number; term: string }[] = [];
  for (const m of sentence.matchAll(forms)) {
    const term = canonical(matcher, m[0]);
    if (term) out.push({ start: m.index, end: m.index + m[0].length, term });
  }
  for (const { term, head } of heads) {
    for (const m of sentence.matchAll(head)) {
      if (!out.some((o) => m.index >= o.start && m.index < o.end)) out.push({ start: m.index, end: m.index + m[0].length, term });
    }
  }
  if (out.length > MAX_SPANNED_NAMINGS) onCut?.(out.length);
  return out.sort((a, b) => a.start - b.start).slice(0, MAX_SPANNED_NAMINGS);
}

// A matcher's patterns, built once per matcher rather than once per sentence (a document's matcher serves all its sentences).
const patterns = new WeakMap<TermMatcher, { forms: RegExp; heads: { term: string; head: RegExp }[] }>();

function namingPatterns(matcher: TermMatcher): { forms: RegExp; heads: { term: string; head: RegExp }[] } {
  let p = patterns.get(matcher);
  if (p) return p;
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const heads = matcher.split.map(({ term, modifier: written, heads: words }) => {
    const modifier = escape(written);
    const head = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])(?=(?:\\s+\\S+){0,5}?\\s+["“‘']?${modifier}(?![\\p{L}\\p{N}]))`,
      'giu',
    );
    return { term, head };
  });
  p = { forms: new RegExp(matcher.regex.source, 'giu'), heads };
  patterns.set(matcher, p);
  return p;
}

const OPENING_QUOTES = /["“‘']/u;

/** The spans around one naming of the concept in a sentence. */
export function spansAround(sentence: string, termStart: number, termEnd: number, term: string): Span[] {
  const starts = new Map<number, string>();
  const addStart = (at: number, from: string) => {
    while (at < termStart && /\s/u.test(sentence[at]!)) at++;
    if (at <= termStart && !starts.has(at)) starts.set(at, from);
  };
  addStart(termStart, 'term');
  // (the one to three words before the term: an article, `the concept of`, `a truly smart`)
  const before = sentence.slice(0, termStart);
  const words = [...before.matchAll(/[^\s]+\s+/gu)];
  for (let k = 1; k <= 3 && k <= words.length; k++) {
    const w = words[words.length - k]!;
    if (/[.,;:!?)\]]\s*$/u.test(w[0]) && k > 0) break;
    addStart(w.index, `w${k}`);
  }
  addStart(/^[\s"“‘'(•·▪◦●■‣–—*-]*/u.exec(sentence)![0].length, 'sentence');
  for (const [mark, name] of [
    [':', 'colon'],
    [',', 'comma'],
    [';', 'semicolon'],
    ['(', 'paren'],
    ['|', 'cell'],
  ] as const) {
    const at = before.lastIndexOf(mark);
    if (at >= 0) addStart(at + 1, name);
  }
  const quote = [...before.matchAll(/["“‘']/gu)].at(-1);
  if (quote) addStart(quote.index + 1, 'quote');
  // (a table row's cell after the term's: `Source | Term | Its meaning | …`)
  const cell = sentence.indexOf('|', termEnd);
  if (cell >= 0) {
    let at = cell + 1;
    while (/\s/u.test(sentence[at] ?? '')) at++;
    starts.set(at, 'next-cell');
  }

  const ends = new Map<number, string>();
  const addEnd = (at: number, to: string) => {
    while (at > termEnd && /[\s,;:.]/u.test(sentence[at - 1]!)) at--;
    if (at >= termEnd && !ends.has(at)) ends.set(at, to);
  };
  const tail = /[\s.!?;:,"'”’)\]]*$/u.exec(sentence)!;
  addEnd(tail.index, 'end');
  const cite = /\s*(?:\[\d[\d,;:\s–-]*\]|\((?:[^()]{1,80}?(?:1[89]|20)\d\d[a-z]?|[^()]{1,80}?n\.\s?d\.)(?:[,;:]\s*[^()]{0,30})?\))[\s.!?;:,"'”’)\]]*$/u.exec(
    sentence,
  );
  if (cite) addEnd(cite.index, 'end-cite');
  const after = sentence.slice(termEnd);
  const marks = [...after.matchAll(/\s*(?:[;:,(|]|\[\d|["”’](?=[\s,.;:)]|$)|\s[–—-]\s|\s(?:which|where|while|whereas|but|and)\s)/gu)];
  for (const m of marks.slice(0, MAX_ENDS)) {
    const name = m[0].includes('|')
      ? 'cell'
      : /[;:]/u.test(m[0])
        ? 'semicolon'
        : m[0].includes(',')
          ? 'comma'
          : /[([]/u.test(m[0])
            ? 'cite'
            : OPENING_QUOTES.test(m[0]) || /[”’]/u.test(m[0])
              ? 'quote'
              : /[–—-]/u.test(m[0])
                ? 'dash'
                : `w-${m[0].trim()}`;
    // (a closing quote belongs to the span it closes)
    addEnd(termEnd + m.index + (name === 'quote' ? m[0].length : 0), name);
  }
  addEnd(termEnd, 'term');

  const out: Span[] = [];
  for (const [start, from] of [...starts].sort((a, b) => a[0] - b[0])) {
    for (const [end, to] of [...ends].sort((a, b) => a[0] - b[0])) {
      if (end <= start) continue;
      const text = sentence.slice(start, end);
      if ((text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) continue;
      out.push({ start, end, termStart, termEnd, term, from, to });
    }
  }
  return out;
}
