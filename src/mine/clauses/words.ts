import { tagsOf } from '../lexicon.js';

// Word classes several pattern families share: relative pronouns, finite auxiliaries, verbs of state and the
// present tense. Kept apart so that the families depend on them, not on each other.

// (a preposition may lead the relative pronoun: `models to which time has been added`, `a platform on which …`)
export const RELATIVE =
  /^(?:that|which|where|whose|who|wherein|(?:in|to|on|at|for|from|with|through|by|under|into|upon|within|around|across)\s+wh(?:ich|om))\b/iu;
// Verbs that say what a city needs, has or undergoes, not what it is.
export const STATE_VERBS =
  /^(?:needs?|requires?|faces?|gets?|wants?|costs?|attracts?|grows?|becomes?|seems?|appears?|remains?|tends?|struggles?|fails?|depends?|lacks?|risks?|promises?|aims?|seeks?|strives?|hopes?|plans?|tries|try|continues?|starts?|begins?|helps?|allows?|enables?|must|should|will|would|could|might|may|can|emerged?|emerges|exists?|raises?|poses?|calls?|asks?|wishes?|intends?|expects?|takes?|spends?|invests?|gains?|loses?|competes?|ranks?)$/u;
export const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|do|does|did|may|might|must|should)\b/iu;

/** A verb in the present tense: listed as one first, or an -s form of a listed verb (`infuses`). */
export function presentVerb(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length) return tags[0] === 'VBZ' || tags[0] === 'VBP';
  const base = /^(.+?)(?:es|s)$/u.exec(word);
  return Boolean(base && [base[1]!, `${base[1]!}e`, word.slice(0, -1)].some((b) => tagsOf(b)[0] === 'VB'));
}
