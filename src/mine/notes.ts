import type { SourceLine } from './layout.js';
import { YEAR } from './citations.js';
// Footnotes and endnotes as a document prints them, by page: a line that opens with a note number (plain digits
// or superscript, no full stop after it) and a capital, with its indented or lower-case continuation lines. They
// resolve a note marker after a definition (`…”.7`, `…”²`) to the source the note names (conventions rule 6).

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A note number in plain digits (`²³` → `23`). */
export function plainDigits(marker: string): string {
  return [...marker].map((c) => (SUPERSCRIPTS.includes(c) ? String(SUPERSCRIPTS.indexOf(c)) : c)).join('');
}

// (plain digits may take a full stop, `12. Anthony M. Rowell, …`: such a line is a note only where the body calls its number
// with a glued call, `…”12`, since a numbered list at a page's foot looks the same)
const NOTE_START = /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}|\d{1,3}(?=\.?\s))(\.?)\s+([\p{Lu}“"‘].*)$/u;

/**
 * The notes printed on each page: page → note number (plain digits) → the note's text, lines joined. A note
 * numbered with a superscript may stand anywhere (endnotes before further sections); one numbered with plain
 * digits only in the run of notes that ends its page (a table's numbered rows mid-page are no notes).
 */
export function notesByPage(body: readonly SourceLine[]): Map<number, Map<string, string>> {
  const out = new Map<number, Map<string, string>>();
  const pages = new Map<number, SourceLine[]>();
  for (const line of body) {
    const lines = pages.get(line.page);
    if (lines) lines.push(line);
    else pages.set(line.page, [line]);
  }
  const calledAtFoot = opensCalledNoteAtFoot(body);
  const calledLines = new Set(body.filter((_, i) => calledAtFoot[i]));
  for (const [page, lines] of pages) {
    // (a note's next line: indented, or opening in lower case or a parenthesis, as a PDF reader gives it without the indent)
    const continues = (text: string) => /^(?:\s{2,}\S|\s*[\p{Ll}(])/u.test(text);
    // Where the page's closing run of note lines (and their continuations, blank lines) begins.
    let foot = lines.length;
    while (foot > 0 && (!lines[foot - 1]!.text.trim() || NOTE_START.test(lines[foot - 1]!.text) || continues(lines[foot - 1]!.text))) foot--;
    foot = Math.min(foot, numberedRunStart(lines));
    const notes = new Map<string, string>();
    let open: { number: string; lines: string[] } | undefined;
    const close = () => {
      if (open && !notes.has(open.number)) notes.set(open.number, open.lines.join(' ').replace(/\s+/gu, ' ').trim());
      open = undefined;
    };
    lines.forEach((line, i) => {
      const start = NOTE_START.exec(line.text);
      if (start && (!start[2] || calledLines.has(line)) && (i >= foot || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(start[1]!))) {
        close();
        open = { number: plainDigits(start[1]!), lines: [start[3]!] };
      } else if (open && (continues(line.text) || i >= foot)) open.lines.push(line.text.trim());
      else if (line.text.trim()) close();
    });
    close();
    if (notes.size) out.set(page, notes);
  }
  return withShortFormsResolved(out);
}

// A citation signal opening a note (`See`, `See, e.g.,`, `Cf.`, `But see`, `See generally`): how the note relates
// to the text, not part of the source it names (Bluebook, Chicago).
const SIGNAL = /^(?:(?:But\s+)?(?:See(?:\s+also|\s+generally)?|[Cc]f\.)|Compare|Accord|Contra|E\.\s?g\.)(?:,?\s+e\.\s?g\.)?,?\s+(?=[\p{Lu}“"‘])/u;
// A note that cites the note before it again: `Id.`, `Id. at 83.`, `Ibid.`, `Ibid., 14.` (nothing else after the pages).
const SAME_AS_BEFORE = /^(?:Id|Ibid|Ibidem)\.(?:,?\s*(?:at\s+)?[\d–,\s-]{0,20}\.?)?$/u;
// A short form citing an earlier note by number: `Rowell, supra note 12, at 430.`, `Rowell, Data Streams, supra note 12.`
const SUPRA = /^([^;()]{1,160}?),?\s+supra\s+note\s+(\d{1,3})\b/u;

/**
 * The notes with their short forms read as the notes they point to (each looked up by number, once): a signal opening a
 * note dropped, `Id.` read as the note before it in the document, `X, supra note 12` as note 12. A note that points to
 * no printed note keeps its text.
 */
function withShortFormsResolved(byPage: Map<number, Map<string, string>>): Map<number, Map<string, string>> {
  const resolved = new Map<string, string>();
  // (the first full note of each surname, for a short note that names its author by surname alone)
  const bySurname = new Map<string, string>();
  let before: string | undefined;
  for (const page of [...byPage.keys()].sort((a, b) => a - b)) {
    const notes = byPage.get(page)!;
    for (const [number, text] of notes) {
      const plain = text.replace(SIGNAL, '');
      // (each citation of a string citation on its own: `See Teague-Brindle, supra note 5, at 230; Corwin Haverlake-Tetteh, …`)
      const read =
        SAME_AS_BEFORE.test(plain) && before !== undefined
          ? before
          : plain
              .split(/;\s+/u)
              .map((citation, i) => {
                const supra = SUPRA.exec(i ? citation.replace(SIGNAL, '') : citation);
                if (supra && resolved.has(supra[2]!)) return citationNaming(resolved.get(supra[2]!)!, supra[1]!);
                return i ? citation : (shortFormOf(plain, bySurname) ?? citation);
              })
              .join('; ');
      notes.set(number, read);
      if (!resolved.has(number)) resolved.set(number, read);
      const full = FULL_NOTE_AUTHOR.exec(read);
      if (full && YEAR.test(read) && !bySurname.has(full[1]!)) bySurname.set(full[1]!, read);
      before = read;
    }
  }
  return byPage;
}

/**
 * Of a note citing several works (`See Teague-Brindle, supra note 5, at 230; Corwin Haverlake-Tetteh, Twins at Law, …
 * (2024).`), the citation a short form names (`Haverlake-Tetteh, supra note 7` → the second): the first citation, between
 * semicolons, holding the short form's first name part in any case (`CITY OF MEREHOLT, supra note 1`); the whole note if none does.
 */
function citationNaming(note: string, shortForm: string): string {
  const name = shortForm.split(',')[0]!.trim().toLowerCase();
  if (!name || !note.includes(';')) return note;
  const named = note.split(/;\s+/u).find((citation) => citation.toLowerCase().includes(name));
  return named ? named.replace(SIGNAL, '').replace(/[.\s]*$/u, '.') : note;
}

// A full note opening with a person, given names first (`Anthony M. Rowell, …`, `Rudolf Giffinger et al., …`): the surname.
const FULL_NOTE_AUTHOR =
  /^(?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)(?:\s+(?:\p{Lu}[\p{Ll}’'-]+|\p{Lu}\.)){0,2}\s+(\p{Lu}[\p{Ll}’'-]+)(?:\s+et\s+al\.)?(?:,|\s+(?:and|&)\s)/u;

/**
 * A short note naming a work by its author's surname and no date (`Rowell, Data Streams, 430.`, `Giffinger et al.,
 * Smart Cities, 11.`, Chicago's and Bluebook's later citations): the earlier full note of that surname, if the document printed one.
 */
function shortFormOf(note: string, bySurname: ReadonlyMap<string, string>): string | undefined {
  if (YEAR.test(note)) return undefined;
  const surname = /^(\p{Lu}[\p{Ll}’'-]+)(?:\s+et\s+al\.)?,\s/u.exec(note)?.[1];
  return surname !== undefined ? bySurname.get(surname) : undefined;
}

/**
 * Where a page's closing run of notes numbered in plain digits begins, when their wrapped lines are not indented and
 * open with a capital or a digit (`6 Rudolf Giffinger et al., Smart Cities: … (Vienna:` / `Centre of Regional Science,
 * …, 2007), 11.`, Chicago notes as a PDF reader gives them): the earliest note line from which to the page's end every
 * note line follows the one before by number, with at most four wrapped lines after each. The page's length if none.
 */
function numberedRunStart(lines: readonly SourceLine[]): number {
  let start = lines.length;
  let expected: number | undefined;
  let wrapped = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const text = lines[i]!.text;
    const note = NOTE_START.exec(text);
    if (note && /^\d/u.test(note[1]!)) {
      const number = Number(note[1]);
      if (expected !== undefined && number !== expected) break;
      expected = number - 1;
      start = i;
      wrapped = 0;
    } else if (text.trim() && ++wrapped > 4) break;
  }
  return start;
}

/**
 * The note number printed right after a definition's end: a superscript (`… services.”²`), or plain digits
 * glued to the closing punctuation (`… data”.7`, `… residents.12`), then a space, a dash (`…”12—a definition …`) or the end.
 */
export function noteMarkerAfter(rest: string): string | undefined {
  const m = /^[\s.,;:!?”"’»)]*?(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?<=[.,;:!?”"’»)])(\d{1,3}))(?=[\s—–]|$)/u.exec(rest);
  return m ? plainDigits(m[1] ?? m[2]!) : undefined;
}

/**
 * For a marker on a page, the notes it can point to: that page's footnotes first, then those of the pages after it
 * (a note set at the foot of the next page, endnotes at the document's end), the nearest page winning; worked out once
 * per page of one document.
 */
export function notesReadFrom(byPage: ReadonlyMap<number, ReadonlyMap<string, string>>): (page: number) => ReadonlyMap<string, string> {
  const pages = [...byPage.keys()].sort((a, b) => a - b);
  const seen = new Map<number, Map<string, string>>();
  return (page) => {
    let out = seen.get(page);
    if (out) return out;
    out = new Map<string, string>();
    for (const p of pages) if (p >= page) for (const [n, text] of byPage.get(p)!) if (!out.has(n)) out.set(n, text);
    seen.set(page, out);
    return out;
  };
}

// A note call glued to the word or punctuation before it (`city.1`, `residents.”4`, `group10`): not a year or a section
// number (`(2020)`, `§ 9.40.020(k)`, `7311:2020`), which stand after a space or run on into more digits or a parenthesis.
const GLUED_CALL = /(?<=[\p{L}.,;:!?”"’)\]])(\d{1,3})(?=[\s—–]|$)/gu;

/**
 * For each line, whether it opens a footnote of the page's closing run of notes numbered in plain digits (`13 QUELLMARK
 * STANDARDS ASS’N, …` under a paragraph ending `… footprint.”21`) whose number the body above called with a glued note
 * call: such a line opens a note even where the body's last line ends on a call and so seems to go on.
 */
export function opensCalledNoteAtFoot(lines: readonly SourceLine[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  const called = new Set<string>();
  let from = 0;
  while (from < lines.length) {
    let to = from;
    while (to < lines.length && lines[to]!.page === lines[from]!.page) to++;
    const page = lines.slice(from, to);
    const run = numberedRunStart(page);
    for (let i = 0; i < page.length; i++) {
      const text = page[i]!.text;
      const note = i >= run ? NOTE_START.exec(text) : null;
      if (note) out[from + i] = /^\d/u.test(note[1]!) && called.has(note[1]!);
      else if (i < run) for (const m of text.matchAll(GLUED_CALL)) called.add(m[1]!);
    }
    from = to;
  }
  return out;
}
