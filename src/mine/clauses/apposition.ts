import type { Citation } from '../citations.js';
import { clauseNotNounPhrase } from '../complement.js';
import { isNoun, tagsOf } from '../lexicon.js';
import { build } from './build.js';
import { voiceOf } from './lead-in.js';
import { predicate } from './predicate.js';
import type { Clause, Factor } from './types.js';

// Apposition: a noun phrase set beside the term, a genus with its own complement, defines the term wherever it
// stands in its sentence, as a subject or after a verb or a preposition.

// `the smart city, i.e. an urban area in which …`, `a sustainable city — a city that …`, `digital
// twins, that is, virtual replicas of …`: a noun phrase set beside the term defines it wherever the term sits.
// (a non-restrictive relative with a copula or a naming verb restates it too: `the sustainable city, which is a city
// friendly for …`, `“digital twins”, which are exact virtual representations in …`, `a smart sustainable city, by which
// we mean a city that …`)
const APPOSITION =
  /^\s*(?:,\s*(?:i\.\s?e\.|that\s+is|namely|in\s+other\s+words)\s*,?|\s\(\s*(?:i\.\s?e\.|that\s+is),?|\s*[—–]\s*(?:that\s+is|i\.\s?e\.),?\s|\s+[—–]\s+|—|,\s*(?:which\s+(?:is|are)|by\s+which\s+(?:we|i|they|the\s+\p{L}+)\s+means?)\s)\s*/iu;

// The dash that closes an apposition opened by one, the sentence going on after it (an em dash, or a spaced en or em dash).
const CLOSING_DASH = /\s*—\s*(?=\p{Ll})|\s[–—]\s+(?=\p{Ll})/u;

/** The part between dashes opens with the term again (`the digital twin cities, of which …`, `these smart cities`). */
export function restatesTerm(term: string, part: string): boolean {
  const bare = (t: string) => t.toLowerCase().replace(/^(?:an?|the|these|those|such)\s+/u, '');
  const named = bare(term);
  return named.length > 0 && bare(part.trimStart()).startsWith(named);
}

export function appositionClause(
  sentence: string,
  prefix: string,
  np: { start: number; end: number; checks: Factor[] },
  term: string,
  citations: readonly Citation[],
): Clause | undefined {
  const m = APPOSITION.exec(sentence.slice(np.end)) ?? commaApposition(sentence, prefix, np);
  if (!m) return undefined;
  // (`Songdo is a smart city, which is a city of …`: the term said of something else, the relative says more of that)
  if (/^,\s*which\b/iu.test(m[0]) && /\b(?:is|are|was|were|becomes?|became|remains?)\s+$/iu.test(prefix)) return undefined;
  // `digital twins—virtual replicas of …—are transforming …`: a noun phrase between two dashes ends at the second.
  const dashed = /[—–]/u.test(m[0]) ? CLOSING_DASH.exec(sentence.slice(np.end + m[0].length)) : null;
  // (`an urban digital twin (that is, a virtual replica of …) by 2027`: one in parentheses ends at the closing one)
  const closing = /\(/u.test(m[0]) ? /^[^()]*(?=\))/u.exec(sentence.slice(np.end + m[0].length)) : null;
  // (`digital twins, i.e. virtual copies of …, and to their use in …`: a comma, a conjunction and a preposition resume the
  // sentence around the term; so does `, or any other …`, `, and other …`, the next item of a list the term is one of)
  const resumed = /^,\s*(?:i\.\s?e\.|that\s+is|namely)/iu.test(m[0])
    ? /,\s+(?:and|or)\s+(?:(?:to|in|on|at|for|with|from|by|across)\s|(?:any\s+)?other\s)/u.exec(sentence.slice(np.end + m[0].length))
    : null;
  const after = dashed ?? closing ?? resumed;
  const limit = after ? np.end + m[0].length + (after === closing ? closing[0].length : after.index) : undefined;
  const rest = sentence.slice(np.end + m[0].length, limit);
  // (`the smart city—particularly the growth of smart cities—has become …`: a focus or an example set off, not a gloss)
  // (nor the term named again, `Digital twin cities – the digital twin cities, of which we have talked for years – are …`: an aside)
  if (
    /[—–]/u.test(m[0]) &&
    (/^(?:particularly|especially|notably|mainly|chiefly|above\s+all|in\s+particular|including|for\s+example|e\.\s?g\.)\b/iu.test(rest) ||
      restatesTerm(sentence.slice(np.start, np.end), rest))
  )
    return undefined;
  // A noun phrase with its own complement: a genus and a relative clause or a prepositional phrase.
  const judged = predicate(rest);
  if (clauseNotNounPhrase(rest)) return undefined;
  if (
    !judged ||
    judged.check ||
    // (premodifiers may be set off by commas: `a dynamic, virtual replica of …`)
    (!/^(?:(?:an?|the)\s+)?[\p{L}\p{N}-]+(?:,?\s+[\p{L}\p{N}-]+){0,3}\s+(?:that|which|where|whose|who|in\s+which|of|for|with)\b/iu.test(rest) &&
      // (after `which is`, a head with any prepositional complement: `exact virtual representations in terms of …`)
      !(/^,\s*(?:which|by)\b/iu.test(m[0]) && /^(?:(?:an?|the)\s+)?[\p{L}\p{N}-]+(?:,?\s+[\p{L}\p{N}-]+){0,3}\s+(?:in|on|from|at|to)\b/iu.test(rest)))
  )
    return undefined;
  // A dash after a sentence-initial term is a glossary line, read elsewhere.
  // (unless a second dash closes it and the sentence goes on: `The concept of digital twins—a … representation …—has entered …`)
  if (!prefix.trim() && /[—–]/u.test(m[0]) && !dashed) return undefined;
  return build(sentence, {
    ...(limit !== undefined ? { limit } : {}),
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
