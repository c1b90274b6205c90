import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/core/random.js';
import type { Candidate } from '../../src/mine/index.js';
import { documentSpans, type Group, type Span } from '../../src/mine/learn/candidates.js';
import { spanFeatures } from '../../src/mine/learn/features.js';
import { tagsOf } from '../../src/mine/lexicon.js';
import { EVALUATION_CONCEPT } from './evaluation-data.js';

// spanFeatures reads each span's tokens from its sentence's, tokenized once. The oracle here is the features as first
// written (the shipped model was trained on them): every piece of the sentence tokenized again. They must agree on every
// span, including spans whose edges fall inside a token (`city’s`, `rock'n'roll`, a letter outside the BMP).

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;
const tokens = (text: string) => (text.match(WORD) ?? []).map((t) => t.toLowerCase());
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

/** The features as first written (src/mine/learn/features.ts before the sentence's tokens were shared). */
function referenceFeatures(group: Group, span: Span): string[] {
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

const rule = (score: number, checks: string[]): Candidate =>
  ({
    score,
    pattern: 'is-a',
    quoted: score > 0.5,
    explanation: {
      position: { name: 'start', value: 1 },
      length: { name: 'length', value: score, words: 9 },
      checks: checks.map((name) => ({ name, value: 1 })),
    },
  }) as unknown as Candidate;

describe('learned miner: features from the sentence tokenized once', () => {
  it('are the features of every piece tokenized apart, on the spans of real sentences', () => {
    const pages = [
      'A smart city’s role is to serve (Smith, 2011). The smart city is "a city that uses ICT" [12], as Harrison et al. (2010) put it.',
      "Rock'n'roll smart cities' data: a smart city is one that learns (n.d.) — or so (they) say? Smart-city’s plans, e.g. smart city's.",
      'In 𝐓𝐡𝐞 literature a smart city is 𝒶 city that (in part) uses technology [3, 4] to improve life; see (Caragliu et al., 2011a).',
      `A smart city is ${'a very long list of things and more things, '.repeat(120)}the end.`,
    ];
    let spans = 0;
    for (const g of documentSpans(pages, EVALUATION_CONCEPT).groups)
      for (const s of g.spans) {
        expect(spanFeatures(g, s)).toEqual(referenceFeatures(g, s));
        spans++;
      }
    expect(spans).toBeGreaterThan(100);
  });

  it('are the same on seeded random sentences with spans cut anywhere, inside tokens and surrogate pairs too', () => {
    const random = seededRandom(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
    const pieces = [
      'smart',
      'city',
      "city's",
      'cities’',
      "rock'n'roll",
      '𝒶𝐛',
      '(Smith, 2011)',
      '[12]',
      '[3, 4]',
      '(',
      ')',
      '?',
      '"',
      '“',
      '’',
      "'",
      ',',
      ':',
      'is',
      'a',
      'The',
      '42',
      'n.d.',
      '—',
    ];
    let cutInside = 0;
    for (let k = 0; k < 300; k++) {
      const sentence = Array.from({ length: 3 + Math.floor(random() * 30) }, () => pick(pieces)).join(pick([' ', ' ', '', '  ']));
      const n = sentence.length;
      const group: Group = { sentence, kind: 'paragraph', offset: 0, spans: [], rules: [], index: 0 };
      for (let i = 0; i < 12; i++) {
        const [start, end] = [Math.floor(random() * (n + 1)), Math.floor(random() * (n + 1))].sort((a, b) => a - b) as [number, number];
        const [termStart, termEnd] = [Math.floor(random() * (n + 1)), Math.floor(random() * (n + 1))].sort((a, b) => a - b) as [number, number];
        const r = random() < 0.4 ? rule(Math.round(random() * 100) / 100, ['verb', 'cited', 'verb']) : undefined;
        if (r) group.rules.push(r);
        group.spans.push({
          start,
          end,
          termStart,
          termEnd,
          term: 'smart city',
          from: pick(['term', 'w1', 'sentence']),
          to: pick(['end', 'comma']),
          ...(r ? { rule: r } : {}),
        });
        if (/[\p{L}\p{N}'’]/u.test(sentence[start - 1] ?? ' ') && /[\p{L}\p{N}'’\uDC00-\uDFFF]/u.test(sentence[start] ?? ' ')) cutInside++;
      }
      for (const s of group.spans) expect(spanFeatures(group, s)).toEqual(referenceFeatures(group, s));
    }
    expect(cutInside).toBeGreaterThan(100);
  });
});
