import { PAGE_LOCATOR, type Citation } from '../citations.js';
import { hasFiniteVerb, tagsOf } from '../lexicon.js';
import { SAID_AFTER } from './lead-in.js';
import { bareGenus, evaluativeHead } from './predicate.js';
import { presentVerb } from './words.js';

/** The copula's complement before a colon is a bare genus (`is a civic instrument`) or a figure (`is a promise kept in software`). */
function restatable(before: string): boolean {
  const complement = /\s(?:is|are)\s+(an?\s+[^:;,.]{1,70})$/iu.exec(before)?.[1] ?? '';
  return bareGenus(complement) || evaluativeHead(complement);
}

// (an indefinite noun phrase of up to four words, then a relative, a participle in -ed or a comma: `a model owned by …`)
const RESTATED_GENUS = /^\s*an?\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s+(?:that|which|who|whose|where|in\s+which|\p{Ll}+ed)\b|\s*,)/u;

// A page locator before another clause (`(pp. 40–44), and its case studies …`) or closing the sentence (`(p. 9).`).
const LOCATOR_BEFORE_CLAUSE = new RegExp(`\\s*${PAGE_LOCATOR.source}(?=\\s*(?:,\\s+(?:and|but|yet|while|whereas|whilst|so)\\s|;))`, 'u');
const LOCATOR_CLOSING_SENTENCE = new RegExp(`[.!?]?\\s*${PAGE_LOCATOR.source}[.\\s]*$`, 'u');

// Where a defining clause ends: before its sentence's closing punctuation and citations, a second statement or
// predicate, the writers' comment on the definition, a source named after it, or the close of its quotation.

/** The first `char` at or after `from` that is not inside quotation marks or parentheses, or -1. */
function outsideQuotes(text: string, from: number, char: string): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '“' || (c === '‘' && !/\p{L}/u.test(text[i - 1] ?? ' '))) quoted = true;
    else if (c === '”' || (c === '’' && !/\p{L}/u.test(text[i + 1] ?? ' '))) quoted = false;
    else if (c === char && depth === 0 && !quoted) return i;
  }
  return -1;
}

/**
 * A clause that starts just inside a quotation ends where the quotation closes: `“I view a smart
 * city as … challenges.” - Mike O’Leary , Cities of the future …`. Without a closing mark in the
 * sentence, the sentence's end.
 */
export function quotationClose(sentence: string, start: number): number {
  const before = sentence.slice(0, start);
  // The quotation the clause is in: an opening mark before it that is not closed before it.
  const opener = (['“', '«', '"'] as const).find((q) =>
    q === '"' ? (before.match(/"/gu) ?? []).length % 2 === 1 : before.lastIndexOf(q) > before.lastIndexOf(q === '“' ? '”' : '»'),
  );
  const open = opener ? [opener, opener] : /(‘)\s*(?:…|\.\.\.)?\s*$/u.exec(before);
  if (!open) return sentence.length;
  const closer = { '“': /”/u, '"': /"/u, '‘': /’(?!\p{L})/u, '«': /»/u }[open[1]!]!;
  // (a clause that opens with the term in quotation marks of its own, `““urban digital twin” means …”`, is closed after them)
  const own = open[1] === '“' && sentence[start] === '“' ? sentence.indexOf('”', start) + 1 : 0;
  const from = own > 0 ? own : start;
  const close = closer.exec(sentence.slice(from));
  if (!close) return sentence.length;
  const at = from + close.index;
  // Only when something other than punctuation or a citation follows the closing mark.
  return /^[\s.,;:!?]*(?:\[[^\]]*\]|\([^)]*\))?[\s.,;:!?]*$/u.test(sentence.slice(at + 1)) ? sentence.length : at;
}

/**
 * A cut at `at` that falls inside a quotation opened after the clause's start (`as “a copy … records, and that
 * planners use …”`): the quotation's closing mark instead, so a quoted definiens is never split.
 */
export function outsideQuotation(sentence: string, start: number, at: number): number {
  if (at >= sentence.length) return at;
  const inside = sentence.slice(start, at);
  const opened = inside.lastIndexOf('“');
  if (opened < 0 || inside.lastIndexOf('”') > opened) return at;
  const close = sentence.indexOf('”', at);
  return close < 0 ? sentence.length : close;
}

// A page locator after a quotation's closing mark, then `and` or `but` and what follows (afterQuotedDefiniens).
const LOCATED_THEN_AND = new RegExp(String.raw`^\s*${PAGE_LOCATOR.source}\s*,?\s+(?:and|but|yet)\s+(?!(?:that|which|who|whose|where)\b)(.{1,200})`, 'su');

/**
 * A definiens that is a quotation opened right after the defining verb (`as “…”`, `is “…”`) ends at its closing mark
 * when a new clause follows it (`”, and the firm now sizes …`, `”, but few cities …`): what follows is the writers'
 * own statement. A relative after the mark (`” that is “…”`, `” which …`) goes on with the definiens.
 */
export function afterQuotedDefiniens(sentence: string, start: number): number {
  // (a dash after the closing mark, `… is ‘a city that …’ — note: …`, `… “…” — and I think that's right`: the writers'
  // comment on the quotation, single or double marks, curly or straight)
  const dashed =
    /^[^“”‘]{1,80}?\s(?:as|is|are|means?|to\s+be)\s+(?:“[^“”]{10,}”|‘(?:[^‘’]|’(?=\p{L})){10,}’|"[^"]{10,}"|'(?:[^']|'(?=\p{L})){10,}')(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?(?:\s*[—–]\s+|—)\S/u.exec(
      sentence.slice(start),
    );
  // (a note call may sit between the mark and the dash, and an em dash may be set closed up: `… streams”12—a definition …`)
  if (dashed) return start + dashed[0].replace(/(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?(?:\s*[—–]\s+|—)\S$/u, '').length - 1;
  // (or the quotation opening at the verb: `a digital twin, in its ordinary meaning, “is a model …”`)
  // (straight marks too, `as "a sustainable city …"`; and a source set between the verb and the quotation, `is, following
  // Rautmaa-Anand,29 “…”`, `is, after Lund (2021), “…”`: a bounded phrase between commas, a note marker or a year in it)
  const m =
    /^[^“”"]{1,80}?\s(?:(?:as|is|are|means?|to\s+be)(?:,\s+(?:following|after|citing|according\s+to|in\s+the\s+words\s+of)\s+[^,“”"]{2,60},\d{0,3})?\s+(?:“[^“”]{10,}”|"[^"]{10,}")|“(?:is|are|means?)\s[^“”]{10,}”)/u.exec(
      sentence.slice(start),
    );
  if (!m) return sentence.length;
  const close = start + m[0].length - 1;
  const rest = sentence.slice(close + 1);
  // (a parenthesis the clause sits in may close first: `(for X, a city is “…”), and those twins …`; the comma may sit inside
  // the closing mark, `… facing the city," and had solicited …`)
  // (a clause that opened inside a parenthesis ends at the mark that closes before it: `(defining a smart city as “…”).`,
  // a law review's explanatory parenthetical; the 200 characters before the clause are read, no more)
  const before = sentence.slice(Math.max(0, start - 200), start);
  if (/^\s*\)/u.test(rest) && before.split('(').length > before.split(')').length) return close;
  const commaInside = sentence[close - 1] === ',';
  // (a note call may be run onto the mark, `… streams,”12 and the term …`, as law reviews print them)
  const next = (
    commaInside
      ? /^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?\s*\)?\s*,?\s+(?:and|but|while|whereas|whilst|yet)\s+(?!(?:that|which|who|whose|where)\b)(.*)$/su
      : /^(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})?\s*\)?\s*,\s+(?:and|but|while|whereas|whilst|yet)\s+(?!(?:that|which|who|whose|where)\b)(.*)$/su
  ).exec(rest);
  if (next && (hasFiniteVerb(next[1]!) || opensClause(next[1]!))) return close;
  // (a page locator after the mark cites the source's words and ends them, so `and` and a verb after it go on with the
  // writer's sentence, no comma needed: `Ostrander defines a twin as “…” (p. 40) and spends the rest of the book …`)
  const located = LOCATED_THEN_AND.exec(rest);
  if (located && hasFiniteVerb(located[1]!)) return close;
  // (or an adverbial closing the sentence, when or where the words were said: `… as “…” in her first lecture in 1989.`,
  // `… as “…” at the launch.`; no verb of its own, not a relative, `” in which …`)
  const said = /^\s+(?:in|at|during|on|before|after)\s+(?!(?:which|whom|whose)\b)([^“”"]{1,100})$/u.exec(rest);
  if (said && !hasFiniteVerb(said[1]!.replace(/[.!?\s]+$/u, ''))) return close;
  // (or, without a conjunction, the writers' own clause, `”, we propose …`, or their comment on the quotation,
  // `”, which tells officers what to measure`: the source's words ended at the mark)
  const own = /^\s*,\s+(.*)$/su.exec(rest)?.[1] ?? '';
  const comment = /^which\s+(?:(?:we|they|he|she|it)\s+)?(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(own);
  // (or the writer's reason or manner, `”, because it is the only one that …`, `”, without noting that …`: a subordinate
  // clause of the sentence that quotes, not of the quotation)
  const subordinate = /^(?:because|since|although|though|unless|so\s+that|given\s+that|without\s+\p{Ll}+ing)\b/u.test(own);
  // (or a noun phrase in apposition to the whole quotation that ends the sentence, `”, an early use of the term.`, `”, a
  // phrase the council still uses.`: the writer's label for the words quoted, not more of them)
  // (a finite verb among its next three words, listed first as one, makes it a clause: `”, the council stopped printing it`)
  const apposition =
    /^(?:an?|the|one|this|that)\s[^“”"‘’]{1,120}$/u.test(own.replace(/[.!?]+\s*$/u, '')) &&
    !own
      .split(/\s+/u)
      .slice(1, 4)
      .some((w) => /^(?:VBZ|VBD|MD)$/u.test(tagsOf(w.replace(/\P{L}+$/u, ''))[0] ?? ''));
  return (/^(?:we|they|he|she)\s/u.test(own) && opensClause(own)) || (comment && presentVerb(comment[1]!)) || subordinate || apposition
    ? close
    : sentence.length;
}

/** `the analyst firm now sizes …`, `they buy …`: a subject (a pronoun, or a determiner and up to three words) and a finite verb. */
function opensClause(text: string): boolean {
  const words = text.split(/\s+/u).slice(0, 7);
  const pronoun = /^(?:it|they|we|he|she|others|many|most|some)$/iu.test(words[0] ?? '');
  if (!pronoun && !/^(?:the|a|an|this|these|those|its|their|our|his|her)$/iu.test(words[0] ?? '')) return false;
  for (let k = pronoun ? 1 : 2; k < words.length; k++) {
    const w = words[k]!.toLowerCase();
    if (/ly$|^(?:now|also|still|already|often|then)$/u.test(w)) continue;
    if (tagsOf(w).some((t) => t === 'VBZ' || t === 'VBD' || t === 'MD') || (pronoun && tagsOf(w).includes('VBP'))) return true;
    if (k >= 4) return false;
  }
  return false;
}

/** `… integration of systems, and Kanter and Litow (2009) [7] consider …`: a new cited subject (or a pronoun) starts another statement. */
export function nextStatement(sentence: string, start: number): number {
  // (or a personal pronoun as the new subject: `…, and they contrast it with …`)
  const m =
    /,\s+(?:and|while|whereas|but|whilst)\s+(?=\p{Lu}[^,;]{0,60}?(?:\(\s*(?:1[89]|20)\d\d|\[\d|\bet\s+al\b)|(?:they|we|he|she|you|I)\s+(?:also\s+)?\p{Ll}{2,}(?<!ing|ed)\b)/u.exec(
      sentence.slice(start),
    );
  // (or a new subject with a determiner and its own verb, `…, and the two need not coincide`, or a name after `but`:
  // `…, but Society 5.0 is the bigger picture`)
  const other =
    /,\s+(?:and|but|yet|while|whereas)\s+(?:the|this|these|those|such)\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are|was|were|need|needs|can|cannot|must|should|will|would|may|might|do|does|did|has|have)\b|,\s+but\s+\p{Lu}[\p{L}\p{N}.-]*(?:\s+[\p{L}\p{N}.-]+){0,2}?\s+(?:is|are|was|were)\b/u.exec(
      sentence.slice(start),
    );
  // (or a page locator closing what it cites before a comma and a conjunction or a semicolon: `… competence (pp. 40–44),
  // and its case studies …`)
  const page = LOCATOR_BEFORE_CLAUSE.exec(sentence.slice(start));
  const end = Math.min(m ? start + m.index : sentence.length, other ? start + other.index : sentence.length, page ? start + page.index : sentence.length);
  const comment = COMMENTARY.exec(sentence.slice(start, end));
  return comment ? start + comment.index : end;
}

// The writers' comment after the definiens, set off by a comma, a dash or a semicolon: on the definition itself
// (`, a definition that has been widely cited`, `— a definition that leaves out residents`, `, which is the
// definition adopted here`, `, although this definition says nothing …`, `, so the definition goes`), a group
// that answers it (`, but critics argue that …`), what they make of it after a dash (`— which is why …`), or its
// source named after it (`, as Okafor (2016) notes`).
const COMMENTARY = new RegExp(
  [
    `(?:,|\\s[—–]|;)\\s+(?:(?:which|that)\\s+(?:is|was|has\\s+been)\\s+|(?:although|though|but|yet|and|while|whereas|so)\\s+)?(?:a|this|that|the|such\\s+a|our|one)\\s+(?:(?:broad|narrow|working|common|widely\\s+cited|technical|simple|useful|standard|familiar|classic)\\s+)?(?:definitions?|descriptions?|formulations?|framings?|wordings?|characteri[sz]ations?)(?![\\p{L}-])(?!\\s+of\\b)`,
    `,\\s+(?:but|while|whereas|although|though|yet)\\s+(?:critics|others|many|some|sceptics|skeptics|opponents|scholars|authors|researchers|commentators)\\s+(?:\\p{Ll}+ly\\s+)?(?:argue|claim|contend|note|point|say|suggest|warn|counter|object|question|doubt|insist|stress|reply|respond)\\b`,
    // (or what the writers go on to do with it: `, and test this definition on two districts`)
    `,\\s+and\\s+(?:then\\s+)?\\p{Ll}+\\s+(?:this|that|the|our)\\s+(?:definition|concept|notion|framing)\\b`,
    // (or, after a dash, what the writers make of it: `– something every commuter hopes for`, `— which is why we oppose it`)
    `\\s[—–]\\s+(?:something\\s+(?:that|which|all|every|many|most|few|no)\\b|(?:which|this|that)\\s+is\\s+(?:why|how|where)\\b|which\\s+(?:explains|means)\\b|hence\\b)`,
    // (or another quoted term's definition run on after it, `, and “member” means …`, as interpretation clauses list them)
    `[,;]\\s+and\\s+[“"‘][^“”"‘’]{1,40}[”"’]\\s+(?:means|includes|refers\\s+to|(?:is|are)\\s+defined\\s+as)\\b`,
    // (or a demonstrative that points back at it as a whole, `— that is our antagonist`, `— this is the town we want`; not
    // `— that is, a city whose …`, the comma of `i.e.`, which goes on with the definiens)
    `\\s[—–]\\s+(?:that|this)(?:\\s+(?:is|was)|['’]s)\\s+(?:our|my|their|your|his|her|what|exactly|precisely|just|the\\s+(?:one|point|problem|idea|goal|aim|villain|antagonist|trouble|catch))\\b`,
    // (or the speaker's own remark on it, a demonstrative for subject: `, and that's exactly what it feels like`, `, and
    // this is what we want`; a second relative, `, and that is run by …`, keeps its uncontracted verb)
    `,\\s+and\\s+(?:that['’]s|this\\s+is|this['’]s)\\s`,
    // (or what follows from it, after a comma as after a dash: `, and that is why our backlog grew`, `, which is how …`;
    // a relative never takes `why` or `how` for its complement)
    `,\\s+(?:and\\s+)?(?:which|this|that)\\s+is\\s+(?:why|how)\\b`,
    `,\\s+as\\s+\\p{Lu}[^,;]{0,60}?\\s+(?:notes?|noted|argues?|argued|puts?\\s+it|writes?|wrote|observes?|observed|explains?|explained|points?\\s+out|suggests?|suggested|remarks?|remarked)[.!\\s]*$`,
  ].join('|'),
  'u',
);

/** `… and government. - Business Dictionary`: a source named after a dash once the sentence has ended. */
export function trailingSource(sentence: string, start: number): number {
  const said = SAID_AFTER.exec(sentence.slice(start));
  if (said) return start + said.index;
  // (or in parentheses after a closing quotation mark: `… overall costs’ (Techopedia)`)
  // (or a locator: `… infrastructure” (3.4 of that edition)`, `… open space” (paragraph 6.12)`, `…” (p. 7)`; a bare
  // acronym, `” (ICT)`, belongs to the definiens)
  // (or an occasion and its date: `… is built” (interview, 12 November 2026)`)
  const m =
    /[.!?]["'”’»]*\s+[-–—]\s*\p{Lu}[^.!?]{0,80}$|(?<=[’”"»])\s*\((?!(?:1[89]|20)\d\d)(?:\p{Lu}[^()]{1,60}|[^()]*\d[^()]*\s\p{Ll}[^()]{0,50}|(?:pp?|paras?|paragraphs?|sections?|s|§§?|clauses?|cl|arts?|articles?|chapters?|ch)\.?\s*\d[\d.,–-]*|\p{Ll}[^(),]{0,30},\s[^()]{0,30}\b(?:1[89]|20)\d\d)\)[.\s]*$/u.exec(
      sentence.slice(start),
    );
  if (m) return start + m.index;
  // (or a page alone closing the sentence, after a word or the full stop: `… behave (p. 9).`, `… for it. (p. 23)`)
  const page = LOCATOR_CLOSING_SENTENCE.exec(sentence.slice(start));
  if (page) return start + page.index;
  // (or a cross-reference or a mark scheme's note in parentheses closing the sentence, no year in it: `… emissions (see
  // Glossary, p. 88).`, `… infrastructure (2 marks).`)
  const note = /\s*\((?![^()]*\b(?:1[89]|20)\d\d)(?:(?:see|cf\.|compare)\s[^()]{1,60}|\d{1,3}\s+(?:marks?|points?))\)[.!?\s]*$/iu.exec(sentence.slice(start));
  return note ? start + note.index : sentence.length;
}

/**
 * Two to six items of four words or fewer, joined by commas and a last `and` or `or`, with no verb or relative of their
 * own, opening in lower case (after a colon a capital opens a statement of its own: `…: A building, a bridge, …`).
 */
function shortList(text: string): boolean {
  if (!/^\s*\p{Ll}/u.test(text)) return false;
  const items = text.trim().split(/\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/u);
  return (
    items.length >= 2 &&
    items.length <= 6 &&
    items.every((i) => (i.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 1 && (i.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) <= 4) &&
    !hasFiniteVerb(text) &&
    !/\b(?:that|which|who|whom|whose|where|when)\b/iu.test(text)
  );
}

/** `a digital twin is a living virtual model, … and has been a central concept in …`: a second predicate of the term ends the definiens. */
export function secondPredicate(sentence: string, start: number): number {
  const m =
    /,\s+and\s+that\s+(?=\p{L}+\s+\p{L})(?!(?:is|are|was|were|has|have|had|can|could|may|might|will|would|should|must|does|do)\b)|,?\s+and\s+(?:has|have|had)\s+(?:also\s+)?(?:been|become|long\s+been)\b|,\s+and\s+(?:is|are|was|were)\s+(?:now\s+|also\s+|increasingly\s+)?(?:being|seen|used|considered|regarded|becoming)\b/iu.exec(
      sentence.slice(start),
    );
  // `, and that stays within …` coordinates a second relative clause; `, and that community
  // involvement … is necessary` is a second object of the reporting verb.
  if (m && /^,\s+and\s+that\s/u.test(m[0])) {
    const next = /^\p{L}+/u.exec(sentence.slice(start + m.index + m[0].length))?.[0] ?? '';
    if (tagsOf(next).some((t) => /^(?:VBZ|VBP|VBD|MD)$/.test(t)) || presentVerb(next)) return sentence.length;
  }
  return m ? start + m.index : sentence.length;
}

/**
 * `… systems of people using flows of energy …; these flows and interactions become smart through …`:
 * a clause after a semicolon whose subject takes up a noun of the definiens (`these flows`) goes on
 * defining; one about the term itself (`they reduce …`, `such cities …`) is a new statement.
 */
function continuesDefiniens(stems: ReadonlySet<string>, part: string): boolean {
  const m = /^\s*(?:these|those|such)\s+([\p{L}-]{3,})/iu.exec(part);
  if (!m) return false;
  const stem = m[1]!
    .toLowerCase()
    .replace(/(?:ies|es|s)$/u, '')
    .slice(0, 6);
  if (/^(?:cit|town|place|municip|communit|region)/u.test(stem)) return false;
  return stems.has(stem);
}

/** The 3- to 6-letter beginnings of the definiens' words (its first four, the term and its verb, left out). */
function definiensStems(definiens: string): Set<string> {
  const stems = new Set<string>();
  for (const w of definiens
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .slice(4))
    for (let n = 3; n <= Math.min(6, w.length); n++) stems.add(w.slice(0, n));
  return stems;
}

/**
 * A spaced dash after the definiens that hands the sentence back to the writer: `… more than it found — and finally they
 * listened`, `… updates itself — and we are the glue` (a conjunction, then a subject and a finite verb of its own), or the
 * dash that closes an aside the definiens sits in, `the definition you quote — a twin is “…” [14] — comes from a poster`
 * (a dash before the clause opened the aside; a finite verb after the second resumes the outer sentence). A dash inside
 * brackets or a quotation opened after the start is the definiens' own. One pass, 120 characters read after each dash.
 */
export function dashEnd(sentence: string, start: number): number {
  // (the aside's opening dash: a spaced dash in the 200 characters before the clause)
  const inAside = /\s[—–]\s+[^—–]*$/u.test(sentence.slice(Math.max(0, start - 200), start));
  let depth = 0;
  let quoted = false;
  let closed = false;
  for (let i = start; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    else if (c === '"') quoted = !quoted;
    else if ((c === '—' || c === '–') && depth === 0 && !quoted && /\s/u.test(sentence[i - 1] ?? '') && /\s/u.test(sentence[i + 1] ?? '')) {
      const rest = sentence.slice(i + 1, i + 121);
      const and = /^\s+(?:and|but|yet|so)\s+(?:(?:\p{Ll}+ly|then|now|still|at\s+last|in\s+the\s+end),?\s+)?/u.exec(rest);
      // (the clause read as words: `they listened!` ends in its punctuation)
      if (and && opensClause(rest.slice(and[0].length).replace(/[!?.,;:]/gu, ' '))) return i - 1;
      const verb = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(rest)?.[1];
      // (the aside must hold the definiens' own verb: `X — the smart city of Dutch documents — is …` is a gloss on the term,
      // and the definition follows the dash)
      if (inAside && !closed && verb && tagsOf(verb).some((t) => t === 'VBZ' || t === 'VBD' || t === 'MD') && hasFiniteVerb(sentence.slice(start, i)))
        return i - 1;
      // (only the first dash after the clause can close its aside: the verb test is read once)
      closed = true;
    }
  }
  return sentence.length;
}

// (a straight closing quote, then `,`, `}` or `]` and any braces, then a quoted key and its colon)
const JSON_FIELD_END = /"\s*[,}\]]\s*(?:[{}[\],]\s*)*"[\p{L}_][\p{L}\p{N}_-]{0,40}"\s*:/u;

/**
 * Where the clause ends: before the closing punctuation, quotes and citations of its sentence;
 * before a `;` that goes on to something else; before a citation in mid-sentence that commentary
 * follows (`… computing’ [10], and much of the critical literature …`).
 */
export function clauseEnd(sentence: string, start: number, citations: readonly Citation[], row: boolean): number {
  let end = sentence.length;
  // A `;` ends the clause when a new clause follows it; between the items of a list
  // (`… to produce a: smart economy…; smart government…; and smart people…`) it does not.
  let stems: Set<string> | undefined;
  let purpose: boolean | undefined;
  let lettered: boolean | undefined;
  for (let from = start, semicolon = outsideQuotes(sentence, from, ';'); semicolon > start; semicolon = outsideQuotes(sentence, from, ';')) {
    const next = outsideQuotes(sentence, semicolon + 1, ';');
    const part = sentence.slice(semicolon + 1, next < 0 ? sentence.length : next);
    // (the definiens before the first semicolon, read once: a long run of `; these …` stays linear)
    stems ??= definiensStems(sentence.slice(start, semicolon));
    // (`… to improve X; to reduce Y; and to make Z`: infinitives of purpose listed in parallel; whether the
    // definiens has one is read once too)
    purpose ??= /\bto\s+\p{Ll}/u.test(sentence.slice(start, semicolon));
    const infinitive = /^\s*(?:(?:and|or)\s+)?to\s+(\p{Ll}+)/u.exec(part)?.[1];
    const parallelPurpose = purpose && infinitive !== undefined && tagsOf(infinitive).includes('VB');
    // (`… in which— (a) …; (b) …; and (c) …`: a statute's lettered paragraphs after a dash or colon are one definiens)
    lettered ??= /[—–:]\s*\((?:a|i)\)\s/u.test(sentence.slice(start, semicolon));
    const nextLetter = lettered && /^\s*(?:(?:and|or)\s+)?\((?:[b-z]|[ivx]{1,4})\)\s/u.test(part);
    // (or what follows speaks of the definition itself, `; students test this idea against three cities`: the writers' comment)
    const aboutDefinition = /\b(?:this|that|these|those)\s+(?:idea|definition|concept|notion|view|framing|understanding|meaning)s?\b/iu.test(part);
    // (or a field's label and its colon, `; Ostrevian: pametgrad`, `; Source: ITU`, `; See also: …`: an entry's next field)
    const label = /^\s*\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,2}:\s/u.test(part);
    // (or a pointer to the case at hand, `; here, the heating network in zone B`, `; in this case, …`: the instance the
    // document deals with, not more of the definiens, with or without a verb of its own)
    const instance = /^\s*(?:here|in\s+(?:this|our)\s+(?:case|instance|example|project|deployment|setting|stack|file|module))\s*,\s/iu.test(part);
    if (((hasFiniteVerb(part) || aboutDefinition) && !continuesDefiniens(stems, part) && !parallelPurpose && !nextLetter) || label || instance) {
      end = semicolon;
      break;
    }
    from = semicolon + 1;
  }
  end = Math.min(end, dashEnd(sentence, start));
  // A colon after the definiens has begun ends it when an elaboration follows (`… rather than a
  // mirror: a shared model in which …`); a colon that announces the definiens or a list does not.
  const colon = outsideQuotes(sentence, start, ':');
  if (colon > start && colon < end) {
    const before = sentence.slice(start, colon);
    const after = sentence.slice(colon + 1, end);
    if (
      (before.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 8 &&
      !/\b(?:a|an|the|as|is|are|to|of|by|for|include|includes|including|following|namely|follows)\s*$/iu.test(before) &&
      !/[;…]|\.\.\./u.test(after) &&
      // (a list of short items that spells out a noun before the colon is part of it: `… its problems: its waste, its emissions and its …`)
      !shortList(after) &&
      // (`is more than X: it is Y` gives the genus after the colon)
      !(/\bmore\s+than\b/iu.test(before) && /^\s*(?:it|they)\s*(?:is|are|['’]s|['’]re)\s/iu.test(after)) &&
      // (nor `is less A than B: a … that …`, where the noun phrase after the colon spells out B, convention 12(b))
      !(/\bless\s+(?:an?\s+|the\s+)?[^:,;]{1,80}?\s+than\s+(?:an?|the)\s+[^:,;]{1,40}$/iu.test(before) && /^\s*(?:an?|the)\s/iu.test(after)) &&
      // (nor `is a civic instrument: a model owned by the city …`, a bare genus after the copula that the indefinite noun
      // phrase after the colon spells out, a relative, a participle or a comma after its head: the genus restated with its
      // differentia; `…: a council keeps …` is a clause of its own)
      !(RESTATED_GENUS.test(after.slice(0, 80)) && restatable(before.slice(-80))) &&
      // (nor `…: one that counts its buses …`, the genus taken up again by `one` and spelt out: more of the definiens)
      !/^\s*one\s+(?:that|which|whose|where|in\s+which)\s/iu.test(after) &&
      // (or any clause with a subject and a finite verb of its own: `…: each object carries its history`, `…: lamps and kerbs report …`)
      (/^\s*(?:an?|the|it|its|they|their|this|these)\s/iu.test(after) || (/^\s*\p{L}/u.test(after) && hasFiniteVerb(after)))
    )
      end = colon;
  }
  const commentary = citations.find(
    (c) =>
      c.start > start &&
      c.end < end &&
      /^[([]/u.test(sentence[c.start]!) &&
      (/^\s*[,;]\s+(?:and|but|or|while|whereas|although|though|yet|which|so|as)\b/iu.test(sentence.slice(c.end, end)) ||
        // (a naming participle after the citation names something of the definiens, `…assets (Rasheed et al., 2020),
        // referred to as the physical twin …`: commentary on it, not more of the definition)
        /^\s*,\s+(?:(?:also|sometimes|often)\s+)?(?:referred\s+to\s+as|known\s+as|called|termed|dubbed)\b/iu.test(sentence.slice(c.end, end)) ||
        // (a citation closing the definiens, then a new clause after a semicolon: `… data (Lund, 2021); its uses …`)
        /^\s*;\s+(?!(?:and|or|to)\b)\p{L}/iu.test(sentence.slice(c.end, end)) ||
        // `… how it is lived” [12, p. 3], a description that …`, `…” (X, 2016) or, more loosely, …`: after a closed quotation and its marker
        (/[”"’»]\s*$/u.test(sentence.slice(start, c.start)) && /^\s*(?:,\s+)?\p{L}/u.test(sentence.slice(c.end, end)))),
  );
  if (commentary) end = commentary.end;
  // (a superscript after a comma, commentary following it: `… in public,3,4 though others disagree`: the digits and the
  // comma close the definiens)
  const superscriptCommentary = commentary
    ? undefined
    : citations.find(
        (c) =>
          c.markerStart !== undefined &&
          c.markerStart > start &&
          c.end < end &&
          /[,;]$/u.test(sentence.slice(c.markerStart - 1, c.markerStart)) &&
          /^\s+(?:and|but|or|while|whereas|although|though|yet|which|so|as)\b/iu.test(sentence.slice(c.end, c.end + 12)),
      );
  if (superscriptCommentary) end = superscriptCommentary.markerStart! - 1;
  // A printed JSON record's string value ends at its closing quote when the next field's key follows (`…and why.",
  // "status": …`, `…why." }, { "id": …`): the rest is the listing, not the definiens. (Read once from the start: linear.)
  const field = JSON_FIELD_END.exec(sentence.slice(start, end));
  if (field) end = start + field.index;
  // (a closing brace the clause did not open ends it: a field's value in a markup or data file, `description={A smart city
  // is …}`, `"Example: A digital twin is …." }`; one pass)
  for (let i = start, depth = 0; i < end; i++) {
    if (sentence[i] === '{') depth++;
    else if (sentence[i] === '}' && depth-- === 0) {
      end = i;
      break;
    }
  }
  for (;;) {
    const before = end;
    // A note marker in plain digits after the full stop (`… act on it.3`, `…“ [translation ours].2`), as a PDF gives a superscript.
    const marker = /(?<=[\p{Ll}"'”’)\]][.!?]["'”’)]{0,3})\d{1,2}$/u.exec(sentence.slice(Math.max(start, end - 8), end));
    if (marker) end -= marker[0].length;
    // An aside to the reader closing the sentence, in parentheses, its own clause (`(you could cite the module reader
    // here)`, `(we return to this in Section 4)`): the writer's remark, not the definiens.
    // (the pronoun its subject, a word in lower case after it)
    const aside = /\s*\((?:you|we|I)\s+\p{Ll}[^()]{2,80}\)$/u.exec(sentence.slice(Math.max(start, end - 96), end));
    if (aside) end -= aside[0].length;
    // (a transcript's stage direction after the full stop, `… to the residents. (applause)`, `(laughs)`: lower-case words in
    // parentheses that are no part of what was said)
    const direction = /(?<=[.!?]["'”’]?)\s*[([]\p{Ll}+(?:\s+\p{Ll}+){0,2}[)\]]$/u.exec(sentence.slice(Math.max(start, end - 40), end));
    if (direction) end -= direction[0].length;
    // (a LaTeX citation command after the definiens, `… alone''~\cite[p.~4]{marrow2019}`: the source's marker, as a bracketed
    // number is; the quotation's closing marks go with it below)
    const latexCite = /~?\\(?:cite[pt]?|parencite|textcite|autocite|footcite)\*?(?:\[[^[\]{}]{0,40}\]){0,2}\{[^{}]{1,80}\}$/u.exec(
      sentence.slice(Math.max(start, end - 200), end),
    );
    if (latexCite) end -= latexCite[0].length;
    // (and Markdown's closing emphasis, `*A city is smart when ….*`: markup, not the definiens)
    while (
      end > start &&
      /[\s.,;:!?’'"”»¹²³⁴⁵⁶⁷⁸⁹⁰|*]/u.test(sentence[end - 1]!) &&
      !/(?:…|\.\.\.)$/u.test(sentence.slice(start, end).replace(/[\s’'"”»]+$/u, ''))
    )
      end--;
    // An ellipsis ending a quotation stays ("… and competitiveness …").
    while (end > start && /[\s’'"”»]/u.test(sentence[end - 1]!)) end--;
    const c = citations.find((x) => x.end === end && x.start > start && (row || /^[([]/u.test(sentence[x.start]!)));
    if (c) end = c.start;
    // (a superscript's digits run onto the definiens' last word, `… of residents3,4`: the word stays, the digits go)
    const superscript = c ? undefined : citations.find((x) => x.end === end && x.markerStart !== undefined && x.markerStart > start);
    if (superscript) end = superscript.markerStart!;
    if (end === before) break;
  }
  return end;
}
