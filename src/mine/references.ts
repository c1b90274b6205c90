import { ORGANISATION } from './clauses.js';
import type { SourceLine } from './layout.js';

/** One entry of a paper's reference list, as far as a citation needs it. */
export interface Reference {
  /** `[12]`, `12.` or `12` at the start of the entry, if numbered. */
  readonly number?: number;
  /** Surnames (or one organisation) in order. */
  readonly authors: readonly string[];
  readonly year?: number;
  readonly text: string;
}

const NUMBERED = /^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.(?!\d)|(\d{1,4})\s)\s*/u;
const YEAR = /(?:^|[^\d])(1[89]\d\d|20\d\d)[a-z]?(?!\d)/u;

/** The entries of a reference list, joined across the lines they wrap over. */
export function parseReferences(lines: readonly SourceLine[]): Reference[] {
  const texts: string[] = [];
  const numbered = lines.filter((l) => NUMBERED.test(l.text)).length >= Math.max(1, lines.filter((l) => l.text.trim()).length * 0.2);
  for (const { text } of lines) {
    const t = text.trim();
    if (!t) continue;
    const starts = numbered ? NUMBERED.test(t) : /^\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.|\p{Lu}\p{Ll})/u.test(t) || /^\p{Lu}{2,}/u.test(t);
    if (starts || texts.length === 0) texts.push(t);
    else texts[texts.length - 1] = /[-\u2010]$/u.test(texts[texts.length - 1]!) ? texts[texts.length - 1]! + t : `${texts[texts.length - 1]} ${t}`;
  }
  return texts.map(parseEntry);
}

function parseEntry(text: string): Reference {
  const n = NUMBERED.exec(text);
  const body = n ? text.slice(n[0].length) : text;
  const number = n ? Number(n[1] ?? n[2] ?? n[3]) : undefined;
  const year = publicationYear(body);
  return { ...(number !== undefined ? { number } : {}), authors: authorsOf(body), ...(year !== undefined ? { year } : {}), text };
}

/**
 * The year an entry was published: in parentheses (`Aalto, K. (2011)`), right after the authors
 * (`Aalto, K. and Berg, M. 2011.`), else the last year of the entry, where numbered styles print it
 * (`…, vol. 12, pp. 1–9, 2018.`) — not a year in a quoted title (`“Cities after 2050”`), a name
 * (`Horizon 2020 work programme`), a page range, an address or an access date.
 */
function publicationYear(body: string): number | undefined {
  const parenthesised = /\((1[89]\d\d|20\d\d)[a-z]?\)/u.exec(body);
  if (parenthesised) return Number(parenthesised[1]);
  // (right after the authors: no title ended by a full stop before it, `European Commission. Europe 2020. …`)
  const afterAuthors = /^[^:“"‘\d]*?(?<!\d)(1[89]\d\d|20\d\d)[a-z]?\s*[.,;)]/u.exec(body);
  if (afterAuthors && !/\p{L}{2}\.\s+\p{Lu}/u.test(body.slice(0, afterAuthors.index + afterAuthors[0].length - afterAuthors[1]!.length)))
    return Number(afterAuthors[1]);
  const plain = body
    .replace(/“[^“”]*”|"[^"]*"|‘[^‘’]*’(?!\p{L})/gu, ' ')
    .replace(/https?:\/\/\S+|www\.\S+|\bdoi:?\s*10\.\S+/giu, ' ')
    // (an access date ends the entry: `Accessed: Mar. 3, 2021.`)
    .replace(/\b(?:accessed|retrieved|viewed|visited|consulted)\b.*$/iu, ' ')
    .replace(/\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?/giu, ' ');
  const years = [...plain.matchAll(new RegExp(YEAR.source, 'gu'))];
  return years.length ? Number(years.at(-1)![1]) : undefined;
}

/**
 * Surnames from the start of an entry, up to the year, a colon, a quoted title or the first full
 * stop after a word (not an initial): `Harrison, C., Eckman, B.: Foundations …` → Harrison, Eckman;
 * `C. Harrison and B. Eckman, "…"` → Harrison, Eckman; `ITU-T (2014). …` → ITU-T.
 */
function authorsOf(body: string): string[] {
  const listed = surnameInitialUnits(body);
  if (listed) return listed;
  const cut = body.search(/\(\s*(?:(?:1[89]|20)\d\d|n\.\s*d\.?)|[:“"‘]|\b(?:1[89]|20)\d\d\b/u);
  let part = cut > 0 ? body.slice(0, cut) : body;
  // A full stop after a word (not an initial) ends the authors: `European Commission. Smart …`, `ITU-T. Smart …`.
  const wordStop = /(?<!\bet\s+al)(?<=\p{L}{2}|-\p{Lu})\.\s+(?=\p{Lu})/u.exec(part);
  if (wordStop) part = part.slice(0, wordStop.index);
  part = part
    .replace(/\bet\s+al\.?/gu, '')
    .trim()
    .replace(/[.,;\s]+$/u, '');
  if (!part) return [];
  // A body's name, whatever abbreviations it holds (`U.S. Department of Defense`, `German Institute for
  // Standardization (DIN)`): capitalised words and joiners around a body noun, taken whole, its
  // parenthesised abbreviation left out as the text's citations leave it out.
  const bodyName = part.replace(/\s*\(\p{Lu}[\p{Lu}\p{N}&.-]+\)$/u, '');
  const titled = bodyBeforeTitle(bodyName);
  if (titled) return [titled];
  const words = bodyName.split(/\s+/u);
  if (capitalisedName(words)) return [bodyName];
  // No initials: one organisation (`European Commission`, `ITU-T`).
  // (`Department for Business, Innovation and Skills`: commas, but no initials and a lower-case joiner.)
  // (`Basiago, A.D.`: run-together initials, the last full stop trimmed above)
  const initials = /(?:^|[\s,])\p{Lu}\.(?:\p{Lu}\.?)*(?:\s|-|,|$)/u.test(part + ' ');
  if (!initials && (!/,\s*\p{Lu}\p{Ll}*\s*(?:,|&|and|$)/u.test(part) || /\s(?:for|of|on)\s/u.test(part))) return [part];
  const names: string[] = [];
  for (const token of part.split(/\s*(?:,|;|&|\band\b)\s*|\s+/u)) {
    const t = token.trim();
    if (!t || /^(?:\p{Lu}\.)+-?(?:\p{Lu}\.)*$/u.test(t) || /^\p{Lu}$/u.test(t)) continue; // initials
    if (/^\p{Lu}[\p{L}'’-]+$/u.test(t)) names.push(t);
  }
  return names;
}

const capitalisedName = (words: readonly string[]) =>
  words.length >= 2 && words.some((w) => ORGANISATION.test(w)) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(?:of|for|on|and|&|the)$/u.test(w));

/**
 * A body's name before the comma that opens an unquoted title, as numbered styles print a report or a book
 * (`Ministry of Urban Affairs, National Smart City Framework 2019–2025. …`) — not the commas of a portfolio
 * (`Department for Business, Innovation and Skills`, `Department for Digital, Culture, Media and Sport`).
 */
function bodyBeforeTitle(name: string): string | undefined {
  const comma = name.indexOf(',');
  if (comma < 0) return undefined;
  const head = name.slice(0, comma).trim();
  const tail = name.slice(comma + 1).trim();
  if (!capitalisedName(head.split(/\s+/u))) return undefined;
  if (/^(?:\p{Lu}[\p{L}'’-]*,\s*)*\p{Lu}[\p{L}'’-]*\s+(?:and|&)\s+\p{Lu}[\p{L}'’-]*$/u.test(tail)) return undefined;
  return head;
}

// `Surname, I.` or `Del Bo, C.` or `Al-Sayed, J.-P.`: a surname (particles allowed) and its initials.
const SURNAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|van|von|de|del|della|da|der|den|di|du|la|le|ten|ter))*`;
const INITIALS = String.raw`(?:\p{Lu}\.\s?-?\s?)+`;
const UNIT = new RegExp(String.raw`^(${SURNAME}),\s*${INITIALS}`, 'u');
const SEPARATOR = /^(?:\s*[;,]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)/u;

/**
 * Authors listed as `Surname, I.` units from the start of the entry, the style (MDPI, ACS, Harvard)
 * where the title may follow the last initial's full stop with nothing else between: `Albino, V.;
 * Berardi, U. Smart Cities: …` → Albino, Berardi (not the title's capitalised words). Undefined when
 * the entry does not open that way.
 */
function surnameInitialUnits(body: string): string[] | undefined {
  const names: string[] = [];
  let rest = body;
  for (;;) {
    const unit = UNIT.exec(rest);
    if (!unit) break;
    names.push(unit[1]!);
    rest = rest.slice(unit[0].length);
    const separator = SEPARATOR.exec(rest);
    if (!separator) break;
    rest = rest.slice(separator[0].length);
  }
  return names.length ? names : undefined;
}

/** How a citation names the authors: one, `A and B`, or `A et al.`. */
export function citedAs(authors: readonly string[]): string | undefined {
  if (!authors.length) return undefined;
  if (authors.length === 1) return authors[0];
  if (authors.length === 2) return `${authors[0]} and ${authors[1]}`;
  return `${authors[0]} et al.`;
}
