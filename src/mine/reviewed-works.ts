import type { Attribution } from './attribution.js';
import { PAGE_LOCATOR } from './citations.js';
import { citedAs, type Reference } from './references.js';

/** The author–year entries of a document's reference list (a bibliography, Works Cited), by surname or body. */
export function listedWorks(references: readonly Reference[]): readonly Reference[] {
  return references.filter((r) => r.number === undefined && r.authors.length > 0 && r.year !== undefined);
}

/**
 * A definition quoted from a work the document is about (a book under review, a report discussed), cited by its page
 * alone: `Her own definition …: a digital twin is … (p. 9)`, `In Vaalmoen’s usage, the term … refers to … (p. 31)`. The
 * page locator says the words are that work's (settled convention 4: the document's own apparatus names the source).
 * The author is the listed author the sentence names up to the locator (`Vaalmoen proposes`, `in Vaalmoen’s reading`),
 * else the last one named before it in the paragraph or the two paragraphs above it (`she`, `the book`); the year is the
 * list's. Only a surname the reference list holds counts, so a place or a case (`Rotterdam`) is never the author.
 * An attribution already naming its author is kept, its year filled from the list when the list has that author once.
 */
export function citedByPage(
  found: Attribution | undefined,
  sentence: string,
  clauseEnd: number,
  before: string,
  works: readonly Reference[],
): Attribution | undefined {
  if (!works.length) return found;
  if (found?.author !== undefined || found?.ref !== undefined) return withListedYear(found, works);
  const locator = pageLocatorAt(sentence, clauseEnd);
  if (locator === undefined) return found;
  const work = lastNamed(sentence.slice(0, locator), works) ?? lastNamed(before, works);
  if (!work) return found;
  // (named as a citation names the work: `Ferrand and Reyes-Thorpe`, `Lund et al.`)
  return { author: citedAs(work.authors, work.etAl) ?? work.authors[0]!, year: work.year!, cue: 'page locator' };
}

// A page locator closing the clause or right after it (`… behave (p. 9)`, `…” (pp. 61–2)`, `(p.\n88)`); not a section or
// paragraph locator, which a document's own cross-references use too.
const LOCATOR_CLOSING = new RegExp(`${PAGE_LOCATOR.source}\\s*$`, 'u');
const LOCATOR_NEXT = new RegExp(`^[\\s.,;:”"’»]*${PAGE_LOCATOR.source}`, 'u');

/** Where a page locator closing the clause (its last words) or standing right after it starts, if there is one. */
function pageLocatorAt(sentence: string, clauseEnd: number): number | undefined {
  const inside = LOCATOR_CLOSING.exec(sentence.slice(0, clauseEnd));
  if (inside) return inside.index;
  const after = LOCATOR_NEXT.exec(sentence.slice(clauseEnd));
  return after ? clauseEnd : undefined;
}

// Each listed work's first author as a word to look for, compiled once per document's list (a document's works are one
// array, kept on the prepared document), not once per work per page-cited candidate.
const firstAuthors = new WeakMap<readonly Reference[], readonly { work: Reference; name: RegExp }[]>();

function firstAuthorsOf(works: readonly Reference[]): readonly { work: Reference; name: RegExp }[] {
  let compiled = firstAuthors.get(works);
  if (!compiled) {
    compiled = works.map((work) => ({
      work,
      name: new RegExp(`(?<![\\p{L}-])${work.authors[0]!.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}-])`, 'gu'),
    }));
    firstAuthors.set(works, compiled);
  }
  return compiled;
}

/** The listed work whose first author is named last in the text (as a word: `Vaalmoen’s`, `Ostrander-Pike`). */
function lastNamed(text: string, works: readonly Reference[]): Reference | undefined {
  let best: { at: number; work: Reference } | undefined;
  // (matchAll copies the pattern, so the shared one keeps no state between calls)
  for (const { work, name } of firstAuthorsOf(works)) for (const m of text.matchAll(name)) if (!best || m.index > best.at) best = { at: m.index, work };
  return best?.work;
}

/**
 * An author without a year takes the year of the list's one entry by that author: named by the first surname, or as a
 * citation names the entry's authors (`Dunstable-Okafor and Reimers-Tuan define …`, `Lund et al. describe …`).
 */
function withListedYear(found: Attribution | undefined, works: readonly Reference[]): Attribution | undefined {
  if (!found?.author || found.year !== undefined || found.ref !== undefined) return found;
  const by = works.filter((w) => w.authors[0] === found.author || citedAs(w.authors, w.etAl) === found.author);
  return by.length === 1 ? { ...found, year: by[0]!.year! } : found;
}
