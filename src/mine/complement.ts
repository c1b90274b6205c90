// What a copula or a definitional predicate (`is`, `represents`, `constitutes`) says of the term, read
// from the structure of its complement rather than from its wording: a negated genus corrected by a
// positive one (`is not X but a city that …`), a noun phrase that gives the term a role or a value
// (`a key enabler in …`, `the way forward to …`) rather than a kind, and whether the positive genus has
// a differentia of its own. `predicate` in clauses.ts calls these before it reads the noun phrase.

/**
 * `not an isolated enclave or a gated city but a city that connects …`: the noun phrase after `but`
 * when a plain `not` negates a noun phrase and `but` (or `but rather`, `but instead`) corrects it.
 * `not only/just/merely X but (also) Y` adds to X rather than replacing it, and is not read here.
 */
export function contrastedGenus(complement: string): string | undefined {
  const m = /^not\s+(?:an?|the|one)\s[^.;:]{1,160}?,?\s+but\s+(?:rather\s+|instead\s+)?(?=(?:an?|the|one|ones)\s)/iu.exec(complement);
  if (!m) return undefined;
  const rest = complement.slice(m[0].length);
  // The corrected genus up to a new clause (`, and the rest of this chapter …`) or the sentence's end.
  const end = rest.search(/[.;]|,\s+(?:and|but|while|whereas|so|which)\s/u);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * `more than a static model — it is a platform that …`: the noun phrase that a comparison gives way to, when the
 * same sentence goes on, after a dash, a colon or a comma, with `it is` (`they are`) and a noun phrase.
 */
export function surpassedGenus(complement: string): string | undefined {
  const m =
    /^(?:much\s+|far\s+)?more\s+than\s+[^.;:—–]{1,160}?\s*(?:[—–]|:|,)\s*(?:it|they)\s*(?:is|are|['’]s|['’]re)\s+(?:also\s+|rather\s+|instead\s+)?(?=\p{L})/iu.exec(
      complement,
    );
  if (!m) return undefined;
  const rest = complement.slice(m[0].length);
  const end = rest.search(/[.;]|,\s+(?:and|but|while|whereas|so|which)\s/u);
  return end < 0 ? rest : rest.slice(0, end);
}

/**
 * `less a technology than a service contract: a standing promise that …`: the noun phrase a `less A than B` comparison
 * settles on (convention 12(b): it defines when B is a genus with a differentia, `definingGenus` in predicate.ts
 * judges), up to a new clause or the sentence's end.
 */
export function preferredGenus(complement: string): string | undefined {
  const m = /^less\s+(?:an?\s+|the\s+)?[^.;:—–,]{1,80}?\s+than\s+(?=(?:an?|the)\s)/iu.exec(complement);
  if (!m) return undefined;
  const rest = complement.slice(m[0].length);
  const end = rest.search(/[.;]|,\s+(?:and|but|while|whereas|so|which)\s/u);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Adjectives that rank a thing's importance to something else: `a key enabler`, `an essential tool`. */
const IMPORTANCE = /^(?:key|crucial|critical|vital|essential|important|indispensable|necessary)$/iu;

/**
 * A noun phrase that says what part the term plays or how it is valued, not what kind of thing it is:
 * its head ranked by an adjective of importance (`a key enabler in implementing …`), or a definite head
 * followed by an infinitive of purpose (`the way forward to improve …`, `the means to achieve …`).
 * `determiner` is the article already read; `after` the words after it.
 */
export function roleNotKind(determiner: string, after: string): string | undefined {
  // (the head then relates the term to something else, `in implementing …`, `for cities`; with a relative clause
  // of its own, `a powerful paradigm that applies …`, it is a genus with a differentia after all)
  const ranked = /^([\p{L}-]+)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:in|for|of|to|towards|within)\s/u.exec(after);
  if (ranked && IMPORTANCE.test(ranked[1]!)) return 'a role or a value (a key … in, an essential … for), not a kind';
  if (deonticRole(after)) return 'something to be done with it (infrastructure to be funded …), not a kind';
  // (`an alternative to solve …`, `the answer to congestion`: a head that stands for something else in relation to a
  // problem says what the term is used instead of or against, not what it is)
  if (
    /^(?:(?!(?:that|which|who|whose|where|whom)\s)[\p{L}-]+\s+){0,2}?(?:alternative|substitute|replacement|remedy|antidote|answer|response)s?\s+(?:to|for)\s/iu.test(
      after,
    )
  ) {
    return 'a stand-in or an answer to something (an alternative to …), not a kind';
  }
  // (`the cornerstone of digital transformation`, `a backbone for city services`: a head that says what the term holds up
  // or sets going, a metaphor of support, places it in something else)
  if (
    /^(?:(?!(?:that|which|who|whose|where|whom)\s)[\p{L}-]+\s+){0,2}?(?:cornerstone|backbone|keystone|linchpin|bedrock|centrepiece|centerpiece|catalyst|enabler|building\s+block)s?\s+(?:of|for|in|to)\s/iu.test(
      after,
    )
  ) {
    return 'a role (the cornerstone of …, a catalyst for …), not a kind';
  }
  // (`a bridge between two literatures`, `a meeting point between planning and computing`: a metaphor of position that says
  // what the term joins, not what kind of thing it is)
  if (
    /^(?:(?!(?:that|which|who|whose|where|whom)\s)[\p{L}-]+\s+){0,2}?(?:bridge|crossroads|meeting\s+point|middle\s+ground)s?\s+(?:between|across)\s/iu.test(
      after,
    )
  ) {
    return 'a position between other things (a bridge between …), not a kind';
  }
  if (/^the$/iu.test(determiner) && /^[\p{L}-]+(?:\s+(?:forward|ahead))?\s+to\s+(?:not\s+(?:only\s+)?)?\p{Ll}+/u.test(after)) {
    return 'a means or a way to something (the way forward to …), not a kind';
  }
  return undefined;
}

/** Determiner-led complements of a definitional verb other than the copula (`represents a concept which …`). */
export function determinerComplement(text: string): boolean {
  return /^\s*(?:an?|the|one)\s/iu.test(text);
}

/**
 * `infrastructure to be funded`, `a problem to be solved`: a head followed by a passive infinitive says what is to
 * be done with the thing (a task, a role), not what kind of thing it is.
 */
export function deonticRole(complement: string): boolean {
  // (modifiers and head only: a relative clause before the infinitive, `a city that uses data to be …`, is the differentia's)
  return /^\s*(?:(?:an?|the)\s+)?(?:(?!(?:that|which|who|whose|where|whom)\s)[\p{L}-]+\s+){0,3}?(?!(?:that|which|who|whose|where|whom)\s)[\p{L}-]+\s+to\s+be\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}(?:ed|en|wn|ght)\b/u.test(
    complement,
  );
}

/**
 * `Smart and sustainable cities — Vocabulary and analysis … Foreword NUSB … is a federation of …`: a finite copula
 * before any relative pronoun shows that what follows the dash or comma is the subject of a clause of its own (a
 * title run into the text), not a noun phrase set beside the term.
 */
export function clauseNotNounPhrase(apposed: string): boolean {
  const m = /\b(?:that|which|where|whose|who|whom)\b|\b(?:is|are|was|were)\b/iu.exec(apposed);
  return m !== null && /^(?:is|are|was|were)$/iu.test(m[0]);
}
