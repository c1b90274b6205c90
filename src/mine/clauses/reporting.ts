import { type Citation, YEAR_DIGITS } from '../citations.js';
import { deonticRole } from '../complement.js';
import { tagsOf } from '../lexicon.js';
import { build } from './build.js';
import { reporterIn, voiceOf } from './lead-in.js';
import { nameLike, subjectOf } from './names.js';
import { bareContrast, bareEvaluative, bareGenus, evaluativeOf, predicate } from './predicate.js';
import type { TermMatcher } from './terms.js';
import type { Clause, Factor } from './types.js';
import { presentVerb } from './words.js';

// The term as the object of a reporting verb or noun: `X defines the smart city as …`, `we define …`, `By a
// smart city we mean …`, `an understanding of the smart city as …`. The verb's subject is the definition's
// source, or the writers themselves.

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

const PINPOINT_ASIDE = /(?<=\S),\s+(?:at|in|under)\s+(?:clause|section|paragraph|para\.?|page|p\.|chapter|article|§)\s*\d[\d.()a-z]{0,12},?$/u;

/** "X define(s) TERM as …", "we define TERM as …"; the second object of one verb, "we define X as …, and TERM as …". */
export function reportingClause(
  sentence: string,
  prefix: string,
  after: number,
  np: { start: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
  matcher: TermMatcher,
): Clause | undefined {
  const direct = REPORTING_BEFORE.exec(prefix) ?? gappedVerb(prefix, sentence.slice(after));
  const reporting = direct ?? namedSubjectVerb(prefix, citations);
  if (!reporting) return undefined;
  // (`define digital twins of cities as …`: a short complement of the term before `as`, with its article too, `describes a
  // digital twin of a river catchment as …`, a domain's twin, convention 10)
  // (or its abbreviation: `describe an urban digital twin (UDT) as …`)
  // (or a short aside between commas, a prepositional phrase or an adverb: `defines a digital twin, in the manufacturing
  // domain, as …`, `defines the sustainable city, by contrast, as …`)
  // (or its form in the original language, as translations print it: `the sustainable city [cidade sustentável] as …`,
  // `a smart city (ville intelligente) as …`: letters only, so a citation `[12]` or `(2019)` is not read as one)
  // (or a locator or citation in parentheses, `defines a smart city (paragraph 2.3) as …`, `(2019, p. 4) as …`, as it may
  // also stand between the verb and the term, `defines (section 2) the smart city as …`, REPORTING_BEFORE)
  const as =
    /^(?:\s*\(\p{Lu}{2,6}s?\))?(?:\s*\[[\p{L}'’ -]{2,40}\]|\s*\(\p{Ll}[\p{L}'’ -]{1,40}\)|\s*\([^()]{1,40}\))?(?:\s+(?:of|for|in)\s+(?:(?:the|an?)\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?(?:\s*,\s*(?:(?:by|in|for|on|at|under|within|from|after|with)\s+(?:[\p{L}’'-]+\s+){0,3}[\p{L}’'-]+|however|instead|likewise|similarly|too|also|therefore|thus|broadly|narrowly|here|then)(?=\s*,))?\s*,?\s+(?:as|to\s+be|to\s+(?:mean|denote|designate))\b/iu.exec(
      sentence.slice(after),
    ) ?? (direct ? bareObject(sentence.slice(after), direct[1]!) : null);
  if (!as) return undefined;
  const verb = reporting[1]!
    .toLowerCase()
    .replace(/(?:s|d)$/, '')
    .replace(/ie$/, 'y');
  const base = Object.keys(REPORTING_AS).find((k) => verb.startsWith(k.slice(0, -1))) ?? 'see';
  // (a pinpoint in an aside before the verb, `QVS 2210:2023, at clause 3.4, defines`, is where in the source, not who)
  const verbal = prefix
    .slice(0, reporting.index + reporting[0].indexOf(reporting[1]!))
    .trim()
    .replace(PINPOINT_ASIDE, '');
  // (`…, the Harbour Board has defined`: the auxiliary is not part of the subject, and the name must open
  // the subject or follow `the` or a comma: `The advocates of contemporary Smart Cities have` names no one)
  // (nor is an undated note in parentheses after the name, `Local Plan 2024 (Policy SC2) defines`: a part's label, not a citation)
  const subjectText = verbal
    .replace(/\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?$/u, '')
    .replace(new RegExp(String.raw`(?<=\S)\s*\((?![^()]*\b${YEAR_DIGITS})[^()]{1,40}\)$`, 'u'), '');
  const opensSubject = (s: { start: number }) => subjectText === verbal || /(?:^|[,;:]\s*|\bthe\s+)$/iu.test(subjectText.slice(0, s.start));
  const own =
    /\b(?:we|i|our|us)\s*$|\bthis\s+(?:paper|study|article|review|report|chapter|work)\s*$/iu.test(subjectText) ||
    /^(?:in\s+this\s+\p{L}+,?\s*)?we\b/iu.test(subjectText);
  const found = gerundSubject(subjectText, reporting[1]!) ?? subjectOf(subjectText);
  const subject = found && (opensSubject(found) || 'gerund' in found) ? found : undefined;
  return build(sentence, {
    start: np.start,
    limit: secondObject(sentence, after, matcher),
    term,
    pattern: { name: own ? 'we-define' : 'x-defines', value: REPORTING_AS[base] ?? 0.8 },
    position: { name: 'after a reporting verb', value: 1 },
    checks: [
      ...np.checks,
      ...asComplementChecks(sentence.slice(after + as.index + as[0].length)),
      // (`studies treat the smart city as the setting of a problem`, `treats it as one of several contexts in which …`: a
      // verb of regarding that gives the term a place where something else happens, a role, not a kind)
      ...(REGARDING.test(base) && SETTING.test(sentence.slice(after + as.index + as[0].length))
        ? [{ name: 'regarded as the setting of something else (the context in which …), not a kind', value: 0.3 }]
        : []),
      // (`Dragomir (2017) dismisses the smart city as a policy fashion`, `X reads it as corporate storytelling`: a verb of
      // judging, selling or reading after a named source says how it judges the term, not what the term is; the passive,
      // `is dismissed as`, is judged so in verbs.ts)
      ...(!direct && JUDGING.test(reporting[1]!.toLowerCase())
        ? [{ name: 'how a source judges or reads it (dismisses … as, reads … as), not what it is', value: 0.3 }]
        : []),
      // (`Much of the literature treats the smart city as a horizon of policy`, `A less common shape treats it as a learning
      // organism`: a verb of handling with no source named, before a role with no differentia of its own, says how a body of
      // work handles the term, not a definition anyone gave; `Planners treat it as a city that …` keeps its weight)
      ...(base === 'treat' &&
      !own &&
      !subject &&
      !citations.some((c) => c.start <= reporting.index) &&
      !/\b(?:that|which|who|whose|where|when)\b/iu.test(sentence.slice(after + as.index + as[0].length).split(/[.;:]/u)[0]!)
        ? [{ name: 'treated as … with no source named (how work handles it), not a definition', value: 0.5 }]
        : []),
      // (`We treat the digital twin, for now, as an open question`, `treat it as a budget line rather than a strategy`: a
      // verb of regarding before a bare genus, or two set against each other, gives no differentia: a framing, not a
      // definition (convention 12))
      ...(REGARDING.test(base) && bareRegarded(sentence.slice(after + as.index + as[0].length))
        ? [{ name: 'regarded as a bare genus (treat … as an open question), not a definition', value: 0.3 }]
        : []),
      // (`older residents tended to describe the smart city as …`, `participants described it as …`: a study's group of lay
      // people, unnamed and uncoded, says how a group frames the term, not a definer's definition (convention 12(a)))
      ...(!own && GROUP_SUBJECT.test(verbal.slice(-80))
        ? [{ name: 'a group of participants or residents frames it (residents describe … as), not a definer', value: 0.3 }]
        : []),
      // (`Topic 3 treats the smart city as …`: a numbered grouping of the records a review counts, not a source that defines)
      ...(/(?:^|[\s,;:])(?:cluster|topic|theme|group|factor|component|stream|strand|category)\s+(?:\d{1,2}|[A-H])$/iu.test(subjectText)
        ? [{ name: 'a numbered grouping of records (Topic 3 treats …), not a source', value: 0.3 }]
        : []),
      // (`considers the smart city to be a matter for each place to decide`: after `to be`, a copula's complement, judged as
      // one is: a bare genus, an evaluative head or a role says how the term is regarded, not what it is)
      ...(/to\s+be$/u.test(as[0]) ? toBeChecks(sentence.slice(after + as.index + as[0].length)) : []),
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

/**
 * The subject of a gerund after `by` (`…, Olivier articulated the rationale by explaining the concept of X as …`): the name
 * before the sentence's verb in the past, after the opening or a comma; none when no name stands so.
 */
function gerundSubject(verbal: string, verb: string): { text: string; start: number; end: number; gerund: true } | undefined {
  if (!/ing$/iu.test(verb) || !/\bby\s*$/u.test(verbal)) return undefined;
  let last: RegExpExecArray | undefined;
  for (const m of verbal.slice(-400).matchAll(/(?:^|,\s+)((?:\p{Lu}[\p{L}’'-]+\s+){0,2}\p{Lu}[\p{L}’'-]+)\s+\p{Ll}+ed\s/gu)) last = m;
  if (!last || !nameLike(last[1]!)) return undefined;
  const start = Math.max(0, verbal.length - 400) + last.index + last[0].indexOf(last[1]!);
  return { text: last[1]!, start, end: start + last[1]!.length, gerund: true };
}

/** What a copula's complement after `to be` says against a definition (predicate's check), if anything. */
function toBeChecks(complement: string): Factor[] {
  const check = predicate(complement)?.check;
  return check ? [check] : [];
}

/** What follows `as`, to the end of the sentence, is a bare genus (`an open question`), or two set apart (`a budget line rather than a strategy`). */
function bareRegarded(complement: string): boolean {
  // (up to a second clause: `as a budget line rather than a strategy, and the term is used …`)
  // (and a citation after the genus, `as a question of governance (Lund, 2020)`, is its source, not a differentia)
  const said = complement
    .replace(/(?:,\s+(?:and|but)\s|;)[^]*$/u, '')
    .replace(/\s?\([^()]{0,80}\)/gu, '')
    .replace(/[\s.!]+$/u, '');
  if (/[,;:(“"]/u.test(said)) return false;
  const parts = said.split(/\s+rather\s+than\s+/u);
  // (or one genus whose head judges it and a short `of` phrase: `frame the smart city as a question of rights`)
  return bareContrast(parts) || (parts.length === 1 && evaluativeOf(said));
}

// Active verbs of judging, selling or reading (the passive's list is verbs.ts's PROMOTED).
const JUDGING =
  /^(?:dismiss(?:es)?|deride[sd]?|critici[sz]es?|attacks?|caricatures?|mocks?|ridicules?|condemns?|denounces?|rejects?|celebrates?|praises?|hails?|touts?|markets?|sells?|brands?|reads?)$/u;

// Verbs of regarding or handling, not of defining: what they put after `as` may be a role the term plays.
const REGARDING = /^(?:treat|see|view|consider|regard|frame|portray)$/u;
// A setting, context or stage as the head (after `one of several`, a determiner, up to two modifiers).
const SETTING =
  /^\s*(?:(?:merely|simply|just|only|primarily|mainly|largely)\s+)?(?:one\s+(?:of\s+(?:several|many|various|the|its|their|a\s+number\s+of|numerous)\s+)?)?(?:(?:an?|the)\s+)?(?:(?!(?:that|which|who|whose|where)\s)[\p{L}-]+\s+){0,2}?(?:settings?|contexts?|backdrops?|backgrounds?|arenas?|venues?|sites?|locus|loci|test\s?beds?|test-beds?|terrains?|scenes?|fields?\s+of\s+application|application\s+(?:fields?|domains?|areas?))\b(?!-)/iu;

// A plural group of a study's or a place's people as the subject (up to two determiners or modifiers before it), perhaps
// with a tendency (`tended to`) or a frequency adverb before the verb.
const GROUP_SUBJECT =
  /(?:^|[\s,;:])(?:[\p{Ll}-]+\s+){0,2}(?:participants|respondents|interviewees|informants|residents|citizens|people|users|(?:focus\s+)?groups)(?:\s+(?:tended|tend|tends|seemed|seem)\s+to|\s+(?:often|usually|generally|typically|mostly|largely|mainly))?$/u;

const REPORTING_VERB =
  'define|defines|defined|describe|describes|described|summari[sz]es?|summari[sz]ed|conceive|conceives|see|sees|view|views|characteri[sz]es?|conceptuali[sz]es?|understand|understands|consider|considers|regard|regards|frame|frames|portray|portrays|interpret|interprets|envisions?|treat|treats|think\\s+of|thinks\\s+of|take|takes|refer\\s+to|refers\\s+to|calls|explains?|explained|explaining';
// (or a participle opening an explanatory parenthetical after a citation, as law reviews print them: `…, 98 B.U. L. REV. 411
// (2019) (defining a smart city as “…”)`: the cited work's definition)
// (the verb may open a quotation, its subject left out: a resolution's operative clause quoted, `its first clause “Defines a
// smart city as …”`)
const REPORTING_BEFORE = new RegExp(
  `(?:^|[\\s,\\])“"‘]|\\((?=(?:defining|describing|characteri[sz]ing|conceptuali[sz]ing)\\s))(${REPORTING_VERB}|(?<=\\()(?:defining|describing|characteri[sz]ing|conceptuali[sz]ing))\\s+(?:\\([^()]{1,40}\\)\\s+)?$`,
  'iu',
);
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
  // (`sources define the smart city as a city (61%) or a system (27%)`: a share of the definitions counted, not a definiens)
  if (/^[^.;]{0,80}?\(\s*\d+(?:[.,]\d+)?\s?%/u.test(complement))
    return [{ name: 'shares of the definitions counted (a city (61%) …), not a definiens', value: 0.3 }];
  // (`City strategies define the smart city as a goal.`: a bare genus that says what it is for, as after a copula)
  if (bareEvaluative(complement.slice(0, 200))) return [{ name: 'says what it is for or about, not what it is', value: 0.3 }];
  // (`describe digital twins as a “sandbox” for port operations, allowing …`: one or two words in quotation marks, what
  // they serve and a participle or nothing after, a metaphor, as the passive's `described as a “mirror”` is)
  if (QUOTED_WORD_FOR.test(complement.slice(0, 200))) return [{ name: 'a metaphor in quotation marks (as a “sandbox” for …)', value: 0.3 }];
  // (`described the smart city as “the app” or “the cameras”`: short phrases in quotation marks offered as alternatives,
  // the words people used for it, with no genus a differentia could restrict)
  if (QUOTED_ALTERNATIVES.test(complement.slice(0, 200)))
    return [{ name: 'words people used, quoted as alternatives (as “the app” or “the cameras”)', value: 0.3 }];
  return [];
}

// Two to four quoted phrases of one to three words, commas between and `or` (or `and`) before the last.
const QUOTED_PHRASE = `(?:“[\\p{L}-]+(?:\\s[\\p{L}-]+){0,2}”|"[\\p{L}-]+(?:\\s[\\p{L}-]+){0,2}")`;
const QUOTED_ALTERNATIVES = new RegExp(`^\\s*${QUOTED_PHRASE}(?:\\s*,\\s*${QUOTED_PHRASE}){0,2},?\\s+(?:or|and)\\s+${QUOTED_PHRASE}`, 'u');

const QUOTED_WORD_FOR = /^\s*(?:an?|the)\s+[“"‘][\p{L}-]+(?:\s[\p{L}-]+)?[”"’](?:\s+(?:for|of)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+)?\s*(?:[,.;]|$)/u;

/**
 * `Washburn et al. [4] envisage …`, `Dirks and Keeling [21] decipher …`: a verb the reporting list
 * lacks, after a named subject (a citation or a name), read as one when `as` follows the term.
 */
function namedSubjectVerb(prefix: string, citations: readonly Citation[]): RegExpExecArray | null {
  const m = /(?:^|[\s,\])])(\p{Ll}{3,})\s+$/u.exec(prefix);
  if (!m) return null;
  const verb = m[1]!;
  const tags = tagsOf(verb);
  if (!tags.some((t) => t === 'VB' || t === 'VBP' || t === 'VBZ' || t === 'VBD') && !presentVerb(verb)) return null;
  const subject = prefix.slice(0, m.index + m[0].indexOf(verb)).trim();
  // (the sentence's citations, read with its document's list, that end within the subject: the prefix opens the sentence)
  const cited = citations.filter((c) => c.end <= subject.length).at(-1);
  if (!(cited && cited.end >= subject.length - 1) && !(subjectOf(subject) && /\bet\s+al\b|\s(?:and|&)\s\p{Lu}/u.test(subject))) return null;
  return m;
}

/** `The UK Department … considers smart cities a process rather than …`: a verb of judging, the term, then a noun phrase. */
function bareObject(text: string, verb: string): RegExpExecArray | null {
  if (!/^(?:consider|considers|considered|deem|deems|deemed|call|calls|called)$/iu.test(verb)) return null;
  // (its second object set in quotation marks, a source's wording: `Rowell calls a smart city “a city that …”`)
  const m = /^\s+(?=[“"‘]?(?:an?|the)\s+\p{L})/u.exec(text);
  // (a name given without quotation marks, `calls the smart city a dream that never ends`, is a figure of speech, and so is
  // a quoted one without a relative clause, `calls the smart city “a sales pitch with a postcode”`: a genus with its
  // differentia is quoted wording that defines)
  if (!m || (/^call/iu.test(verb) && !/^\s+[“"‘](?:an?|the)\s[^“”"‘’.;]{0,80}?\s(?:that|which|who|whose|where|in\s+which)\s/u.test(text))) return null;
  const judged = predicate(text.slice(m[0].length));
  return judged && !judged.check ? m : null;
}

/** `By a smart city we mean …` (a footnote's own definition), `We use the term X to mean …`. */
export function meanClause(
  sentence: string,
  prefix: string,
  after: number,
  np: { start: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
): Clause | undefined {
  const byWeMean = /^\s+(?:we|i)\s+(?:mean|understand|refer\s+to)\b/iu.test(sentence.slice(after)) && /(?:^|[\s¹²³⁴⁵⁶⁷⁸⁹⁰*†)])by\s+$/iu.test(prefix);
  const useToMean =
    // (a dated document's name before the verb: `Tarnwell Group’s Sustainability Report 2026 uses “…” to mean`)
    new RegExp(
      String.raw`\b(?:we|i|they|authors?|[\p{Lu}][\p{L}.-]*|(?<=\p{Lu}[\p{L}.-]{0,40}\s)${YEAR_DIGITS})\s+(?:\p{Ll}+ly\s+)?(?:use|uses|used)\s+$`,
      'u',
    ).test(prefix) && /^\s+to\s+(?:mean|denote|designate|refer\s+to|describe)\b/iu.test(sentence.slice(after));
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
    // (a subject no lead-in names is read by the attribution, from the sentence: a named body's dated document)
    ...(own ? {} : reportedOrSubject(reporterIn(prefix.replace(/\s*(?:use|uses|used)\s+$/u, ', ')))),
  });
}

/** A lead-in's reporter, or one left for the attribution to name from the sentence's subject (`X’s report 2026 uses …`). */
function reportedOrSubject(found: { reporter?: NonNullable<Clause['reporter']> }): { reporter: NonNullable<Clause['reporter']> } {
  return { reporter: found.reporter ?? { text: '', start: 0, end: 0, cue: 'uses … to mean' } };
}

// Nouns of the reporting verbs: `an understanding of the Smart City as …`, `a conception of smart cities as …`.
const NOMINAL_REPORTING =
  /\b(?:understanding|conception|definition|notion|interpretation|conceptuali[sz]ation|characteri[sz]ation|description|framing)s?\s+of\s+$/iu;

/**
 * `This is grounded in an understanding of the Smart City as a city that uses …`: a reporting verb's noun with the
 * term as its object, then `as` and a complement judged as a copula's is (a genus with a differentia; `a definition of
 * the smart city as an ontology rather than as a sentence` gives a bare genus before its contrast and is left).
 */
export function nominalAs(
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
