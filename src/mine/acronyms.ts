import type { Attribution } from './attribution.js';

// Words a body's name may have between its capitalised ones (`Department for Transport`, `Bank of England`).
const JOINER = /^(?:of|for|and|on|in|&|the|de|des|du|für|und)$/u;

/**
 * A body cited by its acronym (`(NUDC, 2019)`) that the document also names in full (`the Nordic Urban Data Council`):
 * the name at its fullest, as the labelled set's convention 2 files an organisation. Only a name whose capitalised words'
 * initials spell the acronym letter for letter, and only when the document spells it out one way.
 */
export function spelledOut(acronym: string, text: string): string | undefined {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return undefined;
  const words = [...text.matchAll(/[\p{L}&][\p{L}\p{M}'’-]*/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let at = i;
    let k = 0;
    while (at < words.length && k < acronym.length) {
      const w = words[at]!;
      // (words of one name are apart by spaces only: not across a comma or a full stop)
      if (at > i && !/^\s+$/u.test(text.slice(words[at - 1]!.end, w.start))) break;
      if (at > i && k > 0 && JOINER.test(w.word)) {
        at++;
        continue;
      }
      if (!/^\p{Lu}/u.test(w.word) || w.word[0] !== acronym[k]) break;
      at++;
      k++;
    }
    if (k !== acronym.length) continue;
    // (the name ends there: `Nordic Urban Data Council` in `… Data Council Report` would be a longer name's part)
    const after = words[at];
    if (after && /^\s+$/u.test(text.slice(words[at - 1]!.end, after.start)) && /^\p{Lu}\p{Ll}/u.test(after.word)) continue;
    found.add(text.slice(words[i]!.start, words[at - 1]!.end));
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The attribution with an acronym author spelled out where the document names the body in full (`spelledOut`). */
export function withFullName(attribution: Attribution | undefined, text: string): Attribution | undefined {
  const full = attribution?.author ? spelledOut(attribution.author, text) : undefined;
  return full ? { ...attribution!, author: full } : attribution;
}
