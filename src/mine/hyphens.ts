import { isWord } from './lexicon.js';

/**
 * Whether a hyphen at a line end between two lower-case fragments is typesetting (drop it:
 * "tech-" + "nology" → "technology") or part of a compound (keep it: "e-" + "learning" →
 * "e-learning"). Evidence in order: how the document itself writes the word elsewhere, then
 * natural's English lexicon, then the shape of the fragments. `documentWords` holds the lower-case
 * words (hyphenated ones whole) written inside lines of the same document.
 */
export function keepsHyphen(left: string, right: string, documentWords: ReadonlySet<string>): boolean {
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  const joined = l + r;
  const compound = `${l}-${r}`;
  if (documentWords.has(compound)) return true;
  if (documentWords.has(joined)) return false;
  // Both spellings listed ("decision-making", "decisionmaking"): two words joined keep their hyphen.
  if (isWord(compound) && ((isWord(l) && isWord(r)) || !isWord(joined))) return true;
  if (isWord(joined)) return false;
  // "e-", "m-", "x-": a one-letter prefix is a compound, never a syllable split by typesetting.
  if (l.length === 1) return true;
  // Two words that stand alone ("self" + "decisive", "data" + "driven") joined into a non-word.
  if (l.length >= 3 && r.length >= 3 && isWord(l) && isWord(r)) return true;
  return false;
}
