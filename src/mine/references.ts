import { PATENT_LIST_LABEL, YEAR, YEAR_DIGITS, yearsIn } from './citations.js';
import { bodyBeforeTitle, ORGANISATION } from './clauses.js';
import type { SourceLine } from './layout.js';
import { isWord } from './lexicon.js';

/** One entry of a paper's reference list, as far as a citation needs it. */
export interface Reference {
  /** `[12]`, `12.` or `12` at the start of the entry, if numbered. */
  readonly number?: number;
  /** Surnames (or one organisation, or one standard's identifier) in order. */
  readonly authors: readonly string[];
  /** The list printed "et al." (or an ellipsis) after the authors it names. */
  readonly etAl?: boolean;
  readonly year?: number;
  readonly text: string;
}

const NUMBERED = /^\s*(?:\[(\d{1,4})\]|(\d{1,4})\.(?!\d)|(\d{1,4})\s)\s*/u;
/** The year (or its absence) printed right after the authors: `(2019)`, `. 2019.`, `, 2019.`, `(2022, March 14)`, `(n.d.)`. */
const YEAR_AFTER_AUTHORS = new RegExp(
  String.raw`^\s*(?:\((?:[Ee]ds?|[Ee]ditors?)\.?\)\.?|,?\s*eds?\.)?\s*(?:[.,]\s*)?(?:\(\s*(?:(${YEAR_DIGITS})[a-z]?|n\.\s?d\.?|no date)\s*[),]|(${YEAR_DIGITS})[a-z]?\s*[.,;]|(?:n\.\s?d\.|no date)[.,]?)`,
  'u',
);

/** The entries of a reference list, joined across the lines they wrap over. */
export function parseReferences(lines: readonly SourceLine[]): Reference[] {
  const out: Reference[] = [];
  for (const text of entryTexts(lines)) out.push(parseEntry(text, out.at(-1)));
  return out;
}

/** An entry being read: its lines, its last line, its start (enough to see whether it holds more than its authors), whether it has a year. */
interface Pending {
  readonly lines: string[];
  last: string;
  head: string;
  dated: boolean;
}

// (an entry's head past this length holds more than its authors: bounded, so a run of lines that start no entry stays linear)
const HEAD = 600;
const DATED = new RegExp(String.raw`${YEAR.source}|\bn\.\s?d\.|\bno date\b`, 'u');

/** Each entry's text, its lines joined (a line-end hyphen joins without a space). */
function entryTexts(lines: readonly SourceLine[]): string[] {
  const raw = lines.map((l) => l.text.replace(/\s+$/u, '')).filter((t) => t.trim());
  const numbered = raw.filter((t) => NUMBERED.test(t)).length >= Math.max(1, raw.length * 0.2);
  // A hanging indent, where the extraction kept it, marks every continuation line.
  const indented = !numbered && raw.some((t) => /^\s/u.test(t)) && raw.some((t) => /^\S/u.test(t));
  const entries: Pending[] = [];
  let lastNumber = 0;
  for (const line of raw) {
    const t = line.trim();
    const entry = entries.at(-1);
    let starts: boolean;
    if (entry === undefined) starts = true;
    else if (numbered) starts = startsNumbered(t, lastNumber);
    else if (indented) starts = !/^\s/u.test(line);
    else starts = startsAuthorYear(t, entry);
    if (starts) {
      entries.push({ lines: [t], last: t, head: t.slice(0, HEAD + 1), dated: DATED.test(t) });
      const n = NUMBERED.exec(t);
      if (numbered && n) lastNumber = Number(n[1] ?? n[2] ?? n[3]);
    } else {
      entry!.lines.push(t);
      if (entry!.head.length <= HEAD) entry!.head = joinLines(entry!.head, t).slice(0, HEAD + 1);
      entry!.dated ||= DATED.test(t);
      entry!.last = t;
    }
  }
  return entries.map((e) => e.lines.map((l, i) => (i === 0 || HYPHENATED.test(e.lines[i - 1]!) ? l : ` ${l}`)).join(''));
}

const HYPHENATED = /[-\u2010]$/u;
const joinLines = (text: string, line: string) => (HYPHENATED.test(text) ? text + line : `${text} ${line}`);

/**
 * A numbered entry starts at `[n]`, or at `n.` / `n` soon after the last number, so that a wrapped line that
 * opens with a year or a page (`2019.`, `101–19.`) continues the entry above.
 */
function startsNumbered(line: string, last: number): boolean {
  const n = NUMBERED.exec(line);
  if (!n) return false;
  if (n[1] !== undefined) return true;
  const number = Number(n[2] ?? n[3]);
  return number > last && number <= last + 5;
}

/**
 * In an unnumbered list, a line starts an entry when it opens with authors followed by the year (the author–year
 * styles), a repeated-author dash, or — after an entry that looks finished — authors, a body or a standard followed by
 * a full stop (MLA, a report's bibliography). Never after a line that ends mid-list (`,`, `and`, `In:`, a hyphen).
 */
function startsAuthorYear(line: string, entry: Pending): boolean {
  if (/(?:[,;:&\-\u2010(]|\b(?:and|of|for|the|In))$/u.test(entry.last)) return false;
  if (/^[—–-]{2,}/u.test(line)) return true;
  if (!entry.dated || (entry.head.length <= HEAD && unfinished(entry.head))) return false;
  const head = readAuthors(line);
  if (head && YEAR_AFTER_AUTHORS.test(line.slice(head.end))) return true;
  // (a line of several people alone: Springer's authors before a year on the next line, after an entry with no full stop)
  if (head?.kind === 'people' && head.authors.length > 1 && !line.slice(head.end).trim()) return true;
  if (!/[.)\]”"’?!\d]$/u.test(entry.last)) return false;
  if (head && weakStart(head, line.slice(head.end))) return true;
  return /^[“"][^“”"]{2,120}[.?!,][”"]\s+\p{Lu}/u.test(line);
}

/**
 * An entry so far that cannot be whole (besides one with no year at all, `Halegoua, Germaine. The Digital City: …`
 * before `New York UP, 2020.`): only authors (`Caprotti, Federico, Robert Cowley, …, Eleanor` before `Gao, Lucien
 * Georgeson, …`), or only authors and year (`…, and Simon Joss. 2017.` before its quoted title).
 */
function unfinished(entry: string): boolean {
  const head = readAuthors(entry);
  if (!head || head.kind !== 'people') return false;
  const rest = entry.slice(head.end);
  const year = YEAR_AFTER_AUTHORS.exec(rest);
  return /^[,;]?\s*(?:and\s+)?(?:\p{Lu}[\p{L}.-]*)?$/u.test(rest) || (!!year && !rest.slice(year[0].length).trim());
}

/**
 * Authors opening a line after a finished entry, without a year: people (the line may end inside their list), a
 * standard, or a body's name of two words or an acronym (not `Geogr. Rev.`) before a full stop or an unquoted title.
 */
function weakStart(head: Authors, rest: string): boolean {
  // (`van Dijck, José, et al. The …`: the full stop of "et al." ends the authors)
  if (head.kind === 'people')
    return /^(?:\s*[.:]|,?\s*\(?[Ee]ds?\.?\)?\.?)\s+\S|^,?\s*(?:\p{Lu}[\p{L}.-]*)?$/u.test(rest) || (head.etAl && /^\s+\S/u.test(rest));
  const name = head.authors[0]!;
  return /^\s*(?:[.:]\s+\S|,\s+\p{Lu}\p{Ll}*\s+\p{Ll})/u.test(rest) && (head.kind === 'standard' || name.includes(' ') || /^\p{Lu}{2,}/u.test(name));
}

function parseEntry(text: string, previous: Reference | undefined): Reference {
  const n = NUMBERED.exec(text);
  const body = n ? text.slice(n[0].length) : text;
  const number = n ? Number(n[1] ?? n[2] ?? n[3]) : undefined;
  // Chicago's 3-em dash (`———. 2013b. …`) repeats the authors of the entry above.
  const dash = /^[—–-]{2,}\.?/u.exec(body);
  const head = dash ? { authors: previous?.authors ?? [], etAl: previous?.etAl ?? false, end: dash[0].length } : readAuthors(body);
  const year = publicationYear(body, head?.end ?? 0);
  return {
    ...(number !== undefined ? { number } : {}),
    authors: head?.authors ?? [],
    ...(head?.etAl ? { etAl: true } : {}),
    ...(year !== undefined ? { year } : {}),
    text,
  };
}

/**
 * The year an entry was published: right after the authors (`Aalto, K. (2011)`, `Aalto, K. and Berg, M. 2011.`;
 * none when they print `n.d.`), else in parentheses (`… 54(4), 1–16 (2010)`), else the last year of the entry, where
 * numbered styles print it (`…, vol. 12, pp. 1–9, 2018.`) — not a year in a quoted title (`“Cities after 2050”`), a
 * page range, an address, an access date or a `[cited …]` date.
 */
function publicationYear(body: string, authorsEnd: number): number | undefined {
  const after = authorsEnd > 0 ? YEAR_AFTER_AUTHORS.exec(body.slice(authorsEnd)) : null;
  if (after) return (after[1] ?? after[2]) ? Number(after[1] ?? after[2]) : undefined;
  const parenthesised = new RegExp(String.raw`\((${YEAR_DIGITS})[a-z]?\)`, 'u').exec(body);
  if (parenthesised) return Number(parenthesised[1]);
  const plain = body
    .replace(/“[^“”]*”|"[^"]*"|‘[^‘’]*’(?!\p{L})/gu, ' ')
    .replace(/https?:\/\/\S+|www\.\S+|\bdoi:?\s*10\.\S+/giu, ' ')
    .replace(/\[cited[^\]]*\]/giu, ' ')
    // (the pages or article number after a volume: `2020;20(7):1987`, `3 (3): 274–79`)
    .replace(/(?<=;\s*\d+(?:\s*\(\w+\))?|\d\s*\(\w+\))\s*:\s*\p{L}?\d+(?:\s*[-–]\s*\p{L}?\d+)?/gu, ' ')
    // (an access date ends the entry: `Accessed: Mar. 3, 2021.`)
    .replace(/\b(?:accessed|retrieved|viewed|visited|consulted)\b.*$/iu, ' ')
    .replace(/\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?/giu, ' ');
  return yearsIn(plain).at(-1);
}

interface Authors {
  readonly kind: 'people' | 'body' | 'standard';
  readonly authors: string[];
  readonly etAl: boolean;
  /** Where the authors end in the text. */
  readonly end: number;
}

/**
 * The authors at the start of an entry: a standard's identifier (`ISO 37122:2019, …`), people in one of the
 * styles' forms, or else a body's name (`Brightline Partners, Smart city outlook 2020.` → Brightline Partners).
 */
function readAuthors(body: string): Authors | undefined {
  return standardAtStart(body) ?? peopleAtStart(body) ?? bodyAtStart(body);
}

/** `ISO 37122:2019`, `PAS 180:2014`, `ISO/IEC 30182:2017`, `ITU-T Y.4900` opening the entry, with no author before it. */
function standardAtStart(body: string): Authors | undefined {
  // (not a body's acronym and a bare year: `WHO 2016, Urban health …`)
  const m = /^\p{Lu}{2,}(?:[-/]\p{Lu}+)*\s+(?!(?:1[89]|20)\d\d[a-z]?(?![\d.:/-]))\p{Lu}?\.?\d[\d.:/-]*\d(?=[.,]?(?:\s|$))/u.exec(body);
  return m ? { kind: 'standard', authors: [m[0]], etAl: false, end: m[0].length } : undefined;
}

// A surname, particles allowed before and inside it (`van der Meulen`, `Jiménez de la Fuente`, `Ó Briain`).
const PARTICLE = String.raw`(?:van|von|de|der|den|del|della|da|das|do|dos|di|du|la|le|ten|ter|zu|al|el|bin|ibn)`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’-]*`;
// (a word after the first has two letters at least: `Zhou X, Li M.` is a surname and its initial, `Ó Briain S.` one surname)
const SURNAME = String.raw`(?:${PARTICLE}\s+)*${CAPITALISED}(?:\s+(?:${PARTICLE}\s+)*\p{Lu}[\p{L}'’-]+)*`;
const INITIALS = String.raw`\p{Lu}\.(?:\s?-?\s?\p{Lu}\.)*`;
const GIVEN = String.raw`\p{Lu}\p{Ll}+(?:-\p{L}+)?`;

/** The forms a person takes in a list, each capturing the surname. */
const PERSON = {
  // `Harrison, C.`, `Lee, J.H.`, `Hu, M.-C.` (APA, Harvard, LNCS, Elsevier-Harvard)
  inverted: new RegExp(String.raw`^(${SURNAME}),\s*${INITIALS}`, 'u'),
  // `Allam Z`, `Kummitha RKR`, `Wang Z-Y`, `Haugsdal T.` (Vancouver, Springer basic, ISO)
  vancouver: new RegExp(String.raw`^(${SURNAME})\s+\p{Lu}(?:\.?-?\p{Lu}){0,3}(?![\p{L}'’-])`, 'u'),
  // `C. Harrison`, `J.-H. Lee`, `J. van der Meulen` (IEEE, Elsevier numbered)
  initialled: new RegExp(String.raw`^${INITIALS}\s*(${SURNAME})`, 'u'),
  // `Batty, Michael`, `Anthopoulos, Leonidas G.` (the first author in Chicago and MLA)
  invertedGiven: new RegExp(String.raw`^(${SURNAME}),\s+${GIVEN}(?:\s+\p{Lu}\.)*(?:(?<=\.)|(?=[.,]|\s+and\s))`, 'u'),
  // `Amara Okafor`, `Ludwig von Stein` (ACM; the later authors in Chicago and MLA)
  natural: new RegExp(
    String.raw`^(?:${GIVEN}|\p{Lu}\.)(?:\s+(?:${GIVEN}|\p{Lu}\.))*\s+((?:${PARTICLE}\s+)*${CAPITALISED})(?=[.,;]|\s+(?:and|&|et\s+al)\b|$)`,
    'u',
  ),
} as const;
type Form = keyof typeof PERSON;
/** The form of the authors after the first: Chicago and MLA invert only the first. */
const NEXT: Record<Form, Form> = { inverted: 'inverted', vancouver: 'vancouver', initialled: 'initialled', invertedGiven: 'natural', natural: 'natural' };
// (a full stop may end the initials before it: `Haugsdal T., Njoroge W.`)
const SEPARATOR = /^(?:\.?\s*[;,]\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)/u;
const ET_AL = /^,?\s*(?:et\s+al\.?|\.\s?\.\s?\.)/u;
const ELLIPSIS = /^,?\s*\.\s?\.\s?\.\s*/u;

/** People from the start of the entry, in the form the first of them takes. */
function peopleAtStart(body: string): Authors | undefined {
  for (const form of ['inverted', 'vancouver', 'invertedGiven', 'initialled', 'natural'] as const) {
    const first = PERSON[form].exec(body);
    if (!first) continue;
    const people = peopleFrom(body, first, NEXT[form]);
    // (`U.K. Office for Digital Planning`: initials and capitals that open a body's name)
    if (people.authors.some((a) => ORGANISATION.test(a.split(/\s+/u).at(-1)!)) || /^\s+(?:of|for|on)\s/u.test(body.slice(people.end))) continue;
    // A full-name form opening a body's name (`Smart Cities Council. 2014.`, `Quarry Lane Studio`) is the body.
    if (form === 'natural' && !people.authors.every(personLike)) continue;
    // (one name in full, `Wei Zhang. 2017.`, only before ACM's year: `Audit Scotland (2021)` is a body)
    if (form === 'natural' && people.authors.length === 1 && !people.etAl && !/^\.\s+(?:(?:1[89]|20)\d\d|n\.\s?d\.)/u.test(body.slice(people.end))) continue;
    return people;
  }
  return undefined;
}

function peopleFrom(body: string, first: RegExpExecArray, form: Form): Authors {
  const authors = [surnameOf(first[1]!)];
  let end = first[0].length;
  let etAl = false;
  for (;;) {
    const rest = body.slice(end);
    // APA prints the first 19 and the last after an ellipsis: `Abara, G., . . . Zhou, W.`
    const ellipsis = ELLIPSIS.exec(rest);
    if (ellipsis && PERSON[form].test(rest.slice(ellipsis[0].length))) {
      etAl = true;
      end += ellipsis[0].length + PERSON[form].exec(rest.slice(ellipsis[0].length))![0].length;
      continue;
    }
    const et = ET_AL.exec(rest);
    if (et) {
      etAl = true;
      end += et[0].length;
      break;
    }
    const separator = SEPARATOR.exec(rest);
    const next = separator && PERSON[form].exec(rest.slice(separator[0].length));
    if (!separator || !next) break;
    authors.push(surnameOf(next[1]!));
    end += separator[0].length + next[0].length;
  }
  return { kind: 'people', authors, etAl, end };
}

const surnameOf = (name: string) => name.trim().replace(/[.,]$/u, '');

/** A person's name rather than a body's: no organisation noun, a particle (`von Stein`) or a surname that is not an English word. */
function personLike(surname: string): boolean {
  const last = surname.split(/\s+/u).at(-1)!;
  if (ORGANISATION.test(last)) return false;
  return surname.includes(' ') || (!isWord(last.toLowerCase()) && !isWord(last.toLowerCase().replace(/s$/u, '')));
}

/**
 * A body's name opening the entry: up to the year, a colon, a quoted title, a full stop after a word, or the comma
 * before an unquoted title (`Northgate Analytics, Urban mobility index 2021, …`) — not the commas of a portfolio
 * (`Department for Business, Innovation and Skills`). Its parenthesised abbreviation is left out, as citations leave it.
 */
const JOINER = /^(?:of|for|on|and|the|in|&)$/u;

function bodyAtStart(body: string): Authors | undefined {
  const cut = body.search(/\s*\(|[:“"‘]|(?<=[\p{L}\p{N}]{2}|-\p{Lu})\.(?:\s|$)|,\s*(?:(?:1[89]|20)\d\d|n\.\s?d\.)|\s(?=(?:1[89]|20)\d\d[a-z]?(?:[.,;]|$))/u);
  let name = cut >= 0 ? body.slice(0, cut) : body;
  const title = /,\s*(?=[^,]*(?:\s(?!(?:of|for|on|and|the|in|&)\s)\p{Ll}|\d|^\s*\p{Lu}[\p{L}-]*\s+\p{Ll}))/u.exec(name);
  if (title) name = name.slice(0, title.index);
  // (a body's name, an organisation noun in it, runs on after a comma into its document's title: `Teldrane Agency for
  // Digital Settlements, National Programme for Connected Municipalities: …` is by the agency; a portfolio listed to an
  // `and` goes on with the name, `Department for Business, Innovation and Skills, Smart Cities: …`)
  name = bodyBeforeTitle(name) ?? name;
  name = name.trim().replace(/[\s,;.]+$/u, '');
  // (a body that is also the entry's publisher names itself again after the title: `City of Brayford, Brayford Open Data
  // Charter, City of Brayford, 2021.` is by City of Brayford; the longest part before a comma that recurs)
  if (!body.slice(name.length).includes(name)) {
    const heads = [...name.matchAll(/,/gu)].map((m) => name.slice(0, m.index).trim()).reverse();
    const recurring = heads.find((head) => head.includes(' ') && body.slice(head.length + 1).includes(head));
    if (recurring) name = recurring;
  }
  const words = name.split(/\s+/u);
  if (!name || words.length > 12 || !words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && JOINER.test(w)))) return undefined;
  const abbreviation = /^\s*\(\p{Lu}[\p{Lu}\p{N}&.-]+\)/u.exec(body.slice(name.length));
  return { kind: 'body', authors: [name], etAl: false, end: name.length + (abbreviation?.[0].length ?? 0) };
}

/** How a citation names the authors: one, `A and B`, or `A et al.` (also when the list printed "et al."). */
export function citedAs(authors: readonly string[], etAl = false): string | undefined {
  if (!authors.length) return undefined;
  if (etAl || authors.length > 2) return `${authors[0]} et al.`;
  if (authors.length === 1) return authors[0];
  return `${authors[0]} and ${authors[1]}`;
}

/** A patent's citation list entry: `PTL 1: QZ 2019/0123456 A1 (Hallvik AB), published …`, `NPL 2: Aalto, K., …`. */
const LABELLED = new RegExp(String.raw`^\s*((?:${PATENT_LIST_LABEL})\s?\d{1,3})\s*:\s+(\S.*)$`, 'u');

/**
 * A patent's patent and non-patent literature lists, keyed by label (`PTL 1`, `NPL 2`), wherever the document prints them
 * (a patent's citation list sits mid-description, before its summary). A patent is filed under its applicant (in the
 * parentheses after its number) and dated by its publication (the last year printed); other literature is read as a
 * reference list's entry. An entry runs on over the indented lines below it.
 */
export function labelledReferences(lines: readonly string[]): Map<string, Reference> {
  const texts: [string, string][] = [];
  // The entry the next indented line goes on with; any other line ends it.
  let open: [string, string] | undefined;
  for (const line of lines) {
    const m = LABELLED.exec(line);
    if (m) texts.push((open = [m[1]!.replace(/\s+/u, ' '), m[2]!.trim()]));
    // (an entry is read from its head, as a reference list's is: a run of indented lines below a label, a code listing,
    // adds nothing to it, and reading it whole made such a document quadratic)
    else if (open && /^\s+\S/u.test(line)) {
      if (open[1].length <= HEAD) open[1] = joinLines(open[1], line.trim()).slice(0, HEAD + 1);
    } else if (line.trim()) open = undefined;
  }
  const out = new Map<string, Reference>();
  for (const [label, text] of texts) {
    if (out.has(label)) continue;
    if (label.startsWith('PTL')) {
      const applicant = /\(([^()\d]{2,80})\)/u.exec(text)?.[1]?.trim();
      const years = [...text.matchAll(/(?<!\d)((?:1[89]|20)\d\d)(?!\d)/gu)];
      const year = years.length ? Number(years.at(-1)![1]) : undefined;
      out.set(label, { authors: applicant ? [applicant] : [], ...(year !== undefined ? { year } : {}), text });
    } else out.set(label, parseEntry(text, undefined));
  }
  return out;
}
