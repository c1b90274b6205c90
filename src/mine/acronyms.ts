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

// A capitalised word of a name, or a joiner between two; a comma may part two words of a list inside a name
// (`Secretariat of Agrarian, Territorial and Urban Development`). At most twelve capitalised words: unbounded, a long
// run of capitalised words (a title-case heading, a hostile page) made each search quadratic in the run.
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
const NAME_RUN = String.raw`${NAME_WORD}(?:,?\s+(?:(?:of|for|and|on|in|&|the|de|des|du|del|la|für|und)\s+){0,3}${NAME_WORD}){1,11}`;
// (compiled once: `matchAll` and `match` start each search afresh, whatever a shared pattern's lastIndex)
const NAME_WORDS = new RegExp(NAME_WORD, 'gu');
const NAME_RUNS = new RegExp(NAME_RUN, 'gu');

/** The longest of some names when every other is part of it (`X` and `X Board` → `X Board`), else none. */
const fullest = (names: ReadonlySet<string>): string | undefined => {
  const longest = [...names].sort((a, b) => b.length - a.length)[0];
  return longest && [...names].every((n) => longest.includes(n)) ? longest : undefined;
};

/**
 * A body's acronym as the document itself expands it, which also holds when the acronym is of the name in another
 * language (`the Ministry of Regional Development (MDR)`, from the Portuguese): a name directly before the acronym in
 * parentheses, or a line of an acronym list (`MDR: Ministry of Regional Development (Brazil).`). The name starts at
 * its farthest capitalised word with the acronym's initial, not past a possessive (`Peru’s`) or a full stop; it must
 * have two capitalised words. Names that differ (not one part of another) give none.
 */
export function expandedIn(acronym: string, text: string): string | undefined {
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return undefined;
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(String.raw`(${NAME_RUN})\s*\(${acronym}\)`, 'gu'))) {
    const words = [...m[1]!.matchAll(NAME_WORDS)];
    // (`Colombia’s Ministry …`: a possessive ends the name before it)
    const afterPossessive = words.findLastIndex((w) => /['’]s$/u.test(w[0]));
    const first = words.findIndex((w, i) => i > afterPossessive && w[0][0] === acronym[0] && w[0] !== 'The');
    if (first < 0) continue;
    const name = m[1]!.slice(words[first]!.index);
    if ((name.match(NAME_WORDS) ?? []).length >= 2) found.add(name.replace(/\s+/gu, ' '));
  }
  // (an acronym list's line: the acronym at a line's start or after a full stop, a colon or a dash, the name)
  for (const m of text.matchAll(new RegExp(String.raw`(?:^|\.\s+)${acronym}(?::|\s[–—-])\s+(${NAME_RUN})`, 'gmu'))) {
    if (m[1]![0] === acronym[0]) found.add(m[1]!.replace(/\s+/gu, ' '));
  }
  // (a note saying what it stands for: `MUDH is Arcadia’s Ministry of Urban Development and Housing.`)
  for (const m of text.matchAll(
    new RegExp(String.raw`(?<![\p{L}-])${acronym}\s+(?:is|stands\s+for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(${NAME_RUN})`, 'gu'),
  )) {
    if (m[1]![0] === acronym[0]) found.add(m[1]!.replace(/\s+/gu, ' '));
  }
  return fullest(found);
}

/**
 * A body cited by a short name that the document sets up after its full name, as reports and contracts do
 * (`The Department for Housing, Places and Digital Infrastructure (the Department)`, later cited `(Department, 2021)`):
 * the full name (on one line, after any possessive, without `The`) when it holds the short name and has two capitalised
 * words. Names that differ give none.
 */
export function shortNameIn(short: string, text: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}{2,}$/u.test(short)) return undefined;
  // (a plain substring search first: most single-word authors are surnames the document sets up as no short name, and
  // the name pattern below is costlier per document)
  if (!['', '”', '’', '"', "'"].some((mark) => text.includes(`${short}${mark})`))) return undefined;
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(String.raw`(${NAME_RUN})\s*\(["“‘']?(?:the\s+)?["“‘']?${short}["”’']?\)`, 'gu'))) {
    // (the name is on one line, after any possessive (`Eastmoor’s Canal Board`), without a leading article)
    const name = m[1]!
      .slice(m[1]!.lastIndexOf('\n') + 1)
      .replace(/^.*\p{L}['’]s\s+/u, '')
      .replace(/^The\s+/u, '');
    if (!new RegExp(String.raw`(?<!\p{L})${short}(?!\p{L})`, 'u').test(name)) continue;
    if ((name.match(NAME_WORDS) ?? []).length >= 2) found.add(name.replace(/\s+/gu, ' '));
  }
  return fullest(found);
}

// After a body's full name, the date its document was put out: `…, published 2 March 2026`, `(issued 4 May 2025)`.
const ISSUED_DATE =
  /^[\s,(]{0,4}(?:published|issued|dated|released)\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:\p{Lu}\p{Ll}{2,8}\s+)?((?:1[89]|20)\d\d)(?!\d)/u;

/**
 * The body a short anaphor stands for (`the Department`, `the Ministry`): the name with that word the document prints
 * in full (`the Department for Rural Affairs and Digital Services`), at its fullest, with the year of the document it
 * put out when a date follows the name (`…, published 4 May 2025`); none when the document names two such bodies.
 * Read around each place the word stands (150 characters each side): linear in the text.
 */
export function bodyNamedIn(noun: string, text: string): { author: string; year?: number } | undefined {
  const found = new Set<string>();
  const years = new Map<string, number>();
  for (let at = text.indexOf(noun); at >= 0; at = text.indexOf(noun, at + noun.length)) {
    if (/\p{L}/u.test(text[at - 1] ?? ' ')) continue;
    const from = Math.max(0, at - 150);
    const window = text.slice(from, at + noun.length + 150);
    for (const m of window.matchAll(NAME_RUNS)) {
      const start = from + m.index;
      if (start > at || start + m[0].length < at + noun.length) continue;
      // (on one line; a possessive ends the name, `Kelby Council’s Cabinet`; no leading `The`)
      let name = m[0].slice(0, Math.max(0, at - start) + noun.length + 200);
      // (`the Ministry for Rivers and the Ministry for Roads`: two names joined by `and the`, the first ends before it)
      const joined = name.slice(Math.max(0, at - start)).search(/\s(?:and|&)\s+the\s/u);
      if (joined >= 0) name = name.slice(0, Math.max(0, at - start) + joined);
      const possessive = /[’']s(?!\p{L})/u.exec(name);
      if (possessive) name = name.slice(0, possessive.index);
      // (nor a capitalised word before a `the` that opens the name: `Should the Department adopt …`)
      // (nor a line above it, a running head: `… Framework\nThe Department`)
      const opening = name.slice(0, Math.max(0, at - start));
      const article = opening.lastIndexOf('the ');
      const cut = Math.max(article < 0 ? 0 : article + 4, opening.lastIndexOf('\n') + 1);
      if (cut > 0) name = name.slice(cut);
      name = name.replace(/^The\s+/u, '').replace(/\s+/gu, ' ');
      if ((name.match(NAME_WORDS) ?? []).length < 2 || !new RegExp(String.raw`(?<!\p{L})${noun}(?!\p{L})`, 'u').test(name)) continue;
      found.add(name);
      // (the name ends where its run does unless a possessive cut it: the date, if any, follows that end)
      const year = possessive || joined >= 0 ? undefined : ISSUED_DATE.exec(text.slice(start + m[0].length, start + m[0].length + 60))?.[1];
      if (year && !years.has(name)) years.set(name, Number(year));
    }
  }
  const full = fullest(found);
  if (!full) return undefined;
  const year = years.get(full);
  return { author: full, ...(year !== undefined ? { year } : {}) };
}

/**
 * Files attributions with an acronym author by the full name the document gives it (`expandedIn`, else `spelledOut`). The document's
 * words are read once and each acronym looked up once, so a document citing many bodies stays linear in its length.
 */
export function fullNamesIn(text: string): (attribution: Attribution | undefined) => Attribution | undefined {
  let words: Word[] | undefined;
  const known = new Map<string, string | undefined>();
  const bodies = new Map<string, { author: string; year?: number } | undefined>();
  return (attribution) => {
    const acronym = attribution?.author;
    if (!acronym) return attribution;
    // (a statute's definition quoted in a judgment (attribution's `statutoryDefinition`): the Act the document calls `the
    // Act`, by its name as printed and the year in it (convention 3); none named so, no source: the writer's own)
    if (acronym === STATUTE) {
      if (!bodies.has(STATUTE)) bodies.set(STATUTE, actNamedIn(text));
      const act = bodies.get(STATUTE);
      return act ? { ...attribution, ...act } : undefined;
    }
    // (a body by its short name, `the Department` (attribution's `anaphoricBody`): the full name, else no author)
    const anaphor = /^the (\p{Lu}\p{Ll}+)$/u.exec(acronym)?.[1];
    if (anaphor) {
      const key = `the ${anaphor}`;
      if (!bodies.has(key)) bodies.set(key, bodyNamedIn(anaphor, text));
      const body = bodies.get(key);
      const { author: _, ...rest } = attribution;
      return body ? { ...rest, author: body.author, ...(rest.year === undefined && body.year !== undefined ? { year: body.year } : {}) } : rest;
    }
    const isAcronym = /^\p{Lu}{2,8}$/u.test(acronym);
    if (!isAcronym && !/^\p{Lu}\p{Ll}{2,}$/u.test(acronym)) return attribution;
    if (!known.has(acronym))
      known.set(acronym, isAcronym ? (expandedIn(acronym, text) ?? spelledOut(acronym, text, (words ??= wordsOf(text)))) : shortNameIn(acronym, text));
    const full = known.get(acronym);
    return full ? { ...attribution, author: full } : attribution;
  };
}

/** The placeholder attribution gives a statute's definition, for `fullNamesIn` to resolve to the Act's printed name. */
export const STATUTE = 'the Act';

// `… the Smart and Sustainable Places Act 2025 (“the Act”)`: an Act's name and year before the short name a judgment or
// report gives it. Read in the 160 characters before each `the Act` in marks: bounded, so linear in the text.
const ACT_BEFORE_SHORT_NAME = new RegExp(
  String.raw`(\p{Lu}[\p{L}’'-]*(?:\s+(?:(?:and|of|for|on|the|&)\s+)?(?:\p{Lu}[\p{L}’'-]*|\(\p{Lu}[\p{L}’'-]*\))){0,8}\s+Act\s+((?:1[89]|20)\d\d))\s*\(\s*$`,
  'u',
);

/** The one Act the document names `the Act` (`X Act 2025 (“the Act”)`), with the year its name prints; none if two. */
export function actNamedIn(text: string): { author: string; year: number } | undefined {
  const found = new Map<string, number>();
  for (const m of text.matchAll(/[“"‘']the Act[”"’']\s*\)/gu)) {
    const act = ACT_BEFORE_SHORT_NAME.exec(text.slice(Math.max(0, m.index - 160), m.index));
    if (act) found.set(act[1]!.replace(/^The\s+/u, '').replace(/\s+/gu, ' '), Number(act[2]));
  }
  if (found.size !== 1) return undefined;
  const [[author, year]] = [...found] as [[string, number]];
  return { author, year };
}
