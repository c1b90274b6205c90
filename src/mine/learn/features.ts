import { tagsOf } from '../lexicon.js';
import type { Group, Span } from './candidates.js';

// The features of a candidate span, as names (a weight per name, model.ts): the words around the term and at the
// span's edges, how its start and end were chosen, its length, punctuation, quotation marks and citations in and
// after it, the unit it sits in, and what the hand rules say of it and of its sentence (pattern, factors, score).

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;

function tokens(text: string): string[] {
  return (text.match(WORD) ?? []).map((t) => t.toLowerCase());
}

/** A token's word class: the lexicon's first Penn tag (`VBZ`, `DT`, `NN` …), `W` for a word it lacks, the mark itself for punctuation. */
function tag(token: string | undefined): string {
  if (token === undefined) return '_';
  if (!/[\p{L}\p{N}]/u.test(token)) return token;
  if (/^\p{N}+$/u.test(token)) return 'CD';
  return tagsOf(token)[0] ?? 'W';
}

function bucket(x: number, edges: readonly number[]): string {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return String(i);
}

const SCORE_EDGES = [0.01, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9];
const LENGTH_EDGES = [5, 8, 12, 16, 22, 30, 40, 60];
const CITATION = /\[\d[\d,;:\s–-]*\]|\((?:[^()]{1,80}?(?:1[89]|20)\d\d[a-z]?|[^()]{1,80}?n\.\s?d\.)(?:[,;:]\s*[^()]{0,30})?\)/u;
const FRAMING =
  /^(?:treat|treats|treated|treating|frame|frames|framed|framing|approach|approaches|approached|position|positions|positioned|cast|casts|present|presents|presented|see|sees|saw|view|views|viewed|regard|regards|regarded|consider|considers|considered|study|studies|studied|use|uses|used|take|takes|took)$/u;
const QUOTES = /["“”‘’]|(?<![\p{L}])'|'(?![\p{L}])/gu;

function overlap(a: Span, b: { start: number; end: number }): number {
  const common = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return common / Math.max(a.end - a.start, b.end - b.start, 1);
}

const isWord = (t: string) => /[\p{L}\p{N}]/u.test(t);

/** Some of a sentence's tokens: `list[from]` to `list[to - 1]`, `words` of them with a letter or digit. */
interface Tokens {
  readonly list: readonly string[];
  readonly from: number;
  readonly to: number;
  readonly words: number;
}

/**
 * What a group's spans share, read once per sentence: its tokens with their offsets, and what the features ask of a
 * part of it. A span's features were the sentence's pieces each tokenized again (up to nine times a span, hundreds of
 * spans a sentence); they are the same tokens, read here from the sentence's.
 */
interface SentenceFacts {
  readonly tokens: readonly string[];
  /** The word tokens before token i (length tokens + 1). */
  readonly wordsBefore: Int32Array;
  /** The first token starting at or after each offset (length sentence + 1). */
  readonly firstFrom: Int32Array;
  /** 1 at an offset strictly inside a token, where the text cut there tokenizes otherwise. */
  readonly cut: Uint8Array;
  /** The `(` and `)` before each offset. */
  readonly opens: Int32Array;
  readonly closes: Int32Array;
  /** The shortest start `s.slice(0, n)` holding a citation (Infinity: none), the longest `s.slice(n)` holding one (-1: none). */
  readonly citeLeadFrom: number;
  readonly citeTailTo: number;
  readonly question: boolean;
  /** The number of distinct namings, the spans that carry a rules' candidate, the rules' best score. */
  readonly namings: number;
  readonly ruled: readonly Span[];
  readonly top: number;
}

const facts = new WeakMap<Group, SentenceFacts>();

function factsOf(group: Group): SentenceFacts {
  let f = facts.get(group);
  if (f) return f;
  const s = group.sentence;
  const n = s.length;
  const list: string[] = [];
  const firstFrom = new Int32Array(n + 1);
  const cut = new Uint8Array(n + 1);
  let at = 0;
  for (const m of s.matchAll(WORD)) {
    const end = m.index + m[0].length;
    for (; at <= m.index; at++) firstFrom[at] = list.length;
    for (; at < end; at++) {
      firstFrom[at] = list.length + 1;
      cut[at] = 1;
    }
    list.push(m[0].toLowerCase());
  }
  for (; at <= n; at++) firstFrom[at] = list.length;
  const wordsBefore = new Int32Array(list.length + 1);
  list.forEach((t, i) => (wordsBefore[i + 1] = wordsBefore[i]! + (isWord(t) ? 1 : 0)));
  const opens = new Int32Array(n + 1);
  const closes = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    opens[i + 1] = opens[i]! + (s[i] === '(' ? 1 : 0);
    closes[i + 1] = closes[i]! + (s[i] === ')' ? 1 : 0);
  }
  // (a citation held by a piece is held by any piece containing it: the shortest start and longest end are found by halving)
  let citeLeadFrom = Infinity;
  let citeTailTo = -1;
  if (CITATION.test(s)) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (CITATION.test(s.slice(0, mid))) hi = mid;
      else lo = mid + 1;
    }
    citeLeadFrom = lo;
    lo = 0;
    hi = n;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (CITATION.test(s.slice(mid))) lo = mid;
      else hi = mid - 1;
    }
    citeTailTo = lo;
  }
  f = {
    tokens: list,
    wordsBefore,
    firstFrom,
    cut,
    opens,
    closes,
    citeLeadFrom,
    citeTailTo,
    question: /\?/u.test(s),
    namings: new Set(group.spans.map((x) => x.termStart)).size,
    ruled: group.spans.filter((x) => x.rule),
    top: Math.max(0, ...group.rules.map((r) => r.score)),
  };
  facts.set(group, f);
  return f;
}

/** The tokens of `s.slice(start, end)`: the sentence's own between those offsets, or (an offset inside a token) the piece's. */
function tokensIn(f: SentenceFacts, s: string, start: number, end: number): Tokens {
  if (!f.cut[start] && !f.cut[end]) {
    const from = f.firstFrom[start]!;
    const to = f.firstFrom[end]!;
    return { list: f.tokens, from, to, words: f.wordsBefore[to]! - f.wordsBefore[from]! };
  }
  const list = tokens(s.slice(start, end));
  return { list, from: 0, to: list.length, words: list.filter(isWord).length };
}

const count = (t: Tokens) => t.to - t.from;
const nth = (t: Tokens, i: number): string | undefined => (i >= 0 && i < count(t) ? t.list[t.from + i] : undefined);
const first = (t: Tokens, k: number) => t.list.slice(t.from, Math.min(t.to, t.from + k));
const last = (t: Tokens, k: number) => t.list.slice(Math.max(t.from, t.to - k), t.to);

/** The feature names of one span of a group, deduplicated, in a fixed order. */
export function spanFeatures(group: Group, span: Span): string[] {
  const s = group.sentence;
  const sf = factsOf(group);
  const f: string[] = ['bias'];
  const add = (name: string) => f.push(name);
  const inside = s.slice(span.start, span.end);
  const words = tokensIn(sf, s, span.start, span.end);
  const sentenceWords = sf.wordsBefore[sf.tokens.length]!;
  const before = tokensIn(sf, s, 0, span.termStart);
  const after = tokensIn(sf, s, span.termEnd, s.length);
  const lead = tokensIn(sf, s, 0, span.start);
  const tail = tokensIn(sf, s, span.end, s.length);
  add(`from:${span.from}`);
  add(`to:${span.to}`);
  add(`from-to:${span.from}|${span.to}`);
  add(`kind:${group.kind}`);
  add(`len:${bucket(words.words, LENGTH_EDGES)}`);
  add(`share:${bucket(words.words / Math.max(1, sentenceWords), [0.3, 0.5, 0.7, 0.9, 0.99])}`);
  add(`slen:${bucket(sentenceWords, LENGTH_EDGES)}`);
  // The words around the naming: the verb after it says most.
  const a1 = nth(after, 0) ?? '<e>';
  const a2 = first(after, 2).join(' ') || '<e>';
  add(`a1:${a1}`);
  add(`a2:${a2}`);
  add(`a3:${first(after, 3).join(' ') || '<e>'}`);
  add(`b1:${nth(before, count(before) - 1) ?? '<s>'}`);
  add(`b2:${last(before, 2).join(' ') || '<s>'}`);
  // The same as word classes, which reach words the training text never had.
  const t3 = first(after, 3).map(tag).join(' ');
  add(`t1:${tag(nth(after, 0))}`);
  add(`t2:${first(after, 2).map(tag).join(' ')}`);
  add(`t3:${t3}`);
  add(`t4:${first(after, 4).map(tag).join(' ')}`);
  add(`tb2:${last(before, 2).map(tag).join(' ')}`);
  add(`t3-to:${t3}|${span.to}`);
  add(`t3-from:${t3}|${span.from}`);
  add(`tnext:${first(tail, 2).map(tag).join(' ')}`);
  add(`tlast:${last(words, 2).map(tag).join(' ')}`);
  add(`tprev:${last(lead, 2).map(tag).join(' ')}`);
  add(`a1-to:${a1}|${span.to}`);
  add(`a1-from:${a1}|${span.from}`);
  add(`a2-from:${a2}|${span.from}`);
  add(`term-first:${before.words === 0}`);
  add(`term-at:${bucket(count(before), [1, 3, 6, 10, 20])}`);
  add(`term-last:${span.termEnd === span.end}`);
  // The span's edges.
  const lastInside = nth(words, count(words) - 1);
  add(`first:${nth(words, 0) ?? ''}`);
  add(`last:${lastInside ?? ''}`);
  add(`prev:${nth(lead, count(lead) - 1) ?? '<s>'}`);
  add(`prev2:${last(lead, 2).join(' ') || '<s>'}`);
  add(`next:${nth(tail, 0) ?? '<e>'}`);
  add(`next2:${first(tail, 2).join(' ') || '<e>'}`);
  add(`tail-len:${bucket(tail.words, [1, 3, 6, 12, 25])}`);
  add(`lead-len:${bucket(lead.words, [1, 3, 6, 12, 25])}`);
  // What the lead-in holds: a reporting verb, a citation, a colon.
  for (const t of new Set(last(before, 8))) add(`lead-w:${t}`);
  for (const t of new Set(first(after, 6))) add(`after-w:${t}`);
  // What follows the span: an attribution (`, as the Assembly put it`, `, she said`) ends a definiens where a clause
  // going on does not.
  for (const t of new Set(first(tail, 8))) add(`tail-w:${t}`);
  add(`end-next:${tag(lastInside)}|${nth(tail, 0) ?? '<e>'}`);
  add(`cite-in:${CITATION.test(inside)}`);
  add(`cite-tail:${span.end <= sf.citeTailTo}`);
  add(`cite-lead:${span.start >= sf.citeLeadFrom}`);
  const quotes = inside.match(QUOTES)?.length ?? 0;
  add(`quotes:${Math.min(quotes, 3)}`);
  add(`quotes-odd:${quotes % 2 === 1}`);
  add(`paren-open:${sf.opens[span.end]! - sf.opens[span.start]! !== sf.closes[span.end]! - sf.closes[span.start]!}`);
  // A writer saying how others treat, frame or position the term (`… treat the smart city as the setting of …`): the verb
  // before the term with `as` after it, and what `as` opens (an article of a kind, `the`, or neither).
  if (a1 === 'as' && last(before, 6).some((t) => FRAMING.test(t)))
    add(`frame-as:${/^(?:a|an)$/u.test(nth(after, 1) ?? '') ? 'a' : nth(after, 1) === 'the' ? 'the' : 'other'}`);
  add(`question:${sf.question}`);
  add(`plural:${/s$/iu.test(s.slice(span.termStart, span.termEnd))}`);
  add(`capital:${/^\p{Lu}/u.test(s.slice(span.start))}`);
  add(`namings:${bucket(sf.namings, [2, 3, 5])}`);
  // What the rules say: of this span exactly, of the closest rules' candidate, of the sentence.
  const rule = span.rule;
  if (rule) {
    const score = bucket(rule.score, SCORE_EDGES);
    add(`rule:${score}`);
    add(`rule-pattern:${rule.pattern}`);
    add(`rule-pattern-score:${rule.pattern}|${score}`);
    add(`rule-position:${rule.explanation.position.name}`);
    add(`rule-length:${bucket(rule.explanation.length.value, SCORE_EDGES)}`);
    // (each name once: the other names differ by their prefix, the text before the first colon)
    for (const c of new Set(rule.explanation.checks.map((c) => c.name))) add(`rule-check:${c}`);
    add(`rule-quoted:${rule.quoted}`);
  } else add('rule:none');
  let best = 0;
  let bestScore = 0;
  for (const r of sf.ruled) {
    if (r === span) continue;
    const o = overlap(span, r);
    if (o > best || (o === best && r.rule!.score > bestScore)) {
      best = o;
      bestScore = r.rule!.score;
    }
  }
  add(`near-rule:${bucket(best, [0.01, 0.5, 0.8, 0.95])}|${bucket(bestScore, SCORE_EDGES)}`);
  add(`sentence-rule:${bucket(sf.top, SCORE_EDGES)}`);
  add(`top-rule:${rule !== undefined && rule.score === sf.top && sf.top > 0}`);
  return f;
}
