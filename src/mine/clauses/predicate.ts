import { contrastedGenus, preferredGenus, roleNotKind, surpassedGenus } from '../complement.js';
import { isAdjective, isNoun, tagsOf } from '../lexicon.js';
import type { Factor } from './types.js';
import { FINITE, RELATIVE } from './words.js';

// What a copula or a defining verb says of the term: a noun phrase with a differentia (`a city that uses …`)
// defines; an adjective, a comparison, a negation, a ranking or a bare genus (`the future`, `a buzzword`) does
// not. Most families judge their complement here.

// Nouns about the term rather than the city: a definition only when a definiens follows them.
// (what the concept answers is one: `a concept created in response to the problems of rapid urbanisation`, `a concept born
// from …`, `a paradigm developed to address …`; a coinage, `a term coined by IBM`, is history and stays out)
const META_NOUNS = /^(?:concept|term|notion|idea|label|word|phrase|expression|category|paradigm|construct|vision|umbrella|name|designation)s?\b/iu;
// Nouns that judge or place the concept: never a definition unless "that describes …" follows.
const EVALUATIVE_HEADS =
  /^(?:buzzword|phenomenon|trend|topic|field|domain|catchphrase|slogan|fashion|hype|agenda|subject|focus|theme|object|aim|goal|purpose|priority|future|challenge|opportunity|reality|promise|answer|solution|response|necessity|must|success|failure|myth|fad|matter|question)s?\b/iu;
// (a colon, then an indefinite noun phrase of up to four words and a relative, a participle in -ed or a comma after its head)
const RESTATED_AFTER_COLON = /^[^.;:!?]{0,80}:\s*an?\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+(?:\s+(?:that|which|who|whose|where|in\s+which|\p{Ll}+ed)\b|\s*,)/u;

/** `a promise kept in software`, `a shared utility`: an indefinite noun phrase whose head (after adjectives) judges the term. */
export function evaluativeHead(said: string): boolean {
  const words =
    /^\s*an?\s+(.*)$/iu
      .exec(said)?.[1]
      ?.match(/[\p{L}][\p{L}'’-]*/gu)
      ?.slice(0, 6) ?? [];
  const at = words.findIndex((w) => EVALUATIVE_HEADS.test(w));
  return at >= 0 && words.slice(0, at).every((w) => isAdjective(w) && !DIFFERENTIA.test(w));
}

// Nouns that place the term among other things or price it, whatever follows them.
// (`the result of … strategies`, `a process rather than a static outcome`: a result or outcome may define)
// (or in a lineage, `the evolution of systems modelling`, `the successor of the dashboard`: where it came from, not what it is)
// (or as a newcomer among them, `a newcomer to this vocabulary`, `a late arrival in the field`: when it came, not what it is)
const PLACING_HEADS = /^(?:example|instance|part|symptom|investment|undertaking|expense|evolution|successor|culmination|heir|newcomer|latecomer|arrival)s?$/iu;
const META_CONTINUATION =
  /^(?:…|\.\.\.|\s|[‘’'"“”,])*(?:(?:that|which)\s+(?:is\s+used\s+to\s+|are\s+used\s+to\s+|can\s+be\s+used\s+to\s+)?(?:describes?|refers?\s+to|denotes?|designates?|represents?|captures?|means?|covers?|encompass(?:es)?|encapsulates?|embraces?|unites?|integrates?|merges?|spans?|stands?\s+for|signif(?:y|ies)|includes?|combines?|brings?\s+together)|used\s+to\s+(?:describe|refer|denote|designate)|(?:given|applied)\s+to|used\s+for|(?:describing|referring\s+to|denoting|designating)|of|for|in\s+which|where|(?:focus(?:s)?ed|based|built|cent(?:er|re)d|grounded|rooted|premised|concerned|aimed|oriented|organi[sz]ed)\s+(?:on|upon|in|with|at|around|towards?)|(?:born|created|developed|devised|conceived|formulated|designed)\s+(?:from|out\s+of|(?:in|as\s+an?)\s+(?:response|answer)\s+to|to\s+(?:address|tackle|solve|respond\s+to|meet|deal\s+with|cope\s+with)))\b/iu;

// Words that open what restricts a head noun: a preposition, a relative, an infinitive, a participle or a conjunction of clauses.
const DIFFERENTIA =
  /^(?:of|that|which|where|whose|who|whom|when|in|for|with|to|by|on|at|from|through|via|into|within|across|between|among|than|whereby|wherein|as|like|without|under|over|but|while|not)$/iu;

/** An article, then up to eight adjectives and nouns (`and`, `or` between) and nothing else: a genus with no differentia. */
export function bareGenus(said: string): boolean {
  const m = /^(?:an?|the)\s+([\p{L}\s-]+)$/iu.exec(said.trim());
  if (!m) return false;
  const words = m[1]!.split(/\s+/u);
  // (a participle restricts the genus, `a city using sensors`; a noun in -ing before the head modifies it, `a marketing category`)
  const modifier = (w: string, i: number) => i < words.length - 1 && /ing$/iu.test(w) && tagsOf(w)[0] === 'NN';
  // (a hyphenated compound before the head is an adjective, not a participle clause: `a long-dated bet`, `an open-ended
  // experiment`; the hyphen binds it to its first part, so nothing follows the head to restrict it)
  const compound = (w: string, i: number) => i < words.length - 1 && /^\p{L}+-\p{L}+(?:ed|ing)$/iu.test(w);
  return words.length <= 8 && words.every((w, i) => !DIFFERENTIA.test(w) && (!/(?:ed|ing)$/iu.test(w) || modifier(w, i) || compound(w, i)));
}

/**
 * `a moving target`, `a contested ideal`: an article, a participle and a one-word head, nothing after. The participle
 * describes the head before it is named, so nothing restricts the genus (`a city using sensors` puts it after the head).
 */
export function participleGenus(said: string): boolean {
  return /^\s*(?:an?|the)\s+\p{Ll}{3,}(?:ing|ed)\s+\p{L}[\p{L}-]*\s*$/u.test(said);
}

/** `a newcomer to this vocabulary`, `a good example of …`: an article, adjectives only, then a head that places the term (PLACING_HEADS). */
export function placedGenus(said: string): boolean {
  const m = /^\s*[“"‘]?(?:an?|the)\s+/iu.exec(said);
  if (!m) return false;
  const words =
    said
      .slice(m[0].length)
      .match(/[\p{L}][\p{L}'’-]*/gu)
      ?.slice(0, 6) ?? [];
  const at = words.findIndex((w) => PLACING_HEADS.test(w));
  return at >= 0 && words.slice(0, at).every((w) => isAdjective(w) && !DIFFERENTIA.test(w));
}

/** `a goal`, `a long-term priority`: a bare genus whose head judges or places the term (EVALUATIVE_HEADS), the sentence ending after it. */
export function bareEvaluative(said: string): boolean {
  const t = said.trim().replace(/[\s.!?]+$/u, '');
  return bareGenus(t) && EVALUATIVE_HEADS.test(t.split(/\s+/u).at(-1)!);
}

// `a kind of city`, `a type of place`: a category named by its class noun, what sort of thing the term is taken for.
const KIND_OF = /^(?:an?|the)\s+(?:kind|type|sort|form|category|class|species|variety)\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu;
// `a horizon of policy`, `a matter of governance`: a genus with one short `of` phrase and nothing else.
export const GENUS_OF_NOUN = /^(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+of\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu;

/**
 * `a question of rights`, `a matter of governance`: a genus with one short `of` phrase (GENUS_OF_NOUN) whose head judges or
 * places the term (EVALUATIVE_HEADS), the phrase ending after it: what the term is taken as, not a kind with a differentia.
 */
export function evaluativeOf(said: string): boolean {
  const t = said.trim().replace(/[\s.!?]+$/u, '');
  if (!GENUS_OF_NOUN.test(t)) return false;
  const words = t.split(/\s+/u);
  return EVALUATIVE_HEADS.test(words[words.lastIndexOf('of') - 1] ?? '');
}

/**
 * Two genera set against each other that say no more than which they are (`a budget line rather than a strategy`), or
 * what kind of thing the term is taken for against a kind it is not (`a tool rather than a kind of city`, `a horizon of
 * policy rather than a type of place`): a framing, not a definition. `parts` are the sides of `rather than`/`instead of`.
 */
export function bareContrast(parts: readonly string[]): boolean {
  if (parts.length > 2) return false;
  if (parts.every((p) => bareGenus(p))) return true;
  const plain = (p: string) => bareGenus(p) || GENUS_OF_NOUN.test(p.trim());
  return parts.length === 2 && KIND_OF.test(parts[1]!.trim()) && plain(parts[0]!);
}

/**
 * A genus that a negation or a comparison gives way to defines when it is a noun phrase of four words or more with a
 * differentia. A head with one short `of` phrase and nothing else (`a programme of work`, `a matter of trust`) is as bare
 * as the head alone, as `bareContrast` reads it (convention 12: `is less a place than a programme of work` evaluates).
 */
function definingGenus(genus: string | undefined): boolean {
  if (genus === undefined) return false;
  const judged = predicate(genus);
  const words = (genus.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return judged !== undefined && !judged.check && words >= 4 && !bareGenus(genus) && !GENUS_OF_NOUN.test(genus.trim().replace(/[\s.!?]+$/u, ''));
}

/**
 * What follows `one` restricts it: a relative (a quotation may open first, `one “where every …`), `with`, `in`, `whose`,
 * or a contact clause without a relative pronoun (`one your grandchildren can still afford to live in`: a pronoun or
 * possessive subject and its auxiliary).
 */
function restrictsOne(after: string): boolean {
  const unquoted = after.replace(/^[“"‘']\s*/u, '');
  return (
    RELATIVE.test(unquoted) ||
    /^(?:with|in|whose)\b/iu.test(unquoted) ||
    /^(?:you|we|they|i|people|your|our|their|his|her|its|my)\s+(?:\p{L}+\s+){0,2}(?:can|could|will|would|may|might|should|must|do|does|did)\b/iu.test(unquoted)
  );
}

/** `highly valuable tools for planning`, `an extremely useful instrument`: a graded judgement of worth, not a kind. */
export const GRADED_WORTH =
  /^(?:(?:an?|the)\s+)?(?:highly|very|extremely|particularly|especially|increasingly|incredibly|immensely|truly)\s+(?:valuable|useful|important|promising|powerful|effective|popular|helpful|beneficial|relevant|attractive|interesting|successful)\b/iu;

/**
 * `only valuable when it answers …`, `useful only if …`, `worth building once …`: the conditions of its worth, a judgement,
 * not a kind (`is smart when …`, the condition of being the term, may define: it is read on).
 */
const CONDITIONAL_WORTH =
  /^(?:(?:only|just|most|truly|really|ever)\s+)?(?:valuable|useful|worthwhile|worth\s+[\p{L}-]+|effective|successful|helpful|beneficial|meaningful)\s+(?:(?:only|just)\s+)?(?:when|if|where|once|as\s+long\s+as|insofar|to\s+the\s+extent)\b/iu;

// (up to four words of the genus, none of them opening a differentia; then `and` with a modal of ability or need)
const BARE_GENUS_THEN_JUDGEMENT =
  /^(?:an?|the)\s+(?:(?!(?:that|which|who|whose|where|whom|of|in|for|with|to|by|on|at|from)\s)[\p{L}-]+\s+){0,3}[\p{L}-]+,?\s+(?:and|but)\s+(?:cannot|can\s+not|can['’]t|will\s+not|won['’]t|must|should|need\s+not|needs\s+to|may\s+not)\s/iu;

/**
 * The genus a comparison gives way to, as `not X but Y`: `more than a model — it is a platform that …`, `less a drawing
 * than a ledger: a shared record … that …` (convention 12(b)).
 */
function comparedGenus(t: string): { pattern: Factor } | undefined {
  if (definingGenus(surpassedGenus(t))) return { pattern: { name: 'more-than-x-it-is-y', value: 0.8 } };
  if (definingGenus(preferredGenus(t))) return { pattern: { name: 'less-x-than-y', value: 0.8 } };
  return undefined;
}

// (three noun phrases, each `a N for X`, the last after `and` or `or`; bounded words, so linear)
const PER_READER =
  /^(?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:for|to)\s+(?:the\s+)?[\p{L}-]+,\s+(?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:for|to)\s+(?:the\s+)?[\p{L}-]+,?\s+(?:and|or)\s+(?:an?|the)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:for|to)\s+(?:the\s+)?[\p{L}-]+\b/iu;

// What the predicate is judged to be: the pattern read, and the check that weakens it (`reject`: a copula whose complement does not define).
type Judged = { pattern: Factor; check?: Factor };
const reject = (name: string, value = 0.2): Judged => ({ pattern: { name: 'copula', value: 0.9 }, check: { name, value } });

/** A negated complement: `not an isolated enclave but a city that connects …`, a negated genus corrected by a positive one with a differentia, defines. */
function negated(t: string): Judged {
  const corrected = contrastedGenus(t);
  // (`not a neutral description, the network argues, but a claim about who should govern`: what the term does as a word,
  // set against another use of it; the thing it names is not defined)
  if (corrected !== undefined && /^not\s+(?:an?|the|one)\s+(?:[\p{L}-]+\s+)?(?:description|label|term|word|name|definition|designation)s?\b/iu.test(t))
    return reject('the term as a word (not a description but …)', 0.3);
  if (definingGenus(corrected)) return { pattern: { name: 'not-x-but-y', value: 0.85 } };
  return reject('negated');
}

/** What a copula says of the term: a noun phrase defines; an adjective, a comparison or a negation does not. */
export function predicate(text: string): Judged | undefined {
  // `is: A city that …` (a colon before a set-off definiens), quotes, an opening ellipsis.
  const t = text.replace(/^[:;]?\s*[‘'"“]?\s*(?:…|\.\.\.)?\s*[‘'"“]?\s*/u, '');
  const opened = openingJudgement(t);
  if (opened !== null) return opened;
  // (`a direction of travel more than a destination`, `a process rather than a product`: two bare genera set against each
  // other after the copula say which the term is more like, a framing (convention 12(b), as `less a place than a promise`);
  // the clause read to its first stop, 300 characters at most)
  const sides = /^[^.;:!?]{0,300}/u.exec(t)![0].split(/\s+(?:more|rather)\s+than\s+/u);
  if (sides.length === 2 && bareGenus(sides[1]!) && (bareGenus(sides[0]!) || GENUS_OF_NOUN.test(sides[0]!.trim())))
    return reject('two bare genera set against each other (a path more than a destination)', 0.3);
  const det = /^(a|an|the|one|ones|those|any|each)\b\s*/iu.exec(t);
  if (det) return determinedPredicate(det[1]!.toLowerCase(), t.slice(det[0].length));
  return bareNounPhrase(t);
}

/**
 * What the predicate's first words settle before any article: a negation, a comparison, a purpose, a claim, a locus, a
 * pronoun or a judgement of worth. `null` when none of them opens it (`undefined` is itself an answer: no predicate).
 */
function openingJudgement(t: string): Judged | undefined | null {
  if (/^(?:not|no|never|neither|nor|hardly|rarely|seldom|far\s+from)\b/iu.test(t)) return negated(t);
  if (/^(?:more|less|fewer|greater|larger|bigger|smaller|better|worse|rather|much\s+more|far\s+more)\b/iu.test(t))
    return comparedGenus(t) ?? reject('a comparison');
  if (/^to\s+\p{L}/iu.test(t)) return reject('a purpose (is to …)', 0.3);
  // `is planned and designed to minimize …`: how a kind is made, by what it is made for; weak, as a
  // present verb with a purpose is (`expected to`, `intended to` stay claims).
  if (/^(?:(?:planned|designed|built|engineered|developed)\s+and\s+)?(?:designed|built|engineered)\s+to\s+\p{L}/iu.test(t))
    // (`designed to serve corporations rather than residents` judges it by a contrast: a critique, not a definition)
    // (any contrastive `not` before a noun phrase: `…, not the residents who …`, `not by its residents`)
    return /^[^.;]{0,200}?\b(?:rather\s+than|instead\s+of|not\s+(?:for|to|by|the|a|an|its|their|those|his|her|our))\b/iu.test(t)
      ? { pattern: { name: 'designed-to', value: 0.7 }, check: { name: 'a contrast (rather than …)', value: 0.6 } }
      : { pattern: { name: 'designed-to', value: 0.7 } };
  if (
    /^(?:expected|likely|unlikely|able|unable|set|about|going|bound|due|supposed|meant|designed|intended|planned|projected|estimated|predicted|poised|said|believed|thought|claimed|known|found|shown|argued|reported)\s+to\b/iu.test(
      t,
    )
  ) {
    return reject('a claim about it (expected to, said to …)', 0.3);
  }
  // `… is where the money is going to be`, `are increasingly the place where the two meet`: a place where something
  // already named (the …, both) happens, not what the term is (`is where smart solutions … play a vital role` may define).
  if (/^(?:the\s+(?:place|point|site|arena|ground|space|meeting\s+point)\s+)?(?:where|at\s+which|in\s+which)\s+(?:the|these|those|both)\b/iu.test(t))
    return reject('a locus of something named (is where the …)', 0.3);
  if (/^(?:where|when)\b/iu.test(t)) {
    // `… are also where most new sensors will be installed`: a forecast about them, not what they are.
    if (/\b(?:will|shall|is\s+(?:expected|set|likely)\s+to|are\s+(?:expected|set|likely)\s+to)\b/iu.test(t.split(/[.;]/u)[0]!))
      return reject('a forecast (will …)', 0.3);
    return { pattern: { name: 'is-where', value: 0.75 } };
  }
  // `is that city that is efficient …`, `is that place where …`: the demonstrative before a noun and its restrictive
  // relative points forward to the relative, as `the city that …` does; read as the article.
  const pointing = /^that\s+(?=[\p{L}-]+(?:\s+[\p{L}-]+)?\s+(?:that|which|where|whose|in\s+which)\s)/iu.exec(t);
  if (pointing) return predicate(`the ${t.slice(pointing[0].length)}`);
  if (/^(?:what|how|why|whether|that)\b/iu.test(t)) return undefined;
  // `is something a council does rather than something a city has`, `are something far more intangible`: an indefinite
  // pronoun names no genus (as a free relative, `is whatever a council can procure`, names none: convention 12).
  // (`nothing more exotic than a map that …` gives way to a genus, as a comparison may: not read here)
  if (/^(?:something|anything)\b/iu.test(t)) return reject('an indefinite pronoun (is something …), not a genus', 0.3);
  // (`are whatever the funders decide they are`: a free relative with no genus, a criticism, convention 12(c))
  if (/^(?:whatever|whichever)\b/iu.test(t)) return reject('a free relative (is whatever …), not a genus', 0.3);
  if (GRADED_WORTH.test(t)) return reject('evaluative (highly valuable …)', 0.3);
  if (CONDITIONAL_WORTH.test(t)) return reject('evaluative (only valuable when …)', 0.3);
  // `is a city for planners, a system for engineers and a market for firms`: a different thing to each reader, the
  // writers' summary of how views part, not one genus with its differentia
  if (PER_READER.test(t)) return reject('a different genus for each group (a city for planners, a system for engineers …)', 0.3);
  // `a long-term ambition and cannot be measured …`: a bare genus, then what cannot or must be done with the term: a
  // judgement of it (convention 11), not a kind with its differentia
  if (BARE_GENUS_THEN_JUDGEMENT.test(t)) return reject('a bare genus, then what can or must be done with it', 0.3);
  return null;
}

/** A predicate opened by an article or a determiner (`word`, lower case): a noun phrase, unless its head judges or places the term. */
function determinedPredicate(word: string, after: string): Judged {
  const role = roleNotKind(word, after);
  if (role) return reject(role, 0.3);
  if ((word === 'one' || word === 'ones') && /^(?:of|among)\b/iu.test(after)) return reject('one of many (evaluative)', 0.3);
  // (`is one model of the city that …`: `one` as a numeral before a singular noun is the indefinite article's sense)
  const noun = word === 'one' && !restrictsOne(after) ? /^[\p{L}-]+/u.exec(after)?.[0] : undefined;
  if (noun && tagsOf(noun.toLowerCase())[0] === 'NN') return determinedPredicate('a', after);
  if (word === 'one' || word === 'ones' || word === 'those') {
    return restrictsOne(after) ? { pattern: { name: 'is-one-that', value: 0.95 } } : reject('no noun phrase', 0.3);
  }
  // `the newest addition to its toolkit`, `the most discussed topic`: a ranking, not a definition.
  const ranked = /^(?:most|least|newest|latest|best|worst|biggest|largest|greatest|first|last|next|ultimate|\p{L}+est)\b/iu.exec(after);
  if (
    word === 'the' &&
    ranked &&
    (tagsOf(ranked[0]).some((t) => t === 'JJS' || t === 'RBS') || /^(?:first|last|next|ultimate|newest|latest)$/iu.test(ranked[0]))
  ) {
    if (!/^[^.;]{0,60}?\b(?:that|which|where|in\s+which|whose)\b/iu.test(after)) return reject('a ranking (the newest, the most …)', 0.3);
  }
  // `the older of the two ideas`, `the larger of them`: a comparison between things, not a kind.
  const compared = /^([\p{L}-]+)\s+of\b/u.exec(after);
  if (word === 'the' && compared && /^(?:JJR|RBR)/.test(tagsOf(compared[1]!)[0] ?? '')) return reject('a comparison (the older of …)', 0.3);
  // `a multi-faceted one, which …`: adjectives before the pronoun `one` and nothing restricting it say how it is, not what.
  if ((word === 'a' || word === 'an') && /^(?:[\p{L}-]+\s+){1,3}ones?\s*(?:[,;.)]|$)/u.test(after))
    return reject('an adjective with “one”, not a noun phrase', 0.3);
  // The noun the article opens: a meta noun (concept, term …) defines only with a definiens after it.
  const words = [...after.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)].slice(0, 12);
  for (const w of words) {
    if (/^(?:of|that|which|where|in|for|with|to|whose|who)$/iu.test(w[0])) break;
    const rest = after.slice(w.index + w[0].length);
    if (META_NOUNS.test(w[0])) {
      // `a term that has gained traction in academia … to describe cities that …`
      const describes = /^\s*,?\s*(?:that|which)\b[^.;]{0,200}?\bto\s+(?:describe|refer\s+to|denote|designate|characteri[sz]e|name)\b/iu.test(rest);
      // `a paradigm that applies advanced technologies to urban environments`: a means put to a use, as `uses-to` reads it.
      const applies = /^\s*,?\s*(?:that|which)\s+(?:applies|uses|leverages|employs|harnesses|exploits|deploys|utili[sz]es)\b[^.;]{0,200}?\bto\s+\p{L}/iu.test(
        rest,
      );
      // `the name given to the 2019 exhibition`: a name for one particular thing, not a kind.
      if (/^\s+(?:given|applied)\s+to\s+(?:the\s+)?(?:\d|\p{Lu})/u.test(rest)) return reject('names a particular thing', 0.3);
      return META_CONTINUATION.test(rest) || /^\s+to\s+\p{L}/u.test(rest) || describes || applies
        ? { pattern: { name: 'is-a-term-that', value: 0.85 } }
        : reject('evaluative (a concept, a term …)', 0.3);
    }
    // `a model for other cities` is an example to follow; `a 3D model linked to live data` is a thing.
    // (only after adjectives: a noun before it, `a business model for …`, `a data model for …`, names a kind of model)
    const head = words.slice(0, words.indexOf(w)).every((x) => isAdjective(x[0]));
    if (head && /^models?$/iu.test(w[0]) && /^\s+(?:for|to\s+(?:follow|be\s+followed|emulate))\b/iu.test(rest))
      return reject('an example to follow (a model for …)', 0.3);
    // `a good example of …`, `a key part of …`, `an expensive undertaking`, `a work in progress`: the head noun
    // (after adjectives only) places or prices the term among other things and says nothing of what it is.
    if (head && (PLACING_HEADS.test(w[0]) || (/^(?:work|case)$/iu.test(w[0]) && /^\s+in\s+(?:progress|point)\b/iu.test(rest))))
      return reject('places or judges it (an example of, a part of, an investment …)', 0.3);
    if (EVALUATIVE_HEADS.test(w[0])) {
      if (/^(?:…|\.\.\.|\s|[‘’'"“”,])*(?:that|which)\s+(?:describes?|refers?\s+to|denotes?|designates?|means?)\b/iu.test(rest))
        return { pattern: { name: 'is-a-term-that', value: 0.85 } };
      // (`a promise kept in software: a model that stays true to its city …`: the figure restated after a colon as a
      // genus with its differentia, which defines; up to 80 characters before the colon)
      return (word === 'a' || word === 'an') && RESTATED_AFTER_COLON.test(rest.slice(0, 200))
        ? { pattern: { name: 'is-a', value: 0.85 } }
        : reject('says what it is for or about, not what it is', 0.3);
    }
  }
  return { pattern: { name: 'is-a', value: 0.9 } };
}

/** A predicate with no article: a bare noun phrase (`virtual simulations of …`), a list of adjectives, or a state. */
function bareNounPhrase(t: string): Judged {
  const first = /^[\p{L}][\p{L}'’-]*/u.exec(t)?.[0] ?? '';
  const tags = tagsOf(first);
  if (/ing$/i.test(first) && tags.includes('VBG') && !tags[0]!.startsWith('NN')) return reject('a change (is growing …)');
  if (isNoun(first) && !tagsOf(first).includes('JJ') && !/^(?:[\p{Lu}])/u.test(first)) return { pattern: { name: 'is-np', value: 0.85 } };
  // "well managed, integrated physical and digital infrastructures that provide …"
  const scan = t.split(/[;:.]/u)[0]!;
  const tokens = [...scan.matchAll(/[\p{L}][\p{L}'’-]*/gu)].slice(0, 16);
  const participle = verbParticiple(t, first, tags);
  for (let i = 0; i < tokens.length - 1; i++) {
    const w = tokens[i]![0];
    // A preposition before any noun head: `central to urban policy`, `important for cities`.
    if (FINITE.test(w) || /^(?:to|in|of|for|with|on|at|by|from|as|than|into|like|about|over|under|between|across|within|through|among)$/iu.test(w)) break;
    const next = scan.slice(tokens[i]!.index + w.length).trimStart();
    if (RELATIVE.test(next) && !/ly$/i.test(w) && (isNoun(w) || tagsOf(w).length === 0)) return { pattern: { name: 'is-np', value: 0.85 } };
    // "virtual simulations of physical objects": a noun head followed by its complement.
    // (a plural the lexicon lacks, `replicas`, counts as a noun).
    const noun = (isNoun(w) && !/^(?:JJ|VB|RB)/.test(tagsOf(w)[0]!)) || (tagsOf(w).length === 0 && /\p{Ll}s$/u.test(w));
    if (!participle && noun && /^(?:of|for|with|in|on|from|between|across|within|at|by)\b/iu.test(next)) return { pattern: { name: 'is-np', value: 0.85 } };
  }
  return adjectiveList(scan) ? { pattern: { name: 'adjective-list', value: 0.75 } } : reject('an adjective or a state, not a noun phrase', 0.3);
}

/** An adjective, a participle, or a word the lexicon lacks with an adjective's ending (`polycentric`). */
function adjectiveLike(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return /\p{Ll}(?:ic|al|ous|ive|ent|ant|able|ible|ful|less|ary|ed)$/u.test(word);
  // (a participle the lexicon lists as a past tense first: `networked`)
  return isAdjective(word) || tags.includes('VBN') || (tags.includes('VBD') && /ed$/iu.test(word));
}

/**
 * `connected, intelligent and optimized by a municipality to …`: three or more coordinated predicate adjectives say what
 * the term is (convention 8 names predicate adjectives); one or two judge it (`is expensive and slow`).
 * At least three coordinated adjectives at the predicate's start (an adverb may stand before each: `ecologically aware`),
 * two commas between them or `and` before the last: `compact, polycentric, ecologically aware …`.
 */
function adjectiveList(scan: string): boolean {
  const tokens = [...scan.slice(0, 240).matchAll(/[\p{L}][\p{L}'’-]*|,/gu)].map((m) => m[0]);
  let items = 0;
  let commas = 0;
  let joined = false;
  let i = 0;
  while (i < tokens.length) {
    if (/ly$/iu.test(tokens[i]!) && i + 1 < tokens.length && tokens[i + 1] !== ',') i++;
    if (!adjectiveLike(tokens[i]!) || /^(?:and|or)$/iu.test(tokens[i]!)) break;
    items++;
    i++;
    if (tokens[i] === ',') {
      commas++;
      i++;
    }
    if (/^and$/iu.test(tokens[i] ?? '')) {
      if (items < 2) return false;
      joined = true;
      i++;
      continue;
    }
    if (joined) break;
  }
  // (after `and` the list ends with the item read; without it the list ends at the first word that is not an item)
  return items >= 3 && (joined || commas >= 2);
}

/**
 * The predicate opens with a verb's participle (`based on …`, `made up of …`), not one that modifies what follows it
 * (`advanced digital replicas of …`: straight before a noun or an adjective).
 */
function verbParticiple(t: string, first: string, tags: readonly string[]): boolean {
  if (!(/^VB[ND]/.test(tags[0] ?? '') || (/ed$/i.test(first) && tags.includes('VBN')))) return false;
  const second = /^[\p{L}][\p{L}'’-]*\s+([\p{L}][\p{L}'’-]*)/u.exec(t)?.[1] ?? '';
  const modifies =
    second !== '' &&
    !/^(?:to|in|of|for|with|on|at|by|from|as|up|out|into|than|and|or|but|around|through|over|under|across|within|between|among)$/iu.test(second) &&
    tagsOf(second).some((x) => /^(?:NN|JJ)/u.test(x));
  return !modifies;
}
