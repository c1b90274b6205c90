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
const QUOTES = /["“”‘’]|(?<![\p{L}])'|'(?![\p{L}])/gu;

function overlap(a: Span, b: { start: number; end: number }): number {
  const common = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  return common / Math.max(a.end - a.start, b.end - b.start, 1);
}

/** The feature names of one span of a group, deduplicated, in a fixed order. */
export function spanFeatures(group: Group, span: Span): string[] {
  const s = group.sentence;
  const f: string[] = ['bias'];
  const add = (name: string) => f.push(name);
  const inside = s.slice(span.start, span.end);
  const words = tokens(inside).filter((t) => /[\p{L}\p{N}]/u.test(t));
  const sentenceWords = tokens(s).filter((t) => /[\p{L}\p{N}]/u.test(t));
  const before = tokens(s.slice(0, span.termStart));
  const after = tokens(s.slice(span.termEnd));
  const lead = tokens(s.slice(0, span.start));
  const tail = tokens(s.slice(span.end));
  add(`from:${span.from}`);
  add(`to:${span.to}`);
  add(`from-to:${span.from}|${span.to}`);
  add(`kind:${group.kind}`);
  add(`len:${bucket(words.length, LENGTH_EDGES)}`);
  add(`share:${bucket(words.length / Math.max(1, sentenceWords.length), [0.3, 0.5, 0.7, 0.9, 0.99])}`);
  add(`slen:${bucket(sentenceWords.length, LENGTH_EDGES)}`);
  // The words around the naming: the verb after it says most.
  const a1 = after[0] ?? '<e>';
  const a2 = after.slice(0, 2).join(' ') || '<e>';
  add(`a1:${a1}`);
  add(`a2:${a2}`);
  add(`a3:${after.slice(0, 3).join(' ') || '<e>'}`);
  add(`b1:${before.at(-1) ?? '<s>'}`);
  add(`b2:${before.slice(-2).join(' ') || '<s>'}`);
  // The same as word classes, which reach words the training text never had.
  const t3 = after.slice(0, 3).map(tag).join(' ');
  add(`t1:${tag(after[0])}`);
  add(`t2:${after.slice(0, 2).map(tag).join(' ')}`);
  add(`t3:${t3}`);
  add(`t4:${after.slice(0, 4).map(tag).join(' ')}`);
  add(`tb2:${before.slice(-2).map(tag).join(' ')}`);
  add(`t3-to:${t3}|${span.to}`);
  add(`t3-from:${t3}|${span.from}`);
  add(`tnext:${tail.slice(0, 2).map(tag).join(' ')}`);
  add(`tlast:${tokens(inside).slice(-2).map(tag).join(' ')}`);
  add(`tprev:${lead.slice(-2).map(tag).join(' ')}`);
  add(`a1-to:${a1}|${span.to}`);
  add(`a1-from:${a1}|${span.from}`);
  add(`a2-from:${a2}|${span.from}`);
  add(`term-first:${before.filter((t) => /[\p{L}\p{N}]/u.test(t)).length === 0}`);
  add(`term-at:${bucket(before.length, [1, 3, 6, 10, 20])}`);
  add(`term-last:${span.termEnd === span.end}`);
  // The span's edges.
  add(`first:${tokens(inside)[0] ?? ''}`);
  add(`last:${tokens(inside).at(-1) ?? ''}`);
  add(`prev:${lead.at(-1) ?? '<s>'}`);
  add(`prev2:${lead.slice(-2).join(' ') || '<s>'}`);
  add(`next:${tail[0] ?? '<e>'}`);
  add(`next2:${tail.slice(0, 2).join(' ') || '<e>'}`);
  add(`tail-len:${bucket(tail.filter((t) => /[\p{L}\p{N}]/u.test(t)).length, [1, 3, 6, 12, 25])}`);
  add(`lead-len:${bucket(lead.filter((t) => /[\p{L}\p{N}]/u.test(t)).length, [1, 3, 6, 12, 25])}`);
  // What the lead-in holds: a reporting verb, a citation, a colon.
  for (const t of new Set(before.slice(-8))) add(`lead-w:${t}`);
  for (const t of new Set(after.slice(0, 6))) add(`after-w:${t}`);
  // What follows the span: an attribution (`, as the Assembly put it`, `, she said`) ends a definiens where a clause
  // going on does not.
  for (const t of new Set(tail.slice(0, 8))) add(`tail-w:${t}`);
  add(`end-next:${tag(tokens(inside).at(-1))}|${tail[0] ?? '<e>'}`);
  add(`cite-in:${CITATION.test(inside)}`);
  add(`cite-tail:${CITATION.test(s.slice(span.end))}`);
  add(`cite-lead:${CITATION.test(s.slice(0, span.start))}`);
  const quotes = inside.match(QUOTES)?.length ?? 0;
  add(`quotes:${Math.min(quotes, 3)}`);
  add(`quotes-odd:${quotes % 2 === 1}`);
  add(`paren-open:${(inside.match(/\(/gu)?.length ?? 0) !== (inside.match(/\)/gu)?.length ?? 0)}`);
  add(`question:${/\?/u.test(s)}`);
  add(`plural:${/s$/iu.test(s.slice(span.termStart, span.termEnd))}`);
  add(`capital:${/^\p{Lu}/u.test(s.slice(span.start))}`);
  add(`namings:${bucket(new Set(group.spans.map((x) => x.termStart)).size, [2, 3, 5])}`);
  // What the rules say: of this span exactly, of the closest rules' candidate, of the sentence.
  const rule = span.rule;
  if (rule) {
    const score = bucket(rule.score, SCORE_EDGES);
    add(`rule:${score}`);
    add(`rule-pattern:${rule.pattern}`);
    add(`rule-pattern-score:${rule.pattern}|${score}`);
    add(`rule-position:${rule.explanation.position.name}`);
    add(`rule-length:${bucket(rule.explanation.length.value, SCORE_EDGES)}`);
    for (const c of rule.explanation.checks) add(`rule-check:${c.name}`);
    add(`rule-quoted:${rule.quoted}`);
  } else add('rule:none');
  let best = 0;
  let bestScore = 0;
  for (const r of group.spans) {
    if (!r.rule || r === span) continue;
    const o = overlap(span, r);
    if (o > best || (o === best && r.rule.score > bestScore)) {
      best = o;
      bestScore = r.rule.score;
    }
  }
  add(`near-rule:${bucket(best, [0.01, 0.5, 0.8, 0.95])}|${bucket(bestScore, SCORE_EDGES)}`);
  const top = Math.max(0, ...group.rules.map((r) => r.score));
  add(`sentence-rule:${bucket(top, SCORE_EDGES)}`);
  add(`top-rule:${rule !== undefined && rule.score === top && top > 0}`);
  return [...new Set(f)];
}
