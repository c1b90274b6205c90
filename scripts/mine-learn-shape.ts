import { tagsOf } from '../src/mine/lexicon.js';
import type { Group, Span } from '../src/mine/learn/candidates.js';

// Features that say *how* a span defines rather than *which words* it has: the shape of the words around the term as
// coarse classes (determiner, copula, defining verb, `as`, relative pronoun, noun, verb …), whether a genus follows
// the term, how many clauses the span holds, where the term sits in its sentence (first, after a colon, after an
// introductory phrase or an attribution), and the quotation and citation frame. Content words are never named here,
// so a model on these alone cannot learn the training files' wording. The shipped model does not use them: tried by
// leave-one-round-out and by replays of two blind rounds (scripts/mine-learn-rounds.ts), they beat it on neither
// (README, "The learned method").

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu;
const CITATION = /\[\d[\d,;:\s–-]*\]|\((?:[^()]{1,80}?(?:1[89]|20)\d\d[a-z]?|[^()]{1,80}?n\.\s?d\.)(?:[,;:]\s*[^()]{0,30})?\)/gu;

// Closed classes and the verbs that frame a definition, by what they do in one.
const CLASS: Record<string, string> = {};
const put = (cls: string, words: string) => words.split(' ').forEach((w) => (CLASS[w] = cls));
put('DET', 'a an the this these that those such any every each');
put('BE', 'is are was were be been being');
put(
  'DEFV',
  'means mean meant refers refer referred defines define defined denotes denote denoted describes describe described designates designate designated comprises comprise signifies signify constitutes constitute represents represent',
);
put(
  'SEE',
  'understood seen viewed conceived considered regarded characterized characterised called termed known conceptualized conceptualised interpreted framed',
);
put('AS', 'as');
put('REL', 'which who whose where whereby wherein');
put('MD', 'can may could might should must will would shall');
put(
  'REP',
  'argue argues argued state states stated say says said suggest suggests suggested note notes noted write writes wrote propose proposes proposed claim claims claimed put puts explain explains explained observe observes observed assert asserts asserted contend contends contended',
);
put('ACC', 'according');
put('FOR', 'for');
put('OF', 'of');
put('TO', 'to');
put('NEG', 'not no never neither nor');
put('CC', 'and or but');
put('PRON', 'it they we he she i you this');
put('Q', '"“”‘’\'«»„');

/** A token's coarse class: a closed class above, else the lexicon's first Penn tag folded (noun, verb, adjective …). */
export function coarse(token: string): string {
  const t = token.toLowerCase();
  const c = CLASS[t];
  if (c) return c;
  if (!/[\p{L}\p{N}]/u.test(t)) return t;
  if (/^\p{N}+$/u.test(t)) return 'CD';
  const tag = tagsOf(t)[0];
  if (!tag) return /^\p{Lu}/u.test(token) ? 'NAME' : 'X';
  if (tag.startsWith('NN')) return 'N';
  if (tag === 'VBZ' || tag === 'VBP' || tag === 'VBD') return 'VF';
  if (tag === 'VBN') return 'VN';
  if (tag === 'VBG') return 'VG';
  if (tag.startsWith('VB')) return 'V';
  if (tag.startsWith('JJ')) return 'J';
  if (tag.startsWith('RB')) return 'R';
  if (tag === 'IN') return 'P';
  return tag;
}

interface Tok {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly cls: string;
}

const tokenized = new WeakMap<Group, Tok[]>();

/** The sentence's tokens with their classes, a citation read as one token `CITE`. */
function tokensOf(group: Group): Tok[] {
  let list = tokenized.get(group);
  if (list) return list;
  const s = group.sentence;
  const cites = [...s.matchAll(CITATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  list = [];
  let c = 0;
  for (const m of s.matchAll(WORD)) {
    const start = m.index;
    while (c < cites.length && cites[c]!.end <= start) c++;
    const cite = cites[c];
    if (cite && start >= cite.start && start < cite.end) {
      if (list.at(-1)?.start !== cite.start) list.push({ text: s.slice(cite.start, cite.end), start: cite.start, end: cite.end, cls: 'CITE' });
      continue;
    }
    list.push({ text: m[0], start, end: start + m[0].length, cls: coarse(m[0]) });
  }
  tokenized.set(group, list);
  return list;
}

/** Runs of one class read once (`J J N` → `J N`): the shape, not the number of modifiers. */
function collapse(classes: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of classes) if (out.at(-1) !== c) out.push(c);
  return out;
}

const bucket = (x: number, edges: readonly number[]) => {
  let i = 0;
  while (i < edges.length && x >= edges[i]!) i++;
  return String(i);
};

/** The defining frame after the term (copula, defining verb, `as` …) and what follows it (a determiner and a genus noun, then a relative clause …). */
function frameOf(afterTerm: readonly Tok[]): { frame: string; genus: string } {
  const a = afterTerm.map((t) => t.cls);
  let i = 0;
  while (a[i] === 'CITE' || a[i] === ')' || a[i] === '(' || a[i] === 'Q') i++;
  let frame = 'none';
  if (a[i] === 'MD') i++;
  if (a[i] === 'R') i++;
  if (a[i] === 'BE' && (a[i + 1] === 'SEE' || a[i + 1] === 'DEFV' || a[i + 1] === 'VN')) {
    frame = a[i + 2] === 'AS' ? 'passive-as' : 'passive';
    i += a[i + 2] === 'AS' ? 3 : 2;
  } else if (a[i] === 'BE') {
    frame = 'copula';
    i++;
  } else if (a[i] === 'DEFV') {
    frame = 'defv';
    i++;
    if (a[i] === 'TO' || a[i] === 'AS') i++;
  } else if (a[i] === 'VF') {
    frame = 'verb';
    i++;
  } else if (a[i] === ',' || a[i] === ':' || a[i] === '–' || a[i] === '—' || a[i] === '-') {
    frame = 'apposition';
    i++;
  }
  while (a[i] === 'Q' || a[i] === 'R') i++;
  let genus = 'none';
  if (a[i] === 'DET') {
    let j = i + 1;
    while (a[j] === 'J' || a[j] === 'VN' || a[j] === 'VG' || a[j] === 'R' || a[j] === ',' || a[j] === 'CC') j++;
    if (a[j] === 'N' || a[j] === 'X' || a[j] === 'NAME') {
      while (a[j + 1] === 'N' || a[j + 1] === 'X') j++;
      const next = a[j + 1];
      genus =
        next === 'REL' || (next === 'DET' && afterTerm[j + 1]?.text.toLowerCase() === 'that')
          ? 'rel'
          : next === 'P' || next === 'OF'
            ? 'pp'
            : next === 'VN' || next === 'VG'
              ? 'participle'
              : next === undefined
                ? 'end'
                : 'other';
    } else genus = 'no-noun';
  } else if (a[i] === 'N') genus = 'bare-noun';
  else if (a[i] === 'VG') genus = 'gerund';
  else if (a[i] === 'J') genus = 'adjective';
  else if (a[i] === 'PRON' || a[i] === 'X') genus = a[i]!;
  return { frame, genus };
}

/** What leads up to the term in its sentence: nothing, an attribution, a colon, a citation, an introductory phrase. */
function introOf(before: readonly string[]): string {
  // (the term's own determiner and premodifiers are not a lead-in)
  let n = before.length;
  while (n > 0 && (before[n - 1] === 'DET' || before[n - 1] === 'J' || before[n - 1] === 'Q')) n--;
  const lead = before.slice(0, n);
  return lead.length === 0
    ? 'none'
    : lead.includes('ACC')
      ? 'according'
      : lead.includes('REP')
        ? 'reporting'
        : lead.at(-1) === ':' || lead.at(-2) === ':'
          ? 'colon'
          : lead.includes('CITE')
            ? 'cite'
            : lead[0] === 'FOR' || lead[0] === 'P'
              ? lead.includes(',')
                ? 'intro-phrase'
                : 'prep'
              : lead.includes(',')
                ? 'comma'
                : 'other';
}

/** The shape features of one span of a group, in a fixed order. */
export function shapeFeatures(group: Group, span: Span): string[] {
  const toks = tokensOf(group);
  const f: string[] = [];
  const inSpan = toks.filter((t) => t.start >= span.start && t.end <= span.end);
  const afterTerm = toks.filter((t) => t.start >= span.termEnd && t.end <= span.end);
  const beforeTerm = toks.filter((t) => t.end <= span.termStart);
  const spanBefore = beforeTerm.filter((t) => t.start >= span.start);
  const after = collapse(afterTerm.slice(0, 8).map((t) => t.cls));
  f.push(`sh-after3:${after.slice(0, 3).join(' ')}`);
  f.push(`sh-after5:${after.slice(0, 5).join(' ')}`);
  f.push(
    `sh-before:${
      collapse(spanBefore.map((t) => t.cls))
        .slice(-3)
        .join(' ') || '<start>'
    }`,
  );
  f.push(
    `sh-lead:${
      collapse(toks.filter((t) => t.end <= span.start).map((t) => t.cls))
        .slice(-2)
        .join(' ') || '<s>'
    }`,
  );
  f.push(
    `sh-next:${
      collapse(toks.filter((t) => t.start >= span.end).map((t) => t.cls))
        .slice(0, 2)
        .join(' ') || '<e>'
    }`,
  );
  const { frame, genus } = frameOf(afterTerm);
  f.push(`sh-frame:${frame}`);
  f.push(`sh-genus:${genus}`);
  f.push(`sh-frame-genus:${frame}|${genus}`);
  // One clause or several: the finite verbs and the commas in the span.
  const finite = inSpan.filter((t) => t.cls === 'VF' || t.cls === 'BE' || t.cls === 'MD' || t.cls === 'DEFV').length;
  f.push(`sh-finite:${bucket(finite, [1, 2, 3, 5])}`);
  f.push(`sh-commas:${bucket(inSpan.filter((t) => t.cls === ',').length, [1, 2, 4])}`);
  f.push(`sh-neg:${afterTerm.slice(0, 6).some((t) => t.cls === 'NEG')}`);
  // Where the term sits: at the span's start, after a determiner, or later; and what leads up to it in the sentence.
  const sb = collapse(spanBefore.map((t) => t.cls));
  f.push(`sh-term-at:${sb.length === 0 ? 'start' : sb.length === 1 && sb[0] === 'DET' ? 'det' : sb.length <= 2 ? 'near' : 'late'}`);
  const lead = beforeTerm.map((t) => t.cls);
  const intro = introOf(lead);
  f.push(`sh-intro:${intro}`);
  f.push(`sh-intro-frame:${intro}|${frame}`);
  // Quotation and citation frame.
  const qBefore = toks.filter((t) => t.end <= span.start).slice(-1)[0]?.cls === 'Q';
  const qAfter = toks.find((t) => t.start >= span.end)?.cls === 'Q';
  const qIn = inSpan.filter((t) => t.cls === 'Q').length;
  f.push(`sh-quote:${qBefore}|${qAfter}|${bucket(qIn, [1, 2, 3])}`);
  const citeIn = inSpan.some((t) => t.cls === 'CITE');
  const citeNext = toks.find((t) => t.start >= span.end && t.cls !== 'Q' && t.cls !== '.' && t.cls !== ',')?.cls === 'CITE';
  f.push(`sh-cite:${citeIn}|${citeNext}|${lead.includes('CITE')}`);
  f.push(`sh-len-frame:${bucket(afterTerm.length, [3, 6, 10, 16, 25, 40])}|${frame}`);
  return f;
}

/** A feature's word read as its coarse class (`a1:refers` stays, `a1:ict` → `a1:X`): the lexical families without the training files' content words. */
export function delexicalize(feature: string): string {
  const colon = feature.indexOf(':');
  const family = feature.slice(0, colon);
  if (!LEXICAL.has(family)) return feature;
  const rest = feature.slice(colon + 1);
  const bar = rest.indexOf('|');
  const words = bar >= 0 ? rest.slice(0, bar) : rest;
  const mapped = words
    .split(' ')
    .map((w) => (w.startsWith('<') || w === '' ? w : keep(w) ? w : coarse(w)))
    .join(' ');
  return `${family}:${mapped}${bar >= 0 ? rest.slice(bar) : ''}`;
}

const LEXICAL = new Set([
  'a1',
  'a2',
  'a3',
  'b1',
  'b2',
  'a1-to',
  'a1-from',
  'a2-from',
  'first',
  'last',
  'prev',
  'prev2',
  'next',
  'next2',
  'lead-w',
  'after-w',
  'tail-w',
]);

/** A word kept as itself: a closed-class or framing word (its class above), or punctuation. */
function keep(w: string): boolean {
  return CLASS[w] !== undefined || !/[\p{L}\p{N}]/u.test(w);
}
