import { findCitations, type Citation } from './citations.js';
import { build } from './clauses/build.js';
import { positionOf, reporterIn, voiceOf } from './clauses/lead-in.js';
import { subjectOf } from './clauses/names.js';
import { nounPhraseStart } from './clauses/noun-phrase.js';
import { bareGenus, predicate } from './clauses/predicate.js';
import { subjectClause } from './clauses/subject.js';
import { canonical, type TermMatcher } from './clauses/terms.js';
import type { Clause, Factor } from './clauses/types.js';
import { presentVerb } from './clauses/words.js';
import { clauseNotNounPhrase, deonticRole } from './complement.js';
import { hasFiniteVerb, isAdjective, isNoun, tagsOf } from './lexicon.js';

export { citedName, nameLike, ORGANISATION } from './clauses/names.js';
export { termMatcher } from './clauses/terms.js';
export type { TermMatcher } from './clauses/terms.js';
export type { Clause, Factor } from './clauses/types.js';

const REPORTING_AS: Readonly<Record<string, number>> = {
  define: 0.95,
  describe: 0.9,
  characterise: 0.9,
  characterize: 0.9,
  conceptualise: 0.9,
  conceptualize: 0.9,
  conceive: 0.85,
  interpret: 0.85,
  envision: 0.85,
  understand: 0.85,
  see: 0.8,
  view: 0.8,
  consider: 0.8,
  regard: 0.8,
  frame: 0.8,
  portray: 0.8,
  treat: 0.8,
  summarise: 0.85,
};

/**
 * The defining clauses of a sentence, strongest first, none overlapping another (`Dirks and
 * Keeling (2009) [6] decipher the smart city as …, and Kanter and Litow (2009) [7] consider a
 * smarter city as …`), in text order.
 */
export function findClauses(sentence: string, matcher: TermMatcher, onUnread?: () => void): Clause[] {
  const kept: Clause[] = [];
  for (const c of candidates(sentence, matcher, onUnread).sort((a, b) => b.score - a.score || a.start - b.start)) {
    if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** The namings of the concept read in one sentence; the rest of a longer run is left unread. */
export const MAX_NAMINGS = 64;

/** The clauses a sentence may define; `onUnread` is told when namings past `MAX_NAMINGS` are left unread. */
function candidates(sentence: string, matcher: TermMatcher, onUnread?: () => void): Clause[] {
  if (/\?["'”’)\]]*\s*$/u.test(sentence)) return [];
  const citations = findCitations(sentence);
  const found: Clause[] = [];
  let namings = 0;
  for (const m of sentence.matchAll(matcher.regex)) {
    // Each naming is read against the whole sentence: a run-on "sentence" naming the term thousands of times
    // (a spliced or generated text) would cost its length squared. No real sentence names it this often.
    if (++namings > MAX_NAMINGS) {
      onUnread?.();
      break;
    }
    const term = canonical(matcher, m[0]);
    if (!term) continue;
    const clause = clauseAt(sentence, m.index, m.index + m[0].length, term, citations, matcher);
    if (clause) found.push(clause);
  }
  const inverted = invertedClause(sentence, matcher, citations);
  if (inverted) found.push(inverted);
  const split = splitTermClause(sentence, matcher, citations);
  if (split) found.push(split);
  return found;
}

/** The clause in which the term written at [termStart, termEnd) is defined, if it is. */
function clauseAt(
  sentence: string,
  termStart: number,
  termEnd: number,
  term: string,
  citations: readonly Citation[],
  matcher: TermMatcher,
): Clause | undefined {
  const np = nounPhraseStart(sentence, termStart, termEnd);
  const prefix = sentence.slice(0, np.start);

  // Glossary: `Smart city: an urban area that …`, a table row `Smart sustainable city A city that …`.
  const glossary = glossaryClause(sentence, np, term, prefix, citations);
  if (glossary) return glossary;

  const reported = reportingClause(sentence, prefix, np.end, np, term, citations, matcher);
  if (reported) return reported;

  const meaning = meanClause(sentence, prefix, np.end, np, term, citations) ?? nominalAs(sentence, prefix, np, term, citations);
  if (meaning) return meaning;
  const apposition = appositionClause(sentence, prefix, np, term, citations);
  if (apposition) return apposition;
  return subjectClause(sentence, prefix, np, term, citations);
}

/** "X define(s) TERM as …", "we define TERM as …"; the second object of one verb, "we define X as …, and TERM as …". */
function reportingClause(
  sentence: string,
  prefix: string,
  after: number,
  np: { start: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
  matcher: TermMatcher,
): Clause | undefined {
  const direct = REPORTING_BEFORE.exec(prefix) ?? gappedVerb(prefix, sentence.slice(after));
  const reporting = direct ?? namedSubjectVerb(prefix);
  if (!reporting) return undefined;
  // (`define digital twins of cities as …`: a short complement of the term before `as`)
  const as =
    /^(?:\s+(?:of|for|in)\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s*,?\s+(?:as|to\s+be|to\s+(?:mean|denote|designate))\b/iu.exec(sentence.slice(after)) ??
    (direct ? bareObject(sentence.slice(after), direct[1]!) : null);
  if (!as) return undefined;
  const verb = reporting[1]!
    .toLowerCase()
    .replace(/(?:s|d)$/, '')
    .replace(/ie$/, 'y');
  const base = Object.keys(REPORTING_AS).find((k) => verb.startsWith(k.slice(0, -1))) ?? 'see';
  const verbal = prefix.slice(0, reporting.index + reporting[0].indexOf(reporting[1]!)).trim();
  // (`…, the Harbour Board has defined`: the auxiliary is not part of the subject, and the name must open
  // the subject or follow `the` or a comma: `The advocates of contemporary Smart Cities have` names no one)
  const subjectText = verbal.replace(/\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?$/u, '');
  const opensSubject = (s: { start: number }) => subjectText === verbal || /(?:^|[,;:]\s*|\bthe\s+)$/iu.test(subjectText.slice(0, s.start));
  const own =
    /\b(?:we|i|our|us)\s*$|\bthis\s+(?:paper|study|article|review|report|chapter|work)\s*$/iu.test(subjectText) ||
    /^(?:in\s+this\s+\p{L}+,?\s*)?we\b/iu.test(subjectText);
  const found = subjectOf(subjectText);
  const subject = found && opensSubject(found) ? found : undefined;
  return build(sentence, {
    start: np.start,
    limit: secondObject(sentence, after, matcher),
    term,
    pattern: { name: own ? 'we-define' : 'x-defines', value: REPORTING_AS[base] ?? 0.8 },
    position: { name: 'after a reporting verb', value: 1 },
    checks: [
      ...np.checks,
      ...asComplementChecks(sentence.slice(after + as.index + as[0].length)),
      // (`take X to mean that …`: a clause, not a noun phrase)
      ...(/to\s+\p{L}+$/u.test(as[0]) && /^\s*that\s/u.test(sentence.slice(after + as.index + as[0].length))
        ? [{ name: 'a clause after “to mean”', value: 0.3 }]
        : []),
    ],
    citations,
    own,
    ...(subject && !own ? { reporter: { ...subject, cue: reporting[1]!.toLowerCase() } } : {}),
    ...(!subject && !own ? { reporter: { text: '', start: 0, end: 0, cue: reporting[1]!.toLowerCase() } } : {}),
  });
}

const REPORTING_VERB =
  'define|defines|defined|describe|describes|described|summari[sz]es?|summari[sz]ed|conceive|conceives|see|sees|view|views|characteri[sz]es?|conceptuali[sz]es?|understand|understands|consider|considers|regard|regards|frame|frames|portray|portrays|interpret|interprets|envisions?|treat|treats|think\\s+of|thinks\\s+of|take|takes|refer\\s+to|refers\\s+to';
const REPORTING_BEFORE = new RegExp(`(?:^|[\\s,\\])])(${REPORTING_VERB})\\s+$`, 'iu');
const REPORTING_VERBS = new RegExp(`(?:^|[\\s,\\])])(${REPORTING_VERB})\\s+`, 'giu');

/**
 * A term that is the second object of a reporting verb whose first object had its own `as` (`We define a smart
 * city as …, and an urban digital twin as …`): the verb is the last one before the first object. The term must be
 * followed by its own `as`, and the words between hold no sentence break and no other reporting verb.
 */
function gappedVerb(prefix: string, after: string): RegExpExecArray | null {
  if (!/,?\s+and\s+$/u.test(prefix) || !/^\s+as\s+(?:an?|the|one)\s/iu.test(after)) return null;
  // (the verb is looked for in the last 800 characters only: a long run of objects stays linear)
  const from = Math.max(0, prefix.length - 800);
  const near = prefix.slice(from);
  let last: RegExpExecArray | null = null;
  REPORTING_VERBS.lastIndex = 0;
  for (let m = REPORTING_VERBS.exec(near); m; m = REPORTING_VERBS.exec(near)) last = m;
  if (!last) return null;
  const between = near.slice(last.index + last[0].length);
  if (!/\sas\s/iu.test(between) || /[;:!?]|\.\s/u.test(between)) return null;
  last.index += from;
  return last;
}

/** Where a reporting verb's first object ends when a second term object follows with its own `as`. */
function secondObject(sentence: string, after: number, matcher: TermMatcher): number | undefined {
  // (within 800 characters of the first object, as gappedVerb looks back)
  for (const t of sentence.slice(after, after + 800).matchAll(matcher.regex)) {
    const at = after + t.index;
    const and = /,?\s+and\s+(?:(?:an?|the)\s+)?$/iu.exec(sentence.slice(Math.max(after, at - 12), at));
    if (and && /^\s+as\s+(?:an?|the|one)\s/iu.test(sentence.slice(at + t[0].length))) return at - and[0].length;
  }
  return undefined;
}

/** What the complement after a reporting verb's `as` says against a definition. */
function asComplementChecks(complement: string): Factor[] {
  // `refer to the smart city as being defined by …`: a participle after `as`, not a noun phrase.
  if (/^\s*being\s+(?:\p{L}+ly\s+)?\p{Ll}+(?:ed|en)\b/u.test(complement)) return [{ name: 'a participle after “as”, not a noun phrase', value: 0.3 }];
  // (`treat the urban digital twin as infrastructure to be funded`: a task or a role, not a kind)
  if (deonticRole(complement)) return [{ name: 'something to be done with it (infrastructure to be funded …), not a kind', value: 0.3 }];
  return [];
}

/**
 * `Washburn et al. [4] envisage …`, `Dirks and Keeling [21] decipher …`: a verb the reporting list
 * lacks, after a named subject (a citation or a name), read as one when `as` follows the term.
 */
function namedSubjectVerb(prefix: string): RegExpExecArray | null {
  const m = /(?:^|[\s,\])])(\p{Ll}{3,})\s+$/u.exec(prefix);
  if (!m) return null;
  const verb = m[1]!;
  const tags = tagsOf(verb);
  if (!tags.some((t) => t === 'VB' || t === 'VBP' || t === 'VBZ' || t === 'VBD') && !presentVerb(verb)) return null;
  const subject = prefix.slice(0, m.index + m[0].indexOf(verb)).trim();
  const cited = findCitations(subject).at(-1);
  if (!(cited && cited.end >= subject.length - 1) && !(subjectOf(subject) && /\bet\s+al\b|\s(?:and|&)\s\p{Lu}/u.test(subject))) return null;
  return m;
}

/** `The UK Department … considers smart cities a process rather than …`: a verb of judging, the term, then a noun phrase. */
function bareObject(text: string, verb: string): RegExpExecArray | null {
  if (!/^(?:consider|considers|considered|deem|deems|deemed|call|calls|called)$/iu.test(verb)) return null;
  const m = /^\s+(?=(?:an?|the)\s+\p{L})/u.exec(text);
  if (!m) return null;
  const judged = predicate(text.slice(m[0].length));
  return judged && !judged.check ? m : null;
}

/** `By a smart city we mean …` (a footnote's own definition), `We use the term X to mean …`. */
function meanClause(
  sentence: string,
  prefix: string,
  after: number,
  np: { start: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
): Clause | undefined {
  const byWeMean = /^\s+(?:we|i)\s+(?:mean|understand|refer\s+to)\b/iu.test(sentence.slice(after)) && /(?:^|[\s¹²³⁴⁵⁶⁷⁸⁹⁰*†)])by\s+$/iu.test(prefix);
  const useToMean =
    /\b(?:we|i|they|authors?|[\p{Lu}][\p{L}.-]*)\s+(?:\p{Ll}+ly\s+)?(?:use|uses|used)\s+$/u.test(prefix) &&
    /^\s+to\s+(?:mean|denote|designate|refer\s+to|describe)\b/iu.test(sentence.slice(after));
  if (!byWeMean && !useToMean) return undefined;
  const own = byWeMean || /\b(?:we|i)\s+(?:\p{Ll}+ly\s+)?use[sd]?\s+$/iu.test(prefix);
  return build(sentence, {
    start: np.start,
    term,
    pattern: { name: own ? 'we-define' : 'x-defines', value: 0.9 },
    position: { name: 'after a reporting verb', value: 1 },
    checks: np.checks,
    citations,
    own,
    ...(own ? {} : reporterIn(prefix.replace(/\s*(?:use|uses|used)\s+$/u, ', '))),
  });
}

// Nouns of the reporting verbs: `an understanding of the Smart City as …`, `a conception of smart cities as …`.
const NOMINAL_REPORTING =
  /\b(?:understanding|conception|definition|notion|interpretation|conceptuali[sz]ation|characteri[sz]ation|description|framing)s?\s+of\s+$/iu;

/**
 * `This is grounded in an understanding of the Smart City as a city that uses …`: a reporting verb's noun with the
 * term as its object, then `as` and a complement judged as a copula's is (a genus with a differentia; `a definition of
 * the smart city as an ontology rather than as a sentence` gives a bare genus before its contrast and is left).
 */
function nominalAs(
  sentence: string,
  prefix: string,
  np: { start: number; end: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
): Clause | undefined {
  if (!NOMINAL_REPORTING.test(prefix)) return undefined;
  const as = /^\s*,?\s+as\s+/iu.exec(sentence.slice(np.end));
  if (!as) return undefined;
  const complement = sentence.slice(np.end + as[0].length);
  const judged = predicate(complement);
  const genus = complement.split(/\s+(?:rather\s+than|instead\s+of)\b|[,;.]/u)[0]!;
  if (!judged || judged.check || bareGenus(genus) || (genus.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4) return undefined;
  return build(sentence, {
    start: np.start,
    term,
    pattern: { name: 'nominal-as', value: 0.85 },
    position: { name: 'object of a reporting noun', value: 0.95 },
    checks: np.checks,
    citations,
    ...voiceOf(prefix),
  });
}

// `the smart city, i.e. an urban area in which …`, `a sustainable city — a city that …`, `digital
// twins, that is, virtual replicas of …`: a noun phrase set beside the term defines it wherever the term sits.
const APPOSITION = /^\s*(?:,\s*(?:i\.\s?e\.|that\s+is|namely|in\s+other\s+words)\s*,?|\s\(\s*i\.\s?e\.,?|\s+[—–]\s+|—)\s*/iu;

function appositionClause(
  sentence: string,
  prefix: string,
  np: { start: number; end: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
): Clause | undefined {
  const m = APPOSITION.exec(sentence.slice(np.end)) ?? commaApposition(sentence, prefix, np);
  if (!m) return undefined;
  const rest = sentence.slice(np.end + m[0].length);
  // A noun phrase with its own complement: a genus and a relative clause or a prepositional phrase.
  const judged = predicate(rest);
  if (clauseNotNounPhrase(rest)) return undefined;
  if (
    !judged ||
    judged.check ||
    // (premodifiers may be set off by commas: `a dynamic, virtual replica of …`)
    !/^(?:(?:an?|the)\s+)?[\p{L}\p{N}-]+(?:,?\s+[\p{L}\p{N}-]+){0,3}\s+(?:that|which|where|whose|who|in\s+which|of|for|with)\b/iu.test(rest)
  )
    return undefined;
  // A dash after a sentence-initial term is a glossary line, read elsewhere.
  if (!prefix.trim() && /[—–]/u.test(m[0])) return undefined;
  return build(sentence, {
    start: np.start,
    term,
    pattern: { name: 'apposition', value: 0.8 },
    position: { name: 'beside the term', value: 1 },
    checks: np.checks,
    citations,
    ...voiceOf(prefix),
  });
}

/**
 * `… are turning to digital twins, virtual 3D models that use …`: after a comma, a noun phrase that agrees
 * with the term in number (an article for a singular term, a plural head for a plural one), whose head is a
 * noun followed by a relative clause, set beside a term in object position (after a verb or a preposition).
 */
function commaApposition(sentence: string, prefix: string, np: { start: number; end: number }): RegExpExecArray | null {
  if (!/\p{Ll}\s*$/u.test(prefix)) return null;
  // (or the head's complement, `a virtual replica of a physical system, continuously updated …`)
  const m = /^,\s+(?=((?:an?\s+)?)((?:[\p{L}\p{N}-]+\s+){0,4})([\p{L}-]+)\s+(?:(?:that|which|who)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)|of\s))/u.exec(
    sentence.slice(np.end),
  );
  // (a subject relative, `models that mirror …`, as a differentia is; `parks which residents like` is about the parks)
  if (!m || (m[4] !== undefined && !tagsOf(m[4]).some((t) => t.startsWith('VB') || t === 'MD'))) return null;
  const plural = /s$/iu.test(sentence.slice(np.start, np.end));
  const head = m[3]!;
  if (plural ? Boolean(m[1]) || !/\p{Ll}s$/u.test(head) : !m[1]) return null;
  // (modifiers and head only: no verb, no conjunction of a list)
  const words = [...m[2]!.split(/\s+/u).filter(Boolean), head];
  // (the apposition closes the sentence: another item or clause after it, `, and …`, makes the comma a list's)
  if (/,\s+(?:and|or|but|while)\s|;/u.test(sentence.slice(np.end + m[0].length))) return null;
  if (words.some((w) => /^(?:and|or|but|is|are|was|were)$/iu.test(w) || (tagsOf(w).length > 0 && !tagsOf(w).some((t) => /^(?:JJ|NN|CD)/u.test(t)))))
    return null;
  return isNoun(head) || isNoun(head.replace(/s$/u, '')) || tagsOf(head).length === 0 ? m : null;
}

/** `Smart city: an urban area that …` (after a list marker) and table rows `Term A city that … Source (2014)`. */
function glossaryClause(
  sentence: string,
  np: { start: number; end: number },
  term: string,
  prefix: string,
  citations: readonly Citation[],
): Clause | undefined {
  // After a list marker, at the start, or after a lead-in that announces it (`X provides a definition: digital twin: …`).
  // (a Markdown table's row opens with a pipe: `| Digital twin | A model … |`)
  const marker = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\)|\d{1,3}\.?|[•·▪◦●■‣–—*|-])?\s*$/u.test(prefix);
  const announced = /\bdefinitions?\s*:\s*$/iu.test(prefix);
  // A table row's source cell before the entry (`Gizmo revision deck (n.d.) Sustainable City = A city …`).
  // (cells between pipes too: `Okafor (2016) | Smart city | A city …`)
  // (or a numbered marker after the name: `City of Tarnvik [5] Smart city: a city that …`)
  const sourceCell =
    !marker &&
    !announced &&
    /^(?:\|\s*)?[\p{Lu}][^.;:!?|]{0,80}(?:\((?:\d{4}[a-z]?|n\.\s?d\.)(?:,\s*pp?\.\s*[\d–-]+)?\)|\[\d{1,3}\])\s*(?:\|\s*)?$/u.test(prefix);
  if (!marker && !announced && !sourceCell) return undefined;
  const listed = /^\s*\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\)\s*$/u.test(prefix);
  if (!/^\p{Lu}/u.test(sentence.slice(np.start)) && !announced && !listed) return undefined;
  // (a short parenthesis between the term and its separator: a word class `(n.)`, a cross-reference `(see also eco-city)`)
  const aside = /^\s*\([^()]{1,40}\)(?=\s*(?::|[–—]\s))/u.exec(sentence.slice(np.end))?.[0].length ?? 0;
  const rest = sentence.slice(np.end + aside);
  const m =
    /^\s*(?::|\s[–—]\s|\s*\|\s*|\t|\s=\s|[-–—]\s+(?=\p{Lu}))\s*|^\s+(?=(?:A|An|The|One)\s+\p{Ll})/u.exec(rest) ??
    (listed ? /^,\s+(?=(?:a|an|the)\s)/u.exec(rest) : null);
  if (!m) return undefined;
  const definiens = rest.slice(m[0].length);
  // (a contents entry, its dot leader and page number: `Digital twins: from pilot to platform ....... 4`)
  if (/(?:\.\s?){4,}\s*\d{1,4}\s*$/u.test(definiens)) return undefined;
  // A definiens: a relative clause or a verb, or else a noun phrase of some length that is not a
  // title (`A realistic digital representation of …`, not `Smart City: A Non-unique Definition`).
  if (!/\b(?:that|which|where|whose|who|uses?|is|are|to|in\s+which|with|through)\b/iu.test(definiens)) {
    const judged = predicate(definiens);
    const words = definiens.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ').match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    const title = words.slice(1).every((w) => /^\p{Lu}/u.test(w) || /^(?:of|on|for|and|the|a|an|in|to)$/u.test(w));
    if (!judged || judged.check || words.length < 4 || title) return undefined;
  }
  // A row of cells between pipes: the entry is its term cell and its meaning cell, whatever follows.
  const nextCell = m[0].includes('|') ? sentence.indexOf('|', np.end + aside + m[0].length) : -1;
  // `The smart sustainable city — a city that … — is the model …`: a definiens set between dashes, and
  // the sentence going on to say something else of the term, ends at the closing dash.
  const closingDash = /[–—]/u.test(m[0]) ? /\s[–—]\s+(?=(?:is|are|was|were|has|have|remains?|became|becomes)\b)/u.exec(definiens) : null;
  const cut = nextCell > 0 ? nextCell : closingDash ? np.end + aside + m[0].length + closingDash.index : sentence.length;
  // (a row whose source cell comes first gives its term in a cell of its own: the clause is the meaning cell)
  const meaningStart = np.end + aside + m[0].length;
  return build(sentence.slice(0, cut), {
    start: sourceCell && m[0].includes('|') ? meaningStart : np.start,
    term,
    pattern: { name: 'glossary', value: 0.85 },
    position: sourceCell
      ? { name: 'after a table cell or label', value: 0.85 }
      : { name: announced ? 'after a colon' : prefix.trim() ? 'after a list marker' : 'sentence start', value: announced ? 0.95 : 1 },
    checks: [],
    citations,
    own: false,
    row: true,
    ...(announced ? reporterIn(prefix) : {}),
  });
}

/**
 * A glossary entry set as a title line over its meaning (`Digital Twin` / `A digital replica of …
 * that can be used …`): the title is a term and nothing else, and the first sentence under it is a
 * noun phrase with no verb of its own outside its relative clauses. Read on `title + ' ' + first`.
 */
/**
 * A glossary meaning without its article (`Virtual replica of a physical asset … that uses …`): a capitalised noun
 * phrase (adjectives and nouns, no pronoun or determiner) that a relative clause restricts, of eight words or more.
 */
function bareMeaning(first: string, head: string): boolean {
  const words = head.match(/[\p{L}-]+/gu) ?? [];
  const opener = words[0] ?? '';
  if (!/^\p{Lu}\p{Ll}/u.test(opener) || !(isNoun(opener) || isAdjective(opener)) || head.length === first.length) return false;
  if (/^(?:this|that|these|those|it|its|our|their|there|here|some|many|most|all|each|every|any|no|such|other|another)$/iu.test(opener)) return false;
  // (a subject relative, `… system that uses …`; `Projects that we have funded …` lists things, it defines none)
  const relative = /\b(?:that|which|who|whose|where|in\s+which)\s+([\p{L}-]+)/u.exec(first.slice(head.length));
  if (!relative || /^(?:we|i|you|they|he|she|it|our|the|a|an|this|these|those|its|their|my|your|us|them)$/iu.test(relative[1]!)) return false;
  return (first.match(/[\p{L}\p{N}]+/gu) ?? []).length >= 8;
}

export function headedEntry(title: string, first: string, matcher: TermMatcher): Clause | undefined {
  // (a run-in title keeps its full stop: `Smart city. A city that …`)
  const term = canonical(matcher, title.trim().replace(/\.$/u, ''));
  if (!term) return undefined;
  const head = first.split(/\b(?:that|which|who|whose|where|in\s+which)\b/u)[0]!;
  if (hasFiniteVerb(head)) return undefined;
  if (/^(?:an?|the)\s/iu.test(first)) {
    const judged = predicate(first);
    if (!judged || judged.check) return undefined;
  } else if (!bareMeaning(first, head) || first.toLowerCase().startsWith(title.trim().toLowerCase()) || /[:–—]/u.test(head)) return undefined;
  const text = `${title.trim()} ${first}`;
  return build(text, {
    start: 0,
    term,
    pattern: { name: 'glossary', value: 0.85 },
    position: { name: 'under its title', value: 1 },
    checks: [],
    citations: findCitations(text),
    own: false,
    row: true,
  });
}

/** `A city that … is what we call a smart sustainable city.` */
function invertedClause(sentence: string, matcher: TermMatcher, citations: readonly Citation[]): Clause | undefined {
  const m =
    /\s(?:is|are)\s+(?:(?:an?|the)\s+(?:concept|term|notion|idea|approach|paradigm|phenomenon)\s+(?:(?:that|which)\s+(?:is|are)\s+)?(?:commonly\s+|often\s+|usually\s+|now\s+)?(?=(?:referred|known|called|termed|named|dubbed|labell?ed|designated|described)\b))?(?:what\s+(?:[\p{L}-]+\s+){1,8}?(?:call|calls|called|term|terms|termed|name|names|named|mean\s+by)|(?:called|termed|labell?ed|named|dubbed)|(?:referred\s+to|known|designated|described|defined)(?:\s+(?:here|in\s+this\s+\p{L}+|below|hereafter))?\s+as)\s+(?:an?\s+|the\s+)?[‘'"“]?([\p{L}\s-]+?)[’'"”]?(?:\s+(?:here|below|hereafter|in\s+(?:this|the\s+present|our)\s+\p{L}+))?\s*(?:\([^)]*\)|\[[^\]]*\])?\s*[.!]?\s*$/iu.exec(
      sentence,
    );
  // `… is often indicated by the notion of smart city`: a name given under a notion or label.
  const notion =
    m ??
    /\s(?:is|are)\s+(?:(?:often|commonly|usually|generally|sometimes|now|also|increasingly|widely)\s+)?(?:indicated|denoted|designated|captured|covered|summed\s+up|grouped|gathered|subsumed)\s+(?:by|with|under)\s+(?:the\s+)?(?:notion|term|concept|label|name|idea|heading|banner|umbrella)\s+(?:of\s+)?(?:an?\s+|the\s+)?[‘'"“]?([\p{L}\s-]+?)[’'"”]?\s*(?:\([^)]*\)|\[[^\]]*\])?\s*[.!]?\s*$/iu.exec(
      sentence,
    );
  if (!notion) return undefined;
  const term = canonical(matcher, notion[1]!.trim());
  if (!term) return undefined;
  // After a lead-in ending in a colon (`X (2019) [14] later put the idea in one sentence: the idea that …`).
  const colon = sentence.slice(0, notion.index).lastIndexOf(': ');
  const from = colon >= 0 ? colon + 2 : 0;
  let lead = from + /^\s*(?:\(?(?:[a-z]|\d{1,3})\)|\d{1,3}\.?)?\s*[‘'"“]?/u.exec(sentence.slice(from))![0].length;
  // A table row: the source cell (`Lombardi et al. (2012) [15]`) before the subject is not part of it.
  let cell = false;
  for (const c of citations) {
    if (c.start !== lead || !/^\s+(?:\p{Lu}|\[)/u.test(sentence.slice(c.end))) continue;
    lead = c.end + /^\s*/u.exec(sentence.slice(c.end))![0].length;
    cell = true;
  }
  const subject = sentence.slice(lead, notion.index);
  const subjectWords = subject.split(/\s+/).filter(Boolean);
  if (subjectWords.length < 4 || !/^(?:a|an|the|any|every|cities|places|urban)\b/iu.test(subject)) return undefined;
  return build(sentence, {
    start: lead,
    term,
    pattern: { name: 'term-last', value: 0.8 },
    position: cell ? { name: 'after a table cell or label', value: 0.85 } : { name: from ? 'after a colon' : 'sentence start', value: from ? 0.95 : 1 },
    checks: [],
    citations,
    own: /\b(?:we|here|in\s+this)\b/iu.test(notion[0]),
    row: cell,
    ...(from ? reporterIn(sentence.slice(0, from)) : {}),
  });
}

/** `A city can be defined as ‘smart’ when …`: the term's modifier said of its head. */
function splitTermClause(sentence: string, matcher: TermMatcher, citations: readonly Citation[]): Clause | undefined {
  for (const s of matcher.split) {
    const heads = s.heads.map((h) => h.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const modifier = s.modifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const re = new RegExp(
      `(?:^|[\\s,:;(‘'"“])((?:(?:an?|the|any)\\s+|(?<=^[‘'"“]?|[:;]\\s[‘'"“]?)(?=\\p{Lu}?\\p{L}*s\\b))[‘'"“]?(?:${heads})[’'"”]?\\s+(?:can\\s+be|may\\s+be|is|are|to\\s+be|as)\\s+(?:(?:defined|considered|called|described|regarded|deemed|said\\s+to\\s+be|understood)\\s+(?:as\\s+)?)?[‘'"“]?${modifier}[’'"”]?\\s*,?\\s+(?:when|if|whenever|where|because|insofar\\s+as|to\\s+the\\s+extent\\s+that)\\b)`,
      'iu',
    );
    const m = re.exec(sentence);
    if (!m) continue;
    const start = m.index + m[0].length - m[1]!.length;
    return build(sentence, {
      start,
      term: s.term,
      pattern: { name: 'is-smart-when', value: 0.85 },
      position: positionOf(sentence.slice(0, start), sentence, start),
      checks: [],
      citations,
      own: false,
      ...reporterIn(sentence.slice(0, start)),
    });
  }
  return undefined;
}
