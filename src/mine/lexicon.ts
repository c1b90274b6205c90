import { createRequire } from 'node:module';

// natural's English lexicon (from pos-js): ~93,000 words with their possible part-of-speech tags,
// inflected forms and many hyphenated compounds included. Loaded on first use (4 MB of JSON).
const LEXICON_PATH = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';

let lexicon: Readonly<Record<string, readonly string[]>> | undefined;

function load(): Readonly<Record<string, readonly string[]>> {
  lexicon ??= createRequire(import.meta.url)(LEXICON_PATH) as Record<string, string[]>;
  return lexicon;
}

/** The Penn tags the word can have (`NN`, `VBZ`, `JJ`…), or none for a word the lexicon lacks. */
export function tagsOf(word: string): readonly string[] {
  const table = load();
  const key = word.toLowerCase();
  return Object.hasOwn(table, key) ? table[key]! : Object.hasOwn(table, word) ? table[word]! : [];
}

/** The lexicon knows the word (case-insensitive). */
export function isWord(word: string): boolean {
  return tagsOf(word).length > 0;
}

/** Can be a noun and, if it is listed at all, is listed as a noun first. */
export function isNoun(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags[0]!.startsWith('NN');
}

/** Listed as an adjective first (`urban`, `digital`), so it may premodify a term. */
export function isAdjective(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags[0]!.startsWith('JJ');
}

/** A verb in a finite form (`is`, `put`, `uses`, `will`; a word listed first as a noun, such as `offers`, is not taken for one): a clause, not a list of nouns. */
export function hasFiniteVerb(text: string): boolean {
  let previous = '';
  for (const [w] of text.replace(/\[[^\]]*\]|\([^)]*\)/g, ' ').matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const after = previous;
    previous = w.toLowerCase();
    // (a negative contraction too: `their prototype updates but can’t answer …`)
    if (/^(?:(?:is|are|was|were|has|have|had|would|could|do|does|did|might|must|should)(?:n['’]t)?|will|can|may|can['’]t|won['’]t)$/iu.test(w)) return true;
    // After an article, a possessive or a preposition a word is a noun (`the needs of …`).
    if (w.length < 2 || /^\p{Lu}/u.test(w) || /^(?:the|a|an|its|their|our|his|her|your|this|these|those|of|for|in|on|with|by|to)$/u.test(after)) continue;
    const tags = tagsOf(w);
    if (tags.length && /^(?:VB|MD)/.test(tags[0]!) && tags.some((t) => /(?:^|\|)(?:VBZ|VBP|VBD|MD)(?:$|\|)/.test(t))) return true;
  }
  return false;
}

/** An ISO 639-1 code in capitals (`EN`, `FR`), as a multilingual glossary labels each language's line: not a source's name. */
export const LANGUAGE_CODE = /^(?:EN|FR|DE|ES|IT|PT|NL|SV|DA|NB|NN|NO|FI|IS|PL|CS|SK|SL|HR|SR|BG|RO|HU|EL|ET|LV|LT|GA|MT|CY|RU|UK|TR|AR|HE|ZH|JA|KO)$/u;
