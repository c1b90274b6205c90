import type { Attribution } from './attribution.js';

// Words a body's name may have between its capitalised ones (`Department for Transport`, `Bank of England`).
const JOINER = /^(?:of|for|and|on|in|&|the|de|des|du|für|und)$/u;

interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const wordsOf = (text: string): Word[] =>
  [...text.matchAll(/[\p{L}&][\p{L}\p{M}'’-]*/gu)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));

/**
 * A body cited by its acronym (`(NUDC, 2019)`) that the document also names in full (`the Nordic Urban Data Council`):
 * the name at its fullest, as the labelled set's convention 2 files an organisation. Only a name whose capitalised words'
 * initials spell the acronym letter for letter, and only when the document spells it out one way.
 */
export function spelledOut(acronym: string, text: string, words: readonly Word[] = wordsOf(text)): string | undefined {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return undefined;
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.word[0] !== acronym[0]) continue;
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

/**
 * Files attributions with an acronym author by the full name the document gives it (`spelledOut`). The document's
 * words are read once and each acronym looked up once, so a document citing many bodies stays linear in its length.
 */
export function fullNamesIn(text: string): (attribution: Attribution | undefined) => Attribution | undefined {
  let words: Word[] | undefined;
  const known = new Map<string, string | undefined>();
  return (attribution) => {
    const acronym = attribution?.author;
    if (!acronym || !/^\p{Lu}{2,8}$/u.test(acronym)) return attribution;
    if (!known.has(acronym)) known.set(acronym, spelledOut(acronym, text, (words ??= wordsOf(text))));
    const full = known.get(acronym);
    return full ? { ...attribution, author: full } : attribution;
  };
}
