import type { Attribution } from './attribution.js';
import { YEAR } from './citations.js';
import { PARTICLE, PARTICLE_WORD } from './clauses/names.js';
import { citedAs } from './references.js';

/*
 * A book of abstracts or proceedings: texts signed by different authors gathered in one document (settled convention 9).
 * A signed abstract's own definition (`We define …`, `In this paper a smart city is …`, or a plain unattributed one) is
 * its signers', dated by the collection, not the document's own: filing it under the editors would misplace its sector
 * and year (issue 11). An abstract's byline is the line (or two or three) of names carrying affiliation marks right
 * above its affiliation lines (`Selin Aktürk¹* and Lotte Engebretsen²` / `¹ Department of …`); or its code and byline
 * are run together before a colon (`S4-2  Ana Ruiz and Lei Wu: In this paper …`), or a poster's line gives its code,
 * title, authors and affiliation before its one sentence. It runs from its byline to its `Keywords:` line or the next
 * abstract.
 */

// The document's head names it a collection.
const COLLECTION = /\b(?:book\s+of\s+abstracts|abstract\s+book|extended\s+abstracts|proceedings)\b/iu;
const HEAD = 800;
// An abstract's code (a session letter or two, a number, a dash, a number), alone on its line or before its byline.
const CODE = String.raw`\p{Lu}{1,3}\d{0,2}[-–]\d{1,3}[a-z]?`;
// (a person: two to four capitalised words, a lower-case particle allowed before the last: `Pieter de Wulf-Asante`)
const PERSON = String.raw`\p{Lu}[\p{L}’'.-]*(?:[ \u00a0]+(?:${PARTICLE_WORD}[ \u00a0]+)?\p{Lu}[\p{L}’'-]*){1,3}`;
const ONE_PERSON = new RegExp(String.raw`^${PERSON}$`, 'u');
const CODE_AND_BYLINE = new RegExp(String.raw`^\s*${CODE}\s+(${PERSON}(?:(?:,\s*|\s+and\s+|\s*&\s*)${PERSON}){0,7}):\s`, 'u');
// A poster's line: its code, its title, its authors by initials and surname, their affiliation in parentheses, then the
// abstract (`P-03 Sensors in the open. F. Aralt, K. Nishimura-Berg (Kanzaki University). For this poster, …`).
const INITIALED = String.raw`(?:\p{Lu}\.[ -]?){1,3}[ ]?(?:${PARTICLE_WORD}[ ]+)?\p{Lu}[\p{L}’'-]+`;
const POSTER = new RegExp(
  String.raw`^\s*${CODE}\s+[^\n]{3,150}?[.?!]\s+(${INITIALED}(?:(?:,\s*|\s+and\s+|\s*&\s*)${INITIALED}){0,7})\s+\([^()\n]{2,120}\)\.(?:\s|$)`,
  'u',
);
// An affiliation line under the byline: `¹ Department of …`.
const AFFILIATION = /^\s*[¹²³⁴⁵⁶⁷⁸⁹]\s/u;
const MARKED_NAME = /\p{L}[¹²³⁴⁵⁶⁷⁸⁹*]/u;
const KEYWORDS = /^\s*key\s?words?\s*:/iu;
// How many lines a byline may wrap over.
const BYLINE_LINES = 3;

interface Signed {
  readonly from: number;
  readonly to: number;
  readonly author: string;
}

export interface Collection {
  /** The signers of the abstract a body line is in, with the collection's year; undefined outside every abstract. */
  signedAt(page: number, line: number): Attribution | undefined;
}

/** The byline's people (affiliation marks and the presenter's asterisk taken off) as a citation names them. */
function bylineAuthor(byline: string): string | undefined {
  const names = byline
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰*]+/gu, '')
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/u)
    .map((n) => n.trim().replace(/\s+/gu, ' '))
    .filter(Boolean);
  if (!names.length || names.length > 12 || !names.every((n) => ONE_PERSON.test(n))) return undefined;
  return citedAs(names.map(surname));
}

/** A byline's name by its surname (rule 1): the last word, with the particles printed before it (`Pieter de Wulf-Asante`). */
function surname(name: string): string {
  // (a byline names people, so no dictionary test: `Omar Said` is Said)
  const words = name.split(' ');
  let first = words.length - 1;
  while (first > 1 && PARTICLE.test(words[first - 1]!)) first--;
  // (`K. van Dam`: the particle after initials stays too)
  if (first === 1 && PARTICLE.test(words[0]!)) first = 0;
  return words.slice(first).join(' ');
}

/** The document read as a collection of signed abstracts, when its head names it one and it prints one (two under `proceedings`). Linear. */
export function collectionOf(lines: readonly { readonly text: string; readonly page: number; readonly line: number }[]): Collection | undefined {
  let head = '';
  for (const l of lines) {
    if (head.length > HEAD) break;
    head += `${l.text}\n`;
  }
  const named = COLLECTION.exec(head);
  if (!named) return undefined;
  // (the collection's year: the first printed on the line that names it, else the first in the head)
  const lineStart = head.lastIndexOf('\n', named.index) + 1;
  const year = Number(YEAR.exec(head.slice(lineStart, head.indexOf('\n', named.index)))?.[1] ?? YEAR.exec(head)?.[1] ?? NaN);
  const starts: { at: number; author: string }[] = [];
  const ends: number[] = [];
  lines.forEach((l, i) => {
    if (KEYWORDS.test(l.text)) ends.push(i);
    const inline = CODE_AND_BYLINE.exec(l.text) ?? POSTER.exec(l.text);
    const inlineAuthor = inline ? bylineAuthor(inline[1]!) : undefined;
    if (inlineAuthor) return void starts.push({ at: i, author: inlineAuthor });
    // (a byline: the lines right above the first affiliation line, from one with a marked name; a wrapped byline is joined)
    if (!AFFILIATION.test(l.text) || (i > 0 && AFFILIATION.test(lines[i - 1]!.text))) return;
    for (let j = Math.max(0, i - BYLINE_LINES); j < i; j++) {
      if (!MARKED_NAME.test(lines[j]!.text)) continue;
      const author = bylineAuthor(
        lines
          .slice(j, i)
          .map((x) => x.text)
          .join(' '),
      );
      if (author) return void starts.push({ at: j, author });
    }
  });
  // (a head naming `Proceedings of …` may be a journal's name over a single paper, whose own definition stays its own:
  // there, two signed texts at least; a book of abstracts is one even in an excerpt of one abstract)
  if (starts.length < (/^proceedings$/iu.test(named[0]) ? 2 : 1)) return undefined;
  // (starts and ends are both in line order: one sweep pairs each abstract with the first `Keywords:` line inside it)
  let e = 0;
  const signed: Signed[] = starts.map((s, n) => {
    const next = starts[n + 1]?.at ?? lines.length;
    while (e < ends.length && ends[e]! <= s.at) e++;
    const keywords = e < ends.length && ends[e]! < next ? ends[e] : undefined;
    return { from: s.at, to: keywords ?? next, author: s.author };
  });
  // (a body line's index by its page and line, and the abstract it falls in by a binary search: linear in all)
  const index = new Map(lines.map((l, i) => [`${l.page}:${l.line}`, i]));
  return {
    signedAt(page, line) {
      const at = index.get(`${page}:${line}`);
      if (at === undefined) return undefined;
      let lo = 0;
      let hi = signed.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (signed[mid]!.from <= at) lo = mid;
        else hi = mid - 1;
      }
      const part = signed[lo]!.from <= at && at < signed[lo]!.to ? signed[lo] : undefined;
      return part ? { author: part.author, ...(Number.isNaN(year) ? {} : { year }), cue: 'a signed abstract' } : undefined;
    },
  };
}
