import type { Role, Token } from '../model/index.js';

/** Words that introduce what a city uses ("uses ICT", "through data", "based on …"). */
export const MEANS_CUES = new Set(['use', 'employ', 'utilize', 'utilise', 'leverage', 'apply', 'adopt', 'exploit', 'harness', 'through', 'via', 'base', 'enable', 'deploy', 'embed', 'rely', 'take']);
/** Words that introduce what a city achieves ("improve the quality of life", "ensure sustainability"). */
export const END_CUES = new Set(['improve', 'enhance', 'increase', 'ensure', 'promote', 'achieve', 'boost', 'support', 'deliver', 'provide', 'reduce', 'foster', 'create', 'meet', 'address', 'optimize', 'optimise', 'protect', 'grow', 'make', 'serve', 'offer', 'aim', 'maintain', 'catalyse', 'catalyze', 'solve', 'respond']);
/** Terms that name who takes part. */
export const ACTORS = new Set(['citizen', 'people', 'inhabitant', 'resident', 'community', 'stakeholder', 'government', 'business', 'society', 'user', 'public', 'enterprise', 'person', 'individual', 'actor']);

/** How far back (in tokens, within the sentence) a cue may stand before the term it governs. */
const WINDOW = 8;

/**
 * The role one occurrence plays: an actor if the term names people or bodies; otherwise the role
 * of the nearest cue word before it in its sentence; undefined when nothing cues it.
 */
export function roleOf(term: string, tokens: readonly Token[], start: number): { role: Role; cue?: string } | undefined {
  if (ACTORS.has(term)) return { role: 'actor' };
  let i = tokens.findIndex((t) => t.start >= start);
  if (i < 0) return undefined;
  const sentence = tokens[i]!.sentence;
  for (let k = i - 1; k >= 0 && k >= i - WINDOW && tokens[k]!.sentence === sentence; k--) {
    const lemma = tokens[k]!.lemma;
    if (MEANS_CUES.has(lemma)) return { role: 'means', cue: lemma };
    if (END_CUES.has(lemma)) return { role: 'end', cue: lemma };
  }
  return undefined;
}

/** "use" → "uses", "apply" → "applies", "reach" → "reaches". */
export function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return verb + 'es';
  return verb + 's';
}
