// Citations in a sentence: numbered references (`[5]`, `[79, p. 1]`, `[3–5]`), parenthetical
// author-year ones (`(Caragliu et al., 2011)`, `(Ferreira 2019, 41)`, `(ITU-T, 2014; Cohen, 2011)`, `(Academy, n.d.)`)
// and narrative ones (`Caragliu et al. (2011)`, `Harrison et al. [12]`, `Cohen (2011)`); and
// source lines under a quotation (`Urban21 conference in Berlin 2000`).
import { hasFiniteVerb } from './lexicon.js';

export interface Citation {
  /** Where the citation (name included, for a narrative one) starts and ends in the sentence. */
  readonly start: number;
  readonly end: number;
  /** The cited author as written (`Caragliu et al.`, `ITU-T`), if the citation names one. */
  readonly author?: string;
  readonly year?: number;
  /** A numbered reference as written, brackets included (`[12]`); a superscript's digits alone (`3,4`). */
  readonly ref?: string;
  /** Where a superscript's digits start (after the name they run onto): what a clause's end leaves out. */
  readonly markerStart?: number;
  /** `(ibid.: 17)`, `(ebd.: 52)`, `(a.a.O.: 17)`, `(op. cit., p. 3)`: the source cited last, not named again. */
  readonly ibid?: true;
  /** `(2013, as cited in [14])`: the marker is the relay's, whose reference-list entry is not the cited work. */
  readonly relayed?: true;
}

/**
 * A page locator alone in parentheses (`(p. 9)`, `(pp. 61–2)`), perhaps with lines (`(p. 4, lines 12–14)`, `(p. 4,
 * l. 12)`), or lines alone (`(lines 12–14)`, as a response to reviewers points into the revised manuscript): the words
 * are a place in a work named elsewhere.
 */
export const PAGE_LOCATOR = /\(\s*(?:pp?\.\s*\d[\d–-]*(?:\s*,\s*(?:lines?|ll?\.)\s*\d[\d–-]*)?|(?:lines?|ll\.)\s*\d[\d–-]*)\s*\)/u;

// The words that cite the source cited last, in English, German and Latin: ibid., ebd./ebenda, a.a.O., op. cit., id.
const IBID = /^\s*(?:ibid|ibidem|ebd|ebenda|a\.\s?a\.\s?O|op\.\s?cit|id)\.?(?=[\s,.:;]|$)(?:[,.:;]?\s*(?:pp?\.\s*|S\.\s*)?[\d–\s,f.-]*)?$/iu;

/**
 * A year as documents print one, 1800–2099: the one pattern every reader of a year in `src/mine` is built from (a
 * regex source, to compose).
 */
export const YEAR_DIGITS = String.raw`(?:1[89]|20)\d\d`;
// A standard's identifier cited in parentheses, its year after the colon, perhaps a page or a clause after it (built once).
const STANDARD_CITED = new RegExp(
  String.raw`^(\p{Lu}{2,}(?:[-/]\p{Lu}+)*\s+\p{Lu}?\.?\d[\d.]*:${YEAR_DIGITS})(?:\s*,\s*(?:(?:pp?\.|§|clause|cl\.|section)\s*)?\d[\d.–-]*|\s*:\s*(?:pp?\.\s*)?\d+(?:[–-]\d+)?)?\s*$`,
  'u',
);
// A table row's source cell, a name then its year or `n.d.` (`sourceCellBefore`; built once).
const SOURCE_CELL = new RegExp(
  String.raw`^(\p{Lu}[^.;:!?()[\]“”"]{0,80}?|\p{Lu}[^;:!?()[\]“”"]{0,80}?et al\.)\s+(?:\(?(${YEAR_DIGITS})[a-z]?(?:,\s*pp?\.\s*[\d–-]+)?\)?|\(?n\.\s?d\.\)?)\s*$`,
  'u',
);
/**
 * The year reader: a year not inside a longer number, captured (`2019`, `(2019a)`, `Mar 2026`, `2019–20`, `:2014`; not
 * `12019` or `20190`). Not global (`yearsIn` reads them all); one lookbehind and a fixed length, so linear.
 */
export const YEAR = new RegExp(String.raw`(?<!\d)(${YEAR_DIGITS})(?!\d)`, 'u');

// Two years joined by a dash, alone in a parenthesis: `1941–2025`.
const LIFESPAN = new RegExp(String.raw`^\s*(${YEAR_DIGITS})\s*[–-]\s*(${YEAR_DIGITS})\s*$`, 'u');

// A date's text and the year it ends with (`March 2026`).
const CALENDAR_YEAR_AT_END = new RegExp(String.raw`^(.*?),?\s+(${YEAR_DIGITS})$`, 'u');
// An instrument's number with its year (`Decree 118/2026`).
const INSTRUMENT_IDENTIFIER = new RegExp(String.raw`^(\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}\s+(?:No\.\s*)?\d{1,5}\/${YEAR_DIGITS})\s*$`, 'u');
// A standard's identifier and the edition's year after its colon (`PAS 2060:2014`).
const EDITION_YEAR = new RegExp(String.raw`\b\p{Lu}{2,12}(?:[-/]\p{Lu}{1,12}){0,3}\s?\d[\d.-]{0,10}:(${YEAR_DIGITS})(?!\d)`, 'u');
// A source line: a name and a year, nothing else (`– ITU-T, 2014`).
const SOURCE_LINE = new RegExp(String.raw`^\s*[–—-]?\s*(\p{Lu}[^.!?;:[\]“”"]{0,100}?)[\s,]+\(?(${YEAR_DIGITS})\)?\s*\.?\s*$`, 'u');
// A document, its issuer's acronym in parentheses and a year (`National Urban Agenda (MUDH) 2020`).
const ISSUED_BY_ACRONYM = new RegExp(String.raw`^\p{Lu}[^.;:!?()[\]“”"]{0,80}?\s+\((\p{Lu}{2,8})\)\s+\(?(${YEAR_DIGITS})\)?\s*$`, 'u');

/** Every year the year reader finds in a text, in order. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(new RegExp(YEAR.source, 'gu'))].map((m) => Number(m[1]));
}
/** A patent's labels for its patent and non-patent literature lists (`PTL 1`, `NPL 2`), as a regex source. */
export const PATENT_LIST_LABEL = 'PTL|NPL';
// A bracketed number cites (`[12]`, `[3, 7–9]`), and so does a patent's label for its patent and non-patent
// literature (`[NPL 2]`, `[PTL 1]`); a zero-padded number is a patent's paragraph number (`[0013]`), not a citation.
/**
 * A relay inside a numbered marker, after the cited work's number: `[23, cited in 19]`, `[7; as quoted in 3, p. 4]`. The
 * first number is the work the words are from, the second the source that relayed them.
 */
const BRACKET_RELAY = String.raw`\s*[,;]\s*(?:as\s+)?(?:cited|quoted)\s+in\s+(?!0\d)\d{1,4}(?:\s*[,:]\s*(?:pp?\.?\s*)?[\d–-]{1,12})?`;
const NUMBERED = new RegExp(
  String.raw`\[((?:${PATENT_LIST_LABEL})\s?\d{1,3}|(?!0\d)\d{1,4}(?:\s*[-–,]\s*\d{1,4})*(?:\s*[,;:]\s*(?:pp?\.?\s*)?[\d–-]+)?(?:${BRACKET_RELAY})?)\]`,
  'gu',
);
/**
 * A numbered citation set in parentheses, as an Annual-Review-style list is cited: `(12)`, `(3, 7)`, `(12–13)`, `(17, p.
 * 3)`, `(5, clause 3.12)`. Numbers of at most three digits (a year is four); it cites only when the document's numbered
 * list holds every number it names (else it is a list's or an equation's number).
 */
const PARENTHESISED_NUMBERS = /\(((?!0)\d{1,3}(?:\s*[-–,]\s*(?!0)\d{1,3})*)(?:\s*,\s*(?:pp?\.|clause|cl\.|§|section|sec\.|chap\.|ch\.)\s*\d[\d.–-]{0,12})?\)/gu;
const PARENTHETICAL = /\(([^()]{1,240})\)/gu;

// Capitalised words that open a sentence or phrase without being part of a name.
const NOT_NAME = new Set([
  'a',
  'according',
  'after',
  'also',
  'although',
  'an',
  'and',
  'as',
  'based',
  'before',
  'both',
  'building',
  'but',
  'by',
  'cf',
  'drawing',
  'e.g',
  'following',
  'for',
  'from',
  'hence',
  'here',
  'however',
  'i.e',
  'in',
  'like',
  'many',
  'moreover',
  'most',
  'our',
  'see',
  'since',
  'some',
  'such',
  'that',
  'the',
  'their',
  'then',
  'these',
  'this',
  'thus',
  'to',
  'unlike',
  'we',
  'when',
  'where',
  'whereas',
  'which',
  'while',
  'with',
  'within',
  'yet',
]);
// Capitalised connectives and pronouns that open a sentence and never sit inside a name.
const OPENS_SENTENCE = new Set([
  'Following',
  'According',
  'Unlike',
  'Like',
  'See',
  'Cf.',
  'Although',
  'However',
  'Moreover',
  'Hence',
  'Thus',
  'Whereas',
  'While',
  'Since',
  'We',
  'Our',
  'This',
  'These',
]);

// Lower-case words that may sit inside a name: `Focus Group on Smart Cities`, `van der Berg`.
const NAME_JOINERS = new Set(['of', 'on', 'for', 'and', '&', 'de', 'del', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'dos', 'la', 'le', 'y']);

// A surname as an author-year citation lists it, a particle before it (`van der Berg`, `da Silva`).
// (one word, hyphens joining its parts: two capitalised words with a space are more often a body's, `Smart Cities`)
const SURNAME = /^(?:(?:van|von|de|del|der|den|da|di|du|dos|la|le)\s+){0,2}\p{Lu}[\p{Ll}’'-]+(?:-\p{Lu}[\p{Ll}’'-]+)?$/u;

/**
 * `Tomás, Reyes-Vidal, Okafor` or `Tomás, Reyes-Vidal & Okafor`: three or more surnames listed in a citation are
 * written as the first and `et al.` (settled convention 1, as a reference list's three authors are). A body's name
 * with commas (`Department of Energy, Climate and Environment`) has words that are no surname's and is left.
 */
export function etAl(named: string): string {
  const names = named.split(/\s*,\s*(?:(?:&|and)\s+)?|\s+(?:&|and)\s+/u);
  return names.length >= 3 && names.every((n) => SURNAME.test(n)) ? `${names[0]} et al.` : named;
}

// A weekday and/or a day and month, as a date is printed before its year: not an author's name.
export const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** The months' names in full (attribution's dates read them too). */
export const MONTH_NAME = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
// (or abbreviated, as Bluebook and news citations print it: `(Mar. 3, 2023)`)
const MONTH = String.raw`(?:${MONTH_NAME}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)`;
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const CALENDAR_DATE = new RegExp(String.raw`^(?:${WEEKDAY},?\s*)?(?:${DAY}\s+)?${MONTH}(?:\s+${DAY})?,?$|^${WEEKDAY}$`, 'u');

/** `Saturday 14 March 2026`, `March 2026`: a calendar date with its year, as an event's date is printed. */
export function calendarDated(text: string): boolean {
  const m = CALENDAR_YEAR_AT_END.exec(text.trim());
  return m !== null && CALENDAR_DATE.test(m[1]!.trim());
}

/**
 * Whether the document's numbered reference list holds a number. Every reader of citations is given it, so that a
 * bracketed, a parenthesised and a superscript number resolve the same way wherever a sentence is read.
 */
export interface ListedNumbers {
  /** The document has a numbered reference list: without one, no bare number cites. */
  readonly numbered: boolean;
  /** The numbered list holds `n`. */
  readonly holds: (n: number) => boolean;
  /** The document prints a footnote numbered `n`: a superscript `n` is that note's marker, not a citation. */
  readonly noted: (n: number) => boolean;
}
/** A document without a numbered reference list (or a text read apart from one): no bare number cites. */
export const NO_NUMBERED_LIST: ListedNumbers = { numbered: false, holds: () => false, noted: () => false };

/**
 * Every citation in `sentence`, in order of position. `listed` says whether the document's numbered reference list holds
 * a number: a parenthesised number it holds cites (`Nysgaard (15) notes …`, `… twice (2, 7, 9)`), and so does a
 * superscript printed as digits run onto the word before (`… of residents3,4`, `Okafor and Lindqvist12 argue`).
 */
export function findCitations(sentence: string, listed: ListedNumbers): Citation[] {
  const out: Citation[] = [];
  if (listed.numbered) out.push(...parenthesisedNumbers(sentence, listed), ...superscriptNumbers(sentence, listed), ...referencesNamed(sentence, listed));
  for (const m of sentence.matchAll(NUMBERED)) {
    // `Harrison et al. [12] define …` names the cited authors; in `… Focus [3] A smart city is …`
    // the marker opens a table row or a new statement, and the words before it are another cell.
    const opensStatement = /^\s+[“"‘']?\p{Lu}/u.test(sentence.slice(m.index + m[0].length));
    const before = opensStatement ? undefined : nameBefore(sentence, m.index);
    out.push({ start: before ? before.start : m.index, end: m.index + m[0].length, ref: m[0], ...(before ? { author: before.name } : {}) });
  }
  for (const m of sentence.matchAll(PARENTHETICAL)) {
    const inner = m[1]!;
    if (IBID.test(inner)) {
      out.push({ start: m.index, end: m.index + m[0].length, ibid: true });
      continue;
    }
    // (a person's years of birth and death after the name, `Ada Lind (1941–2025)`, date the person, not a work: two
    // full years a lifetime apart, twenty or more, and nothing else)
    const lifespan = LIFESPAN.exec(inner);
    if (lifespan && Number(lifespan[2]) - Number(lifespan[1]) >= 20) continue;
    const first = inner.split(';')[0]!.replace(/^\s*(?:e\.g\.,?|see(?: also)?|cf\.)\s+/i, '');
    const year = YEAR.exec(first);
    // The cited work's date comes first; a relay's follows it (`(Taylor, n.d., as cited in Moss, 2024)`).
    const noDate = /\bn\.\s?d\.?/u.exec(first);
    if (!year || (noDate && noDate.index < year.index)) {
      // `(Shree Academy, n.d.)`, `Shree Academy (n.d.)`: a source without a date is cited all the same.
      const undated = /^(?:(\p{Lu}[^()]*?),?\s+)?n\.\s?d\.?$/u.exec(first.slice(0, noDate ? noDate.index + noDate[0].length : first.length).trim());
      if (!undated) continue;
      const named = undated[1]?.trim();
      if (named && named.split(/\s+/).length > 8) continue;
      const before = named ? undefined : nameBefore(sentence, m.index);
      const author = named ?? before?.name;
      out.push({ start: before ? before.start : m.index, end: m.index + m[0].length, ...(author ? { author } : {}) });
      continue;
    }
    let named = first
      .slice(0, year.index)
      .replace(/[\s,]+$/, '')
      .trim();
    // `(Tamsford City Council, Local Plan 2023, glossary)`: a year run into the words before it, after a comma, dates a
    // document named there; its author stands before that comma (initials there are a name's: `(Khan, S. A. 2018)`).
    const titled = /^(.+?),\s+([^,]+)$/u.exec(named);
    if (titled && !/,\s*$/u.test(first.slice(0, year.index)) && !/\b\p{Lu}\.|\bet al\b|&|\band\b/u.test(titled[2]!)) named = titled[1]!.trim();
    // (`(Decree 118/2026)`, `(Regulation 7/2024)`: a number with its year is an instrument's identifier, named whole)
    const identifier = INSTRUMENT_IDENTIFIER.exec(first.trim());
    if (identifier) named = identifier[1]!;
    // (`(NUSB 4402:2019)`: a standard's identifier, its year after the colon, is named whole, as convention 3 writes it;
    // so with a Harvard page after a second colon, `(NUSB 4402:2019: 7)`, or a bare clause number, `(OSB 7301:2022, 3.4)`)
    const standard = STANDARD_CITED.exec(first.trim());
    if (standard) named = standard[1]!;
    const yearValue = Number(year[1]);
    // (`(Saturday 14 March 2026)`, `(March 2026)`: a calendar date dates an event or an edition; it cites no one)
    if (named && CALENDAR_DATE.test(named)) continue;
    // (`(2013, as cited in [14])`: the relay's marker goes with the work cited first, as the relay)
    const relay = /\bas\s+(?:cited|quoted)\s+in\s+(\[\d{1,4}\])/u.exec(first.slice(year.index));
    const relayed = relay ? { ref: relay[1]!, relayed: true as const } : {};
    if (named) {
      // `(Author, 2011)`: the name is inside; it must look like one.
      if (!/^\p{Lu}/u.test(named) || named.split(/\s+/).length > 8) continue;
      out.push({ start: m.index, end: m.index + m[0].length, author: etAl(named), year: yearValue, ...relayed });
    } else if (year.index === first.search(/\S/)) {
      // `Author (2011)`: the name stands before the parenthesis.
      const before = nameBefore(sentence, m.index);
      out.push({ start: before ? before.start : m.index, end: m.index + m[0].length, year: yearValue, ...(before ? { author: before.name } : {}), ...relayed });
    } else continue;
    // (the marker inside is that citation's, not one of its own)
    if (relay) {
      const inner = out.findIndex((c) => c.ref === relay[1] && !c.author && c.start > m.index && c.end < m.index + m[0].length);
      if (inner >= 0) out.splice(inner, 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `(12)`, `(3, 7)`, `(17, p. 3)`: numbered citations in parentheses, each number one the list holds. */
function parenthesisedNumbers(sentence: string, listed: ListedNumbers): Citation[] {
  const out: Citation[] = [];
  const first = sentence.search(/\S/u);
  for (const m of sentence.matchAll(PARENTHESISED_NUMBERS)) {
    const numbers = m[1]!.split(/\s*[-–,]\s*/u).map(Number);
    if (!numbers.every(listed.holds)) continue;
    // (an enumerator opens its item: `(1) A smart city is …` opening the sentence or after a colon; `… that (1) publish
    // their data, (2) …` after a comma or `and`, its item in lower case)
    const after = sentence.slice(m.index + m[0].length, m.index + m[0].length + 3);
    const lead = sentence.slice(Math.max(0, m.index - 6), m.index);
    const opensItem = m.index === first || /:\s*$/u.test(lead);
    if (numbers.length === 1 && (opensItem || (/^\s+\p{Ll}/u.test(after) && /(?:[;,]|\b(?:and|or))\s*$/u.test(lead)))) continue;
    const opensStatement = /^\s+[“"‘']?\p{Lu}/u.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4));
    const before = opensStatement ? undefined : nameBefore(sentence, m.index);
    out.push({ start: before ? before.start : m.index, end: m.index + m[0].length, ref: m[0], ...(before ? { author: before.name } : {}) });
  }
  return out;
}

/**
 * A superscript citation as a PDF's text gives it, digits run onto the word or mark before them: `residents3,4`,
 * `Lindqvist12`, `al.8`, `infrastructure.15–17`, `”7`, `)7`. At most three digits a number (a year is four), no leading
 * zero, a range rising; not after a digit (`2.5`, `1,000`), nor part of a name or measure: an acronym's or a unit's
 * digits (`COVID19`, `ISO37120`, `SDG11`, `CO2`, `m2`), a version (`Industry4.0`, `Web3`), a label's number (`Fig.3`,
 * `p.12`), a number run into letters (`5G`, `3D`, `1st`).
 */
const SUPERSCRIPT = /(?<=([\p{L}’'.,;:)\]”"]))((?!0)\d{1,3}(?:[,–-](?!0)\d{1,3}){0,8})(?![\p{L}\p{N}%°²³]|[.,:/]\d)/gu;
// (the word the digits run onto, read in a bounded window before them)
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}])([\p{L}\p{N}’'-]{1,40})[.,;:)\]”"’']{0,3}$/u;
// Words whose number is a label's or a version's, not a note's: `Fig.3`, `Table2`, `p.12`, `Industry4`, `Web3`.
const NUMBERED_WORD =
  /^(?:fig|figs|figure|figures|table|tables|tab|box|eq|eqs|equation|section|sec|chapter|ch|appendix|app|p|pp|page|pages|no|nos|vol|vols|art|para|step|phase|stage|tier|article|version|ver|v|industry|industrie|web|society|gen|generation)$/iu;

function superscriptNumbers(sentence: string, listed: ListedNumbers): Citation[] {
  const out: Citation[] = [];
  for (const m of sentence.matchAll(SUPERSCRIPT)) {
    const printed = m[2]!;
    const numbers = expandNumbers(printed);
    if (!numbers || !numbers.every((n) => listed.holds(n) && !listed.noted(n))) continue;
    const before = sentence.slice(Math.max(0, m.index - 44), m.index);
    // (a mark before the digits must close a word or a quotation, not a number: `2.5`, `1,000`, `(2019)7` is a year's)
    if (/[.,;:]$/u.test(before) && !/[\p{L}”"’')\]][.,;:]$/u.test(before)) continue;
    const word = WORD_BEFORE.exec(before)?.[1] ?? '';
    const runOn = /[\p{L}]$/u.test(before);
    if (runOn) {
      // (an acronym, a chemical formula or a unit carries its digits: `COVID19`, `SDG11`, `CO2`, `km2`; a word with digits
      // in it is a name, `Urban21`; a one-letter word is a variable or a unit, `m2`, `x3`)
      // (but an acronym whose digits a reporting verb follows is a body cited by its note: `The ITU5 defines …`, `WHO12 describes …`)
      const citedAcronym =
        /^\p{Lu}{2,6}$/u.test(word) &&
        /^\s+(?:defines?|defined|describes?|described|characteri[sz]es|calls|sees|views|understands|proposes|states|notes|writes|puts\s+it)\b/u.test(
          sentence.slice(m.index + printed.length, m.index + printed.length + 24),
        );
      if (/\p{N}/u.test(word) || (/^\p{Lu}{2,}$|^\p{Lu}+\p{Ll}?\p{Lu}/u.test(word) && !citedAcronym) || word.length < 2) continue;
      if (/\d\s*\p{L}{1,3}$/u.test(before) && word.length <= 3) continue;
    }
    // (after a closing quotation mark the digits are a note's, whatever the quotation's last word: `… within a generation’19`)
    const afterQuotation = /[”"’]$/u.test(before);
    if (!afterQuotation && NUMBERED_WORD.test(word.replace(/[’'-]+$/u, ''))) continue;
    const at = m.index;
    // (digits that open a new statement, `… Focus3 A smart city is …`, close the words before them: no name)
    const opensStatement = /^\s+[“"‘']?\p{Lu}/u.test(sentence.slice(at + printed.length, at + printed.length + 4));
    const name = /[\p{L}.]$/u.test(before) && !opensStatement ? nameBefore(sentence, at) : undefined;
    // (a name is a citation's only when the digits run onto its last word: `Okafor and Lindqvist12`, `Smith et al.8`)
    const named = name && (/^\p{Lu}/u.test(word) || word === 'al') && name.name.split(/\s+/u).length <= 8 ? name : undefined;
    out.push({ start: named ? named.start : at, end: at + printed.length, ref: printed, markerStart: at, ...(named ? { author: named.name } : {}) });
  }
  return out;
}

// `ref. 9`, `refs 3,4`, `Ref. 12–14`: a numbered reference named by the word, each number one the list holds.
const REFERENCE_WORD = /\b[Rr]efs?\.?\s?((?!0)\d{1,3}(?:\s?[,–-]\s?(?!0)\d{1,3}){0,8})(?![\p{L}\p{N}]|[.,:]\d)/gu;

function referencesNamed(sentence: string, listed: ListedNumbers): Citation[] {
  const out: Citation[] = [];
  for (const m of sentence.matchAll(REFERENCE_WORD)) {
    const numbers = expandNumbers(m[1]!);
    if (!numbers || !numbers.every(listed.holds)) continue;
    // (in parentheses the parenthesis is the citation: `(ref. 9)`; the number is the marker as printed)
    const open = sentence[m.index - 1] === '(' && sentence[m.index + m[0].length] === ')';
    out.push({ start: open ? m.index - 1 : m.index, end: open ? m.index + m[0].length + 1 : m.index + m[0].length, ref: m[1]! });
  }
  return out;
}

/** `3,4` → [3, 4]; `12–14` → [12, 13, 14]; undefined for a falling range or one of more than 40 numbers. */
function expandNumbers(printed: string): number[] | undefined {
  const out: number[] = [];
  for (const part of printed.split(/\s?,\s?/u)) {
    const [from, to] = part.split(/\s?[–-]\s?/u).map(Number);
    if (to === undefined) out.push(from!);
    else {
      if (!(to > from!) || to - from! > 40) return undefined;
      for (let n = from!; n <= to; n++) out.push(n);
    }
  }
  return out;
}

/**
 * The name written just before `end` (`Harrison et al.`, `the ITU-T Focus Group on Smart
 * Sustainable Cities`, `Höjer and Wangel`), without a leading article or sentence opener.
 */
export function nameBefore(text: string, end: number, documentNoun = true): { name: string; start: number } | undefined {
  // `The Digital Urban Centre’s position paper (2022)`, `the UN-Habitat report (2020)`: the name
  // before a document noun is the author. (Read once, over the last words only: a long run of
  // document nouns stays linear.)
  const from = Math.max(0, end - 120);
  const document = documentNoun
    ? /(?<=\S)(?:[’']s)?\s+(?:[\p{Ll}-]+\s+)?(?:report|paper|strategy|guide|guidelines|glossary|handbook|charter|plan|standard)\s*$/u.exec(
        text.slice(from, end),
      )
    : null;
  if (document) return nameBefore(text, from + document.index, false);
  // (a titled document of the name before `whose`, `the City of Lowenmere, whose Smart City Charter (2023)`: the name)
  const whose = documentNoun
    ? /,\s+whose\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Report|Paper|Strategy|Guide|Guidelines|Glossary|Handbook|Charter|Plan|Standard)\s*$/u.exec(
        text.slice(from, end),
      )
    : null;
  if (whose) return nameBefore(text, from + whose.index, false);
  // Only the last words can be a name: read from a window, and at most MAX_NAME_WORDS kept (a run of name-like
  // words read whole before every marker, each word put in front of the others, made a long run quadratic).
  const windowStart = Math.max(0, end - NAME_WINDOW);
  // (a markup brace is no part of a name: `annote = {Kessler (2020) defines …`, a citation manager's export)
  const tokens = [...text.slice(windowStart, end).matchAll(/[^\s{}]+/gu)].map((t) => Object.assign(t, { index: t.index + windowStart }));
  // (a word cut by the window's edge is no word)
  if (windowStart > 0 && !/[\s{}]/u.test(text[windowStart - 1] ?? ' ')) tokens.shift();
  let i = tokens.length - 1;
  const kept: RegExpExecArray[] = [];
  // Authors as a reference list prints them (`Caragliu, A., Del Bo, C., & Nijkamp, P.`): a surname's comma
  // before its initials, and the initials' comma before the next surname, stay inside the name.
  let referenceForm = false;
  while (i >= 0 && kept.length < MAX_NAME_WORDS) {
    const token = tokens[i]!;
    const word = token[0].replace(/[,;:]+$/, '');
    const next = kept[0]?.[0];
    // (at most some eight authors: a name is read before every marker, so a long run must not be read whole each time)
    const surnameBeforeInitials =
      kept.length < 24 && next !== undefined && INITIALS.test(next) && (next.endsWith(',') || kept.length === 1) && /^\p{Lu}[\p{L}'’-]+,$/u.test(token[0]);
    if (surnameBeforeInitials) referenceForm = true;
    // (a connective that opens a sentence ends the name after it: `… for the Lower Aire\nFollowing Pohjola et al. [4]`, a
    // title line run into the sentence)
    if (kept.length && OPENS_SENTENCE.has(word)) break;
    // a comma before the name ends it
    if (token[0] !== word && kept.length && !surnameBeforeInitials && !(referenceForm && kept.length < 24 && /^(?:\p{Lu}\.-?){1,3},$/u.test(token[0]))) break;
    if (/^(?:et|al\.?|al\.,?)$/.test(word) || NAME_JOINERS.has(word.toLowerCase()) || isNameWord(word, kept.length > 0)) {
      kept.unshift(token as unknown as RegExpExecArray);
      i--;
      continue;
    }
    // (a quotation that opens with the name, `reads: “Drubeck and Haskery-Nwafor (2020) define …`: the name starts after
    // the opening mark, and nothing before the mark is part of it; so does a quoted cell of a comma- or semicolon-separated
    // row, the cell before and its separator run onto the mark: `…drains","Tavrinen & Hollesby (2019, p. 7)"`)
    const mark = /^(?:[^“"‘«\s]*["”][,;|])?[,;|]?[“"‘«]/u.exec(word)?.[0].length;
    const opened = mark ? word.slice(mark) : undefined;
    if (opened && isNameWord(opened, kept.length > 0)) kept.unshift(Object.assign([opened], { index: token.index + mark! }) as unknown as RegExpExecArray);
    break;
  }
  // Trim joiners and openers from both ends: a name starts and ends with a name word.
  while (
    kept.length &&
    // (a joiner written in capitals starts a name: `Le Gall`, `Van Dijk`)
    // (a number follows a name word, `PAS 180:2014`, and never opens one: `1 Lindgren and Obi (2018)` is a table's row number)
    (NAME_JOINERS.has(kept[0]![0]) ||
      NOT_NAME.has(kept[0]![0].toLowerCase().replace(/[.,]$/, '')) ||
      /^et$/.test(kept[0]![0]) ||
      /^[0-9][0-9:./-]*$/u.test(kept[0]![0]))
  )
    kept.shift();
  while (kept.length && NAME_JOINERS.has(kept[kept.length - 1]![0].toLowerCase())) kept.pop();
  if (!kept.length) return undefined;
  const start = kept[0]!.index;
  const name = text
    .slice(start, end)
    .trim()
    .replace(/[,;:]+$/, '');
  if (!/\p{Lu}/u.test(name)) return undefined;
  return { name, start };
}

const INITIALS = /^(?:\p{Lu}\.-?){1,3},?$/u;

/** The most words a name is read back over, and the characters they are looked for in. */
const MAX_NAME_WORDS = 40;
const NAME_WINDOW = 2000;

function isNameWord(word: string, inside: boolean): boolean {
  if (/^\p{Lu}[\p{L}'’.-]*$/u.test(word)) return true; // Harrison, ITU-T, O’Grady, Bakıcı
  // An identifier after a name word: `PAS 180:2014`, `ISO 37120`.
  // (ASCII digits: a superscript footnote marker before a name is not part of it)
  return inside && /^[0-9][0-9:./-]*$/u.test(word);
}

/** The year written in a name (`PAS 180:2014` → 2014), if any. */
export function yearIn(name: string): number | undefined {
  // (a standard's identifier dates its edition after the colon, whatever its number: `PAS 2060:2014`, `KSB 2051:2021`)
  // (its letters and parts bounded, so that a long run of capitals is read in linear time)
  const edition = EDITION_YEAR.exec(name);
  if (edition) return Number(edition[1]);
  const m = YEAR.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** A line that opens with a source label (`Source: Kelmark Terminology Board (2024)`, `(Sources: …`). */
export const SOURCE_LABEL = /^\s*\(?\s*sources?\s*:\s*\p{Lu}/iu;

/** An attribution line under a quotation, set on a line of its own (`— Corrin Halvsted-Mbua, 2019`): a dash, then a name. */
export const ATTRIBUTION_LINE = /^\s*[—―–]\s*\p{Lu}[^.!?;:“”"]{1,80}$/u;

/** A sentence that is nothing but a citation: `Cohen (2011)`, `(Caragliu et al. 2009)`, `[5]`. */
export function citationOnly(sentence: string, listed: ListedNumbers): Citation | undefined {
  // (a note marker after it is the translator's or the editor's note: `(Law 12, 2023, art. 2; own translation.)³`)
  const text = sentence
    .trim()
    .replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '')
    .replace(/[.;,]$/, '');
  const found = findCitations(text, listed);
  if (found.length !== 1) return undefined;
  const c = found[0]!;
  return c.start === 0 && c.end === text.length ? c : undefined;
}

/**
 * A line that names the source of the quotation above it and nothing else: a name of a few words
 * and a year (`Urban21 conference in Berlin 2000`, `– ITU-T, 2014`), no verb.
 */
export function sourceLine(sentence: string): { author: string; year: number } | undefined {
  const m = SOURCE_LINE.exec(sentence);
  if (!m) return undefined;
  // Affiliations in parentheses are not part of the name: `Glaessgen (NASA) and Stargel (US Airforce), 2012`.
  const author = m[1]!
    .replace(/\s*\([^()]*\)/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  if (/[()]/u.test(author)) return undefined;
  if (author.split(/\s+/).length > 8 || hasFiniteVerb(author)) return undefined;
  return { author, year: Number(m[2]) };
}

/**
 * A table row's source cell before its definition cell: `Zygiaris 2013`, `IBM n.d.`, `Gizmo revision
 * deck (n.d.)`, `Kaur & Osei-Bonsu (2021, p. 9)`. The cell is the source whatever its words look like.
 */
export function sourceCellBefore(prefix: string): { author: string; year?: number } | undefined {
  // (a document and the body that issued it, by its acronym, in parentheses: `National Urban Agenda (MUDH) 2020` is the
  // body's, as a document of an organisation is filed under the organisation)
  const issued = ISSUED_BY_ACRONYM.exec(prefix);
  if (issued) return { author: issued[1]!, year: Number(issued[2]) };
  const m = SOURCE_CELL.exec(prefix);
  if (!m || m[1]!.split(/\s+/).length > 8) return undefined;
  return { author: m[1]!.trim(), ...(m[2] ? { year: Number(m[2]) } : {}) };
}
