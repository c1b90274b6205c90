import { determinerComplement, roleNotKind } from '../complement.js';
import { tagsOf } from '../lexicon.js';
import { isVerbOfHaving } from '../verb-senses.js';
import { bareContrast, bareGenus, GENUS_OF_NOUN, GRADED_WORTH, participleGenus, placedGenus, predicate } from './predicate.js';
import type { Factor } from './types.js';
import { FINITE, presentVerb, STATE_VERBS } from './words.js';

// Defining verb groups after a term that is their subject: `is defined as`, `can be seen as`, `refers to`,
// `means`, a copula with a noun phrase (`is a …`), `uses ICT to …`, a present verb with a purpose, three verbs
// in a row; each with what its complement says against a definition.

const ADVERB_WORDS =
  'therefore|thus|hence|also|often|generally|usually|typically|essentially|basically|simply|broadly|commonly|here|then|now|still|thereby|further|furthermore|moreover|so|too|instead|nowadays|today|currently|increasingly|mostly|mainly|primarily|largely|ultimately|fundamentally|accordingly|consequently|perhaps|best|better|arguably';
const ADVERB = `(?:(?!(?:apply|rely|supply|comply|reply|multiply|imply|ally|fly|family|assembly|only)\\b)\\p{L}{3,}ly|${ADVERB_WORDS}|in (?:general|short|essence|brief|sum|other words|practice|principle|fact|turn)|above all|first and foremost|first of all|in the first place|at (?:heart|bottom)|after all|of course|in this (?:paper|study|article|review|report|work|chapter|context|sense|view)|at (?:its|their) core|in (?:\\p{Lu}[\\p{L}-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*[’']s?(?:\\s*\\([^()]{1,30}\\)|\\s*\\[[^\\]]{1,20}\\])? (?:own )?(?:words|terms|phrase|formulation|view))`;
export const ADVERBS = new RegExp(`^(?:[\\s,]*${ADVERB}\\b)*[\\s,]*`, 'iu');

const AS_VERBS: Readonly<Record<string, number>> = {
  defined: 0.95,
  understood: 0.9,
  described: 0.9,
  characterised: 0.9,
  characterized: 0.9,
  conceptualised: 0.9,
  conceptualized: 0.9,
  conceived: 0.85,
  interpreted: 0.85,
  'thought of': 0.85,
  envisioned: 0.85,
  envisaged: 0.85,
  framed: 0.8,
  portrayed: 0.8,
  seen: 0.8,
  viewed: 0.8,
  considered: 0.8,
  regarded: 0.8,
  perceived: 0.8,
};
const AS_VERB = Object.keys(AS_VERBS)
  .sort((a, b) => b.length - a.length)
  .join('|');
// (`be` alone after a proposal's `that`: `we propose that a smart city be understood as …`)
const PASSIVE_AS = new RegExp(
  `^(?:is|are|was|were|be|has been|have been|(?:can|could|may|might|should|must|will|would)(?:[\\s,]+${ADVERB})*\\s+be)(?:[\\s,]+(?:${ADVERB}|being\\b))*\\s+(${AS_VERB})((?:\\s+(?:here|in this \\p{L}+|in the literature|by [^,;]{1,60}?|within [^,;]{1,40}?|broadly|simply|generally|commonly|often|usually|mostly|widely)|\\s*,\\s*(?:following|after|with|like|in\\s+the\\s+words\\s+of)\\s+[^,;]{1,60}?,)?)\\s*,?\\s+as\\b`,
  'iu',
);
// The same verbs with a noun phrase straight after them: `can be considered “a mirror image of …”`,
// `is regarded a city that …` (an adjective after them judges: `is considered important`).
const PASSIVE_NP = new RegExp(
  `^(?:is|are|was|were|has been|have been|(?:can|could|may|might|should|must|will|would)(?:[\\s,]+${ADVERB})*\\s+be)(?:[\\s,]+(?:${ADVERB}|being\\b))*\\s+(considered|regarded|seen|viewed|deemed|called|understood|thought of)\\s+(?=[“"‘']?\\s*(?:…\\s*)?(?:an?|the|one)\\s)`,
  'iu',
);
// "can be a city that …"; "would be", "could be" are counterfactual or speculative.
const MODAL_BE = new RegExp(`^(?:can|may)(?:[\\s,]+${ADVERB})*\\s+be\\b`, 'iu');
// Parts after a verb of composition: a count of them before a colon or a parenthesis (`three layers: …`, `six
// dimensions (…)`), or three or more, each with its article (`a mesh, a sensor registry and a simulation engine`).
const PARTS =
  /^\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:\p{L}+\s+)?\p{L}+s\s*[:(]|(?:an?|the)\s[^,;.:]{1,40},\s+(?:(?:an?|the)\s[^,;.:]{1,40},\s+)*(?:an?|the)\s[^,;.:]{1,40}?,?\s+and\s+(?:an?|the)\s)/iu;

const VERB_PATTERNS: readonly { name: string; weight: number; regex: RegExp }[] = [
  // (an adverb set off by commas may stand before `to`: `refers, broadly, to …`; or a phrase, `refers, in the plans we
  // read, to …`)
  { name: 'refers-to', weight: 0.9, regex: /^(?:refers?|referring)(?:\s*,\s*\p{Ll}[\p{L} ’'-]{0,50},)?\s+to\b/iu },
  // (`has come to mean`: what the word means now, after a change of use)
  {
    name: 'means',
    weight: 0.9,
    regex:
      /^(?:(?:has|have)\s+come\s+to\s+(?:mean|denote|designate|stand\s+for)|means?|meant(?!\s+to\b)|denotes?|designates?|signif(?:y|ies)|stands?\s+for)\b/iu,
  },
  // (a modal of rule-making before `be`: `X shall be taken to mean …`, as statutes, bylaws and proclamations word it)
  {
    name: 'taken-to-mean',
    weight: 0.9,
    regex:
      /^(?:is|are|(?:shall|should|will|must|may|is\s+to|are\s+to)\s+be)\s+(?:(?:here|now|generally|commonly|usually|often|widely|mostly|typically|increasingly|broadly)\s+)*(?:taken|used|understood|meant)\s+(?:here\s+)?to\s+(?:mean|denote|designate|refer\s+to|describe)\b/iu,
  },
  // `is used here as shorthand for …`, `is used as an umbrella term for …`: a name given to what follows.
  {
    name: 'taken-to-mean',
    weight: 0.85,
    regex:
      /^(?:is|are)\s+(?:(?:here|now|generally|commonly|usually|often|widely|mostly|typically)\s+)*used\s+(?:here\s+)?as\s+(?:an?\s+)?(?:shorthand|name|label|umbrella\s+term|term)\s+for\b/iu,
  },
  // `The phrase “digital twin” has become common in the water industry to describe …`, `The expression “smart city” has been
  // used for years by vendors and serves as a description for …`: the word's use said to name what follows (a gap of up to 90
  // characters without a sentence's punctuation between the verb of use and its `to describe`)
  {
    name: 'used-to-describe',
    weight: 0.85,
    regex:
      /^(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?used|(?:has|have)\s+become\s+(?:common|usual|standard|popular|widespread|established))[^.;:“”"]{0,90}?(?:\sto\s+(?:describe|denote|designate|refer\s+to)|\sand\s+serves?\s+as\s+an?\s+(?:description|name|label|designation)\s+(?:for|of))\b/iu,
  },
  // (or `is generally used for a city that …`: the word's use given a noun phrase to name, read of the term named as a word
  // only, as above: `The term smart city is used for …`; `Smart cities are used for …` uses the things)
  {
    name: 'used-to-describe',
    weight: 0.85,
    regex:
      /^(?:is|are)\s+(?:(?:here|now|generally|commonly|usually|often|widely|mostly|typically|broadly)\s+)*used\s+(?:here\s+)?for\s+(?=(?:an?|the)\s)(?!(?:an?|the)\s+(?:(?:wide|broad|whole|great|large)\s+)?(?:variety|range|number|host|lot|set|series|mix|multitude|plethora)\s+of\b)/iu,
  },
  { name: 'describes', weight: 0.85, regex: /^describes?\b/iu },
  {
    name: 'represents',
    weight: 0.8,
    regex:
      /^(?:represents?|constitutes?|embod(?:y|ies)|encompass(?:es)?|compris(?:e|es)|consists?\s+of|entails?|(?:is|are|can\s+be|may\s+be)\s+(?:\p{Ll}+ly\s+)?characteri[sz]ed\s+by)\b/iu,
  },
  {
    name: 'uses-to',
    weight: 0.75,
    regex:
      /^(?:uses?|leverages?|employs?|harness(?:es)?|integrates?|combines?|applies|apply|deploys?|exploits?|utili[sz]es?|rel(?:y|ies)\s+on|builds?\s+on|draws?\s+on|adopts?|invests?\s+in)\b/iu,
  },
];
// `means many things to many people`, `means different things to different people`: what it means varies, no meaning given.
const VARIED_MEANING = /^\s+(?:(?:so\s+)?many|different|various|all\s+sorts\s+of|a\s+lot\s+of|lots\s+of)\s+(?:\p{Ll}+\s+)?things\b/iu;
const VARIES: Factor = { name: 'means many things (what it means varies), no meaning given', value: 0.3 };

// `are characterised by several key features:`, `comprises five dimensions.`: a count of parts, named later if at all, no definiens.
const COUNTED_FEATURES =
  /^\s+(?:several|many|various|numerous|a\s+(?:number|range|set)\s+of|some|a\s+few|two|three|four|five|six|seven|eight|\d{1,2})\s+(?:(?:key|main|core|distinct|common|essential|important|defining)\s+)?(?:features|characteristics|elements|components|dimensions|aspects|attributes|traits|pillars|properties)\s*(?:[:.;]|$)/iu;
const COUNTED: Factor = { name: 'a count of features (characterised by several key features:), no definiens', value: 0.3 };

/**
 * A complement that gives no meaning: `means many things`, `characterised by several key features:`; after a naming verb
 * (`are used to describe the future`), what is not a kind, judged as a copula's complement would be.
 */
function emptyComplement(verb: string, rest: string): Factor | undefined {
  if (verb === 'taken-to-mean') return predicate(rest.trimStart())?.check;
  if (verb === 'means' && VARIED_MEANING.test(rest)) return VARIES;
  return verb === 'represents' && COUNTED_FEATURES.test(rest) ? COUNTED : undefined;
}

// A relative pronoun or a subordinating conjunction opening a clause of its own (`as` only after a comma: `, particularly as …`).
const SUBORDINATE = /\b(?:that|which|who|whom|whose|where|when|while|whilst|because|since|if|although|though|unless|whereas)\b|,\s*(?:\p{Ll}+ly\s+)?as\s/iu;

export interface VerbMatch {
  readonly pattern: Factor;
  readonly text: string;
  readonly check?: Factor;
}

// Any participle after a copula or modal, then `as` or `to be`: `can be summed up as`, `is best
// seen as`, `is considered to be one that`; progressive too (`are being recast as`). Its weight comes from what follows, judged as a predicate.
const PASSIVE_ANY = new RegExp(
  `^(?:is|are|has been|have been|(?:can|may)(?:[\\s,]+${ADVERB})*\\s+be)(?:[\\s,]+(?:${ADVERB}|being\\b))*\\s+(\\p{Ll}{3,})(?:\\s+(?:up|of|out))?(?:[\\s,]+${ADVERB})*\\s*,?\\s+(as|to\\s+be)\\s+`,
  'iu',
);
// Naming is not defining: `are also referred to as Local Digital Twins`, `is known as`.
const NAMING =
  /^(?:known|called|named|termed|labell?ed|dubbed|referred|said|expected|supposed|used|designed|meant|intended|set|bound|likely|planned|projected)$/iu;

/**
 * A past participle: listed as one, a listed one behind a prefix (`reimagined`, `co-designed`), or an -ed word the
 * lexicon lacks altogether (`reconfigured`, `datafied`: new verbs are regular).
 */
function isParticiple(word: string): boolean {
  const listed = (w: string) => tagsOf(w).some((t) => t === 'VBN' || t === 'VBD') || AS_VERBS[w] !== undefined;
  if (listed(word) || (/\p{Ll}{3}ed$/u.test(word) && tagsOf(word).length === 0)) return true;
  const prefixed = /^(?:re|un|co|pre|over|under|mis|out)-?(\p{Ll}{4,})$/u.exec(word);
  return prefixed !== null && listed(prefixed[1]!);
}

// Verbs of selling, presenting, praising or attacking: `is sold as a marketing story`, `are criticised as corporate
// projects`, `is often presented as the reconciliation of …` say how the term is put to an audience or judged, not what it is.
const PROMOTED =
  /^(?:sold|marketed|promoted|advertised|pitched|branded|rebranded|hailed|touted|heralded|billed|celebrated|praised|lauded|championed|showcased|packaged|presented|critici[sz]ed|attacked|dismissed|derided|condemned|denounced|caricatured|mocked|ridiculed|accused|blamed|castigated|lambasted)$/u;

// Verbs of depicting: `is shown as a circle of loops`, `is drawn as a grid` say how a figure or an image pictures the term, not what it is.
const DEPICTED = /^(?:shown|depicted|drawn|pictured|illustrated|sketched|painted|visuali[sz]ed|diagrammed|plotted)$/u;

/** `can be summed up as the use of …`, `is considered to be one that …`: a participle the lists lack, then a noun phrase. */
function passiveAny(text: string): VerbMatch | undefined {
  const m = PASSIVE_ANY.exec(text);
  if (!m || NAMING.test(m[1]!)) return undefined;
  const participle = m[1]!.toLowerCase();
  if (!isParticiple(participle)) return undefined;
  const judged = predicate(text.slice(m[0].length));
  // `the use of real-time data to run …`: a nominalisation is a noun phrase too.
  if (!judged || judged.check) return undefined;
  return {
    pattern: { name: `${participle}-${m[2]!.startsWith('to') ? 'to-be' : 'as'}`, value: (AS_VERBS[participle] ?? 0.8) - 0.05 },
    text: m[0],
    ...(PROMOTED.test(participle) ? { check: { name: 'how it is sold or judged (sold as, criticised as …), not what it is', value: 0.3 } } : {}),
    ...(DEPICTED.test(participle) ? { check: { name: 'how a figure pictures it (shown as, drawn as …), not what it is', value: 0.3 } } : {}),
    // (`is best treated as a property a city can gain or lose, not as a type of place`: a verb of handling whose
    // complement is set against another says how to approach the term, a contrast, not a definition; convention 12(a))
    ...(HANDLED.test(participle) && HANDLED_CONTRAST.test(text.slice(m[0].length).split(/[.;:]/u)[0]!)
      ? { check: { name: 'handled as one thing set against another (treated as X, not as Y), not a definition', value: 0.3 } }
      : {}),
  };
}

// Adjectives that take an infinitive of their own (`willing to`, `able to`), the word before `to`.
const INFINITIVE_ADJECTIVE =
  /(?:^|\s)(?:willing|unwilling|able|unable|ready|eager|keen|prepared|likely|unlikely|quick|slow|reluctant|inclined|determined|free)\s+$/iu;

/**
 * An infinitive at `at` is the verb's own purpose: not inside a relative or subordinate clause (`… administration that are
 * expected to result in …`), nor the complement of an adjective before it (`presupposes a council willing to publish …`).
 */
function ownPurpose(tail: string, at: number): boolean {
  return !SUBORDINATE.test(tail.slice(0, at)) && !INFINITIVE_ADJECTIVE.test(tail.slice(Math.max(0, at - 20), at));
}

// Verbs of handling: `is treated as`, `is approached as`, `is handled as` say how work takes the term up.
const HANDLED = /^(?:treated|approached|handled)$/u;
// A second complement set against the first: `, not as a …`, `rather than (as) …`, `instead of (as) …`.
const HANDLED_CONTRAST = /,\s+not\s+(?:as\s+)?(?:an?|the)\s|\s(?:rather\s+than|instead\s+of)\s/u;

const QUOTED_METAPHOR =
  /^\s*(?:an?|the)\s+(?:“[\p{L}-]+(?:\s[\p{L}-]+)?”|"[\p{L}-]+(?:\s[\p{L}-]+)?"|‘[\p{L}-]+(?:\s[\p{L}-]+)?’|'[\p{L}-]+(?:\s[\p{L}-]+)?')\s*(?:$|\s+(?:to|in\s+order\s+to)\s+(?:highlight|emphasi[sz]e|stress|underline|underscore|capture|convey|suggest|signal|evoke|indicate|express)\b|\s+(?:because|since)\b)/u;

// `a tool, a promise or a liability` and nothing after it but a comma that no relative follows: one-word kinds joined by
// `or`, each with its article. (One word to each, commas between: linear.)
const BARE_ALTERNATIVES =
  /^\s*(?:an?|the)\s+\p{L}+(?:,\s*(?:an?|the)\s+\p{L}+)*,?\s+or\s+(?:an?|the)\s+\p{L}+\s*(?:$|,(?!\s*(?:that|which|who|whose|where|in\s+which)\b))/iu;

// `, as a …` or `and as a …` / `or as a …`: the next of several complements of one `as` verb.
const NEXT_READING = /,?\s+(?:and|or)\s+as\s+(?=(?:an?|the)\s)|,\s*as\s+(?=(?:an?|the)\s)/iu;

/** `a technology, as a community and as a system of government`: two or more complements, each a bare genus. */
function surveyOfReadings(genus: string): boolean {
  const parts = genus.slice(0, 300).split(new RegExp(NEXT_READING.source, 'giu'));
  return parts.length >= 2 && parts.every((p) => bareGenus(p) || GENUS_OF_NOUN.test(p.trim()));
}

/** `is defined as`, `can be seen as` …: the verb group, and what its complement says against a definition. */
function passiveAs(text: string): VerbMatch | undefined {
  const passive = PASSIVE_AS.exec(text);
  if (!passive) return undefined;
  const verb = passive[1]!.toLowerCase().replace(/\s+/g, ' ');
  const hedged = /^(?:could|might)\b/iu.test(text);
  // (`can be seen as an aggregate concept`: a genus with no differentia says too little, as after a copula)
  // (a citation marker after the genus, `as a slogan [14], and …`, `as a slogan (Lund, 2019)`, names a source, not a
  // differentia: dropped before the genus is judged; bounded windows)
  const said = text
    .slice(passive[0].length)
    .replace(/\.\.\./gu, '…')
    .split(/[.;]/u)[0]!
    .replace(/\s*\[[^[\]]{1,30}\]|\s*\([^()]{1,80}\d{4}[a-z]?\)/gu, '');
  // (`can be seen as a label, and many critics see it as nothing more`: a second clause joined by `, and` is not the
  // genus's differentia; a relative after the comma, `, and that …`, still is)
  // (but `, and that the term is …`: `that` before a determiner opens a second content clause of the reporting verb,
  // `warns that X can be seen as a slogan, and that the term …`, not a relative on the genus)
  const genus = said.split(
    /,\s+(?:and|but|yet|while|whereas)\s+(?!(?:that(?!\s+(?:the|a|an|its|their|this|these|those|such|many|most|some)\s)|which|who|whose|where|in\s+which)\b)/iu,
  )[0]!;
  // (`can be regarded as a long-term capability rather than a project`: two bare genera set against each other say no more)
  const contrasted = genus.replace(/[“”"‘’]/gu, '').split(/\s+(?:rather\s+than|instead\s+of)\s+/u);
  // (or a participle before a one-word head, `can also be seen as a moving target`: as bare as the head alone)
  // (or bare genera offered as alternatives, one word each, `can be seen as a tool, a promise or a liability, depending on
  // …`: no one genus for a differentia to restrict, convention 11)
  // (or a genus with one short `of` phrase set against a bare one, `may be seen as a direction of travel rather than a
  // destination`: the contrast says what the term is not, not what restricts the genus, convention 11)
  const ofContrast = contrasted.length === 2 && contrasted.every((p) => bareGenus(p) || GENUS_OF_NOUN.test(p.trim()));
  const little = bareContrast(contrasted) || ofContrast || participleGenus(genus) || BARE_ALTERNATIVES.test(genus);
  // (`has been defined as a technology, as a community and as a system of government`: bare genera each with its own
  // `as`, a survey of readings with no one genus for a differentia to restrict, convention 11)
  const readings = surveyOfReadings(genus);
  // (`are seen as a cheap substitute for …`: a role, judged as after a copula)
  const np = /^\s*[“"‘]?(an?|the)\s+(.*)$/isu.exec(said);
  const role = np ? roleNotKind(np[1]!, np[2]!) : undefined;
  // (`is often described as a "mirror" to highlight …`: one word in quotation marks, a metaphor, with at most the
  // reason it was chosen after it; a quoted phrase with a differentia, `as a "living model" that …`, defines)
  const metaphor = QUOTED_METAPHOR.test(said);
  // (`can be seen as a newcomer to this vocabulary`: a head that places the term among others, as after a copula)
  const check = role
    ? { name: role, value: 0.3 }
    : placedGenus(said)
      ? { name: 'places it among other things (a newcomer to …, an example of …)', value: 0.3 }
      : metaphor
        ? { name: 'a metaphor in quotation marks (described as a “mirror”)', value: 0.3 }
        : readings
          ? { name: 'a survey of readings (as X, as Y and as Z), bare genera only', value: 0.3 }
          : little
            ? { name: 'says too little', value: 0.5 }
            : hedged
              ? { name: 'hedged (could, might)', value: 0.85 }
              : undefined;
  return {
    pattern: { name: verb === 'defined' ? 'defined-as' : `${verb.replace(' ', '-')}-as`, value: AS_VERBS[verb] ?? 0.8 },
    text: passive[0],
    ...(check ? { check } : {}),
  };
}

/** The defining verb group at the start of `text`, and what follows it judged. */
export function matchVerb(text: string): VerbMatch | undefined {
  // (`a smart city's a city that …`: `'s` before an article is the copula contracted, never a possessive, which an
  // article cannot follow; judged as `is`, the match covering the contraction)
  const contracted = /^['’]s(?=\s+(?:an?|one)\s)/iu.exec(text);
  if (contracted) {
    const inner = matchVerb(`is${text.slice(contracted[0].length)}`);
    return inner && inner.text.length >= 2 ? { ...inner, text: contracted[0] + inner.text.slice(2) } : undefined;
  }
  const across = verbAcrossInsertion(text);
  return across && !across.check ? across : (matchVerbAt(text) ?? across);
}

/**
 * A verb group with a short insertion before its complement (`are, in its words, “…”`, `is, following Lund,12 “…”` (a note
 * marker after the source's comma), `is, as the strategy puts it, “…”`, `is, for our purposes, a
 * city that …`, `is defined in its explanatory notes as …`): judged as if the insertion were not there; the match
 * covers the insertion.
 */
function verbAcrossInsertion(text: string): VerbMatch | undefined {
  const m =
    /^((?:is|are|was|were)(?:\s+\p{Ll}{3,}(?<!ly))?)(\s*,\s*(?:in|for|by|on|under|according\s+to|following|after|citing)\s[^,;:“”"()]{2,100}?,(?:\d{1,3}(?=\s*[“"‘]))?\s*|\s*,\s*as\s[^,;:“”"()]{2,100}?\s(?:puts?|put|says?|said|writes?|wrote|has|had)\s+it\s*,\s*|\s+(?:in|by|under)\s+(?:its|their|the|his|her|this|that)\s[^,;:“”"()]{2,40}?\s+(?=as\s))/iu.exec(
      text,
    );
  if (!m) return undefined;
  const inner = matchVerbAt(`${m[1]!} ${text.slice(m[0].length)}`);
  if (!inner || inner.text.length < m[1]!.length) return undefined;
  return { ...inner, text: m[0] + inner.text.slice(m[1]!.length).replace(/^\s+/u, '') };
}

function matchVerbAt(text: string): VerbMatch | undefined {
  const passive = passiveAs(text);
  if (passive) return passive;
  const passiveNp = PASSIVE_NP.exec(text);
  if (passiveNp) {
    const verb = passiveNp[1]!.toLowerCase().replace(/\s+/g, ' ');
    const judged = predicate(text.slice(passiveNp[0].length));
    const pattern = { name: `${verb.replace(' ', '-')}-np`, value: (AS_VERBS[verb] ?? 0.8) - 0.05 };
    if (judged && !judged.check) {
      const hedged = /^(?:could|might)\b/iu.test(text);
      return { pattern, text: passiveNp[0], ...(hedged ? { check: { name: 'hedged (could, might)', value: 0.85 } } : {}) };
    }
    // (`is considered a key concept of Industry 4.0`: a role or a ranking after the verb is judged as after a copula, not
    // read again as a copula whose complement opens with the participle)
    if (judged?.check && /^(?:considered|regarded|deemed|seen|viewed)$/u.test(verb) && /role|rank|evaluative|places or judges/u.test(judged.check.name))
      return { pattern, text: passiveNp[0], check: judged.check };
  }
  const anyPassive = passiveAny(text);
  if (anyPassive) return anyPassive;
  for (const p of VERB_PATTERNS) {
    const m = p.regex.exec(text);
    if (!m) continue;
    if (p.name === 'uses-to') {
      // "Smart cities use ICT to …": a generic present with a purpose defines; without one it describes (below the
      // default threshold: `Smart cities use digital technologies for sustainability …`, `… relies on a range of technologies`).
      // (a numbered list may open the purpose: `to (1) improve …, (2) enhance …`)
      const tail = text.slice(m[0].length, m[0].length + 400);
      const purpose = /\b(?:to|in order to|so as to|so that)\s+(?:\(\w{1,3}\)\s*)?\p{L}/iu.test(tail.split(/[.;]/u)[0] ?? '');
      // (a purpose set against another, `to manage demand rather than to expand supply`, argues what it is for)
      const contrast = /\bto\s+\p{Ll}+\b[^.;]{0,80}?\b(?:rather\s+than|instead\s+of|and\s+not|but\s+not)\s+to\s+\p{Ll}/u.test(tail.split(/[.;]/u)[0] ?? '');
      return {
        pattern: { name: 'uses-to', value: purpose ? p.weight : 0.45 },
        text: m[0],
        ...(contrast ? { check: { name: 'a purpose set against another (rather than to …)', value: 0.6 } } : {}),
      };
    }
    // `A smart city encompasses e-home, e-office, e-government …`: a list of parts, not a definiens.
    if (
      p.name === 'represents' &&
      /^\s+(?:[^\s,;.]+(?:\s+[^\s,;.]+){0,2},\s+){2,}/u.test(text.slice(m[0].length)) &&
      !/\b(?:that|which|where|whose)\b/u.test(text.split(/[.;]/u)[0]!)
    ) {
      return { pattern: { name: p.name, value: p.weight }, text: m[0], check: { name: 'a list of parts', value: 0.4 } };
    }
    // `An urban digital twin consists of three layers: …`, `comprises a mesh, a registry and an engine`: a verb of
    // composition before a count of parts or a list of them says what the term has, not what it is (convention 8).
    if (p.name === 'represents' && /^(?:compris(?:e|es)|consists?\s+of)$/iu.test(m[0]) && PARTS.test(text.slice(m[0].length))) {
      return { pattern: { name: p.name, value: p.weight }, text: m[0], check: { name: 'a list of parts', value: 0.4 } };
    }
    // `represents a frequently elaborated concept which however comes short …`: a noun phrase after a
    // definitional verb is judged as a copula's complement is (a kind, not a role, a value or a term without definiens).
    if (p.name === 'represents' && /^(?:represents?|constitutes?|embod(?:y|ies))$/iu.test(m[0]) && determinerComplement(text.slice(m[0].length))) {
      const judged = predicate(text.slice(m[0].length).trimStart());
      if (judged?.check) return { pattern: { name: p.name, value: p.weight }, text: m[0], check: judged.check };
    }
    const empty = emptyComplement(p.name, text.slice(m[0].length));
    if (empty) return { pattern: { name: p.name, value: p.weight }, text: m[0], check: empty };
    return { pattern: { name: p.name, value: p.weight }, text: m[0] };
  }
  // `A smart city aims at the well-being of … by offering …`: an aim with the means that reach it.
  const aim = /^aims?\s+(?:at|to)\b/iu.exec(text);
  if (aim && /\bby\s+\p{Ll}+ing\b/u.test(text.split(/[.;]/u)[0] ?? '')) return { pattern: { name: 'aims-by', value: 0.7 }, text: aim[0] };
  // Any other verb in the present with a purpose: "a smart city infuses information … to improve …".
  const other = /^([\p{Ll}]+)\b/u.exec(text)?.[1];
  // (`serves both to improve … and to promote …`: `to` straight after the verb states a purpose, not what it is)
  const purposeOnly = /^(?:\s+(?:both|also|only|mainly|primarily|chiefly|largely|partly|\p{Ll}+ly))*\s+to\s+\p{L}/u;
  if (
    other &&
    !STATE_VERBS.test(other) &&
    presentVerb(other) &&
    !/^(?:is|are|was|were|has|have|had|does|do|did)$/u.test(other) &&
    !purposeOnly.test(text.slice(other.length))
  ) {
    const tail = text.slice(other.length).split(/[.;]/u)[0] ?? '';
    const infinitive = /\b(?:to|in order to|so as to)\s+(\p{Ll}+)/u.exec(tail);
    // The purpose must be the verb's own: an infinitive inside a relative or subordinate clause (`… administration
    // that are expected to result in …`, `…, particularly as the ability to obtain …`) says nothing of what the verb does for.
    const purpose = infinitive && ownPurpose(tail, infinitive.index) ? infinitive : null;
    // (or a purpose clause: `… plans its neighbourhoods so that most trips can be made on foot`)
    const purposeClause = /\bso\s+that\s+\p{L}/u.test(tail);
    // (a verb of having or giving, `offers a sandbox to model …`, says what it has, not what it does: WordNet's sense classes)
    if (
      // (`to` before an article is a preposition, `ranging from a 3D model to a …`, not a purpose's infinitive)
      ((purpose && tagsOf(purpose[1]!).some((t) => t === 'VB') && !tagsOf(purpose[1]!).includes('DT')) || purposeClause) &&
      !FINITE.test(text.slice(other.length).trimStart()) &&
      !isVerbOfHaving(other)
    )
      return { pattern: { name: 'verb-to', value: 0.6 }, text: other };
  }
  if (other && !STATE_VERBS.test(other) && tagsOf(other).includes('VBZ') && verbSeries(other, text.slice(other.length).split(/[.;]/u)[0] ?? ''))
    return { pattern: { name: 'verb-series', value: 0.6 }, text: other };
  const modal = MODAL_BE.exec(text);
  const copula = modal ?? /^(?:is|are|was|were)\b/iu.exec(text);
  if (!copula) return undefined;
  const afterCopula = copula[0].length + ADVERBS.exec(text.slice(copula[0].length))![0].length;
  // (a negating adverb among those skipped, `are rarely the ones that …`, `is seldom a city that …`, denies what follows:
  // the predicate is judged from it, as a `not` is)
  const denied = /\b(?:rarely|seldom|hardly|scarcely)\b/iu.exec(text.slice(copula[0].length, afterCopula));
  const judged = predicate(text.slice(denied ? copula[0].length + denied.index : afterCopula));
  if (!judged) return undefined;
  // (the adverbs were skipped to judge the noun phrase; an intensified judgement of worth is read with them)
  if (GRADED_WORTH.test(text.slice(copula[0].length).trimStart()))
    return { pattern: judged.pattern, text: copula[0], check: { name: 'evaluative (highly valuable …)', value: 0.3 } };
  // "Smart cities are the future": too little said to define anything; so is a genus with no differentia
  // (`a neoteric episode and phenomena`: adjectives and nouns only, nothing after the head that restricts it).
  const said = text
    .slice(afterCopula)
    .replace(/\.\.\./gu, '…')
    .split(/[.;]/u)[0]!;
  // (a contrast after the genus restricts nothing: `a tool, not a strategy`, `a decision aid before it is a map`)
  const genus = said.replace(
    /(?:\s*,\s*(?:not|but\s+not|rather\s+than)|\s+(?:before|rather\s+than|instead\s+of)(?:\s+(?:it|they)\s+(?:is|are))?)\s+(?:an?|the)\s[^,]*$/iu,
    '',
  );
  if (!judged.check && ((genus.match(/[\p{L}\p{N}]+/gu) ?? []).length < 4 || bareGenus(genus))) {
    return { pattern: judged.pattern, text: copula[0], check: { name: 'says too little', value: 0.5 } };
  }
  // `may be a 3D model, a simulation or a live operational system`: a modal before kinds offered as alternatives says
  // what the term can turn out to be, not what it is (no one genus for a differentia to restrict); so does a possibility
  // conceded, `may be a smart city, but it need not be` (modalLimit).
  const limited = modal && !judged.check ? modalLimit(said) : undefined;
  if (limited) return { pattern: judged.pattern, text: copula[0], check: limited };
  return {
    pattern: judged.pattern,
    text: copula[0],
    ...(judged.check ? { check: judged.check } : modal ? { check: { name: 'modal (can, may …)', value: 0.85 } } : {}),
  };
}

/** What a modal's complement says against a definition: kinds offered as alternatives, a possibility conceded (below). */
function modalLimit(said: string): Factor | undefined {
  if (ALTERNATIVE_KINDS.test(said)) return { name: 'alternative kinds (may be A, B or C)', value: 0.3 };
  return CONCEDED.test(said) ? { name: 'a possibility conceded (may be …, but need not be)', value: 0.3 } : undefined;
}

// `may be a smart city, but it need not be`: a possibility conceded and denied in the same breath relates two terms; it
// says what the term is not bound to be, not what it is. (`…, but they needn’t be`, `…, but it does not have to be`,
// `…, but not always`; commas bound the genus: linear)
const CONCEDED =
  /^[^,;]{1,120},\s+but\s+(?:(?:it|they)\s+(?:need\s+not|needn['’]t|(?:does|do)\s+not\s+have\s+to|(?:does|do)n['’]t\s+have\s+to|is\s+not\s+always|are\s+not\s+always)|not\s+(?:always|necessarily))\b/iu;

// Two or more noun phrases, each with its article, joined by `or` (commas before it): `a 3D model, a simulation or a
// live system`. (Each phrase stops at a comma, so the commas are read once: linear.)
// (or bare plurals, one word each, as a list of kinds: `may be tools, platforms or programmes`)
const ALTERNATIVE_KINDS =
  /^\s*(?:(?:an?|the)\s[^,;]{1,60}?(?:,\s*(?:an?|the)\s[^,;]{1,60}?)*,?\s+or\s+(?:an?|the)\s|\p{Ll}{2,30}s(?:,\s*\p{Ll}{2,30}s)*,?\s+or\s+\p{Ll}{2,30}s\b)/iu;

/**
 * `A digital twin of a city monitors …, simulates … and feeds …`: three or more present-tense verbs of the same
 * subject, coordinated in one sentence, say what the thing does (a definition by function, as a purpose does);
 * one verb alone describes. Verbs of state, having or giving do not count.
 */
function verbSeries(first: string, tail: string): boolean {
  if (isVerbOfHaving(first) || !/s$/u.test(first)) return false;
  const next = [...tail.matchAll(/(?:,\s+(?:and\s+)?|\s+and\s+)(?:\p{Ll}+ly\s+)?(\p{Ll}+s)\b/gu)].map((m) => m[1]!);
  const verbs = next.filter((w) => tagsOf(w).includes('VBZ') && !STATE_VERBS.test(w) && !isVerbOfHaving(w));
  return verbs.length >= 2;
}
