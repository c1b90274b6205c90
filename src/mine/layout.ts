import { gappedHeader, isTableHeader } from './table-header.js';
import { YEAR_DIGITS } from './citations.js';
// Page texts into body lines in reading order: two columns laid side by side are read one after
// the other, running headers and footers and page numbers are dropped, and the reference list is
// set apart (it resolves numbered citations; it is never mined).

/** One line of a page, with where it came from (1-based page and line in that page's text). */
export interface SourceLine {
  readonly text: string;
  readonly page: number;
  readonly line: number;
}

export interface Laid {
  /** The body, in reading order; blank lines kept (they end paragraphs). */
  readonly body: SourceLine[];
  /** The lines of the reference list, if the document has one. */
  readonly references: SourceLine[];
}

// Curly quotation marks saved as GBK and read as Latin-1 (`¡°…¡±`, `¡®…¡¯`: bytes A1B0, A1B1, A1AE, A1AF), as a
// mirror or an old export prints them; the pairs mean nothing else in prose, so they are read as the marks they were.
const GBK_QUOTES: Readonly<Record<string, string>> = { '¡°': '“', '¡±': '”', '¡®': '‘', '¡¯': '’' };

export function gbkQuotes(text: string): string {
  return text.replace(/¡[°±®¯]/gu, (pair) => GBK_QUOTES[pair]!);
}

// A numbered citation broken over lines, one number a line (`[\n1,\n2]`, as web pages of journals copy): joined, so
// that it reads as the marker it is (`[1,2]`).
const BROKEN_MARKER = /\[[ \t]*\n[ \t]*(\d{1,4}(?:[ \t]*[,–-][ \t]*\n?[ \t]*\d{1,4})*)[ \t]*\n?[ \t]*\]/gu;

// XML or HTML element tags at a line's start or end (`<def>A smart city is ….</def>`, `<cit type="example"><quote>`): a
// dictionary's or a page's markup around its text, not words of it. Blanked to spaces, so the line keeps its columns;
// tags inside a line's text are left as printed. A tag is markup when it closes (`</def>`), closes itself (`<br/>`), has
// an attribute with a value (`<sense n="1">`), or opens an element the line closes (`<def>` … `</def>`): a term's domain
// in angle brackets, `<smart cities>`, `<planning>`, is none. (Each tag at most some 500 characters, at most 16 read from
// each end, the end in a bounded window: linear.)
const TAG = String.raw`<(\/?)([A-Za-z][\w:.-]{0,30})((?:\s+[\w:.-]{1,30}\s*=\s*(?:"[^"\n]{0,120}"|'[^'\n]{0,120}'|[^\s<>"']{1,40})){0,8})\s*(\/?)>`;
const LEADING_TAG = new RegExp(String.raw`\s*${TAG}`, 'uy');
/** The most tags read from each end of a line (each is looked for in the line once: a long run of tags stays linear). */
const MAX_EDGE_TAGS = 16;
const TRAILING_TAG = new RegExp(String.raw`${TAG}\s*$`, 'u');

function markupTag(tag: RegExpExecArray, line: string): boolean {
  return tag[1] === '/' || tag[4] === '/' || tag[3] !== '' || line.includes(`</${tag[2]}>`);
}

function blankEdgeTags(line: string): string {
  if (!line.includes('<')) return line;
  let start = 0;
  for (let k = 0; k < MAX_EDGE_TAGS; k++) {
    LEADING_TAG.lastIndex = start;
    const tag = LEADING_TAG.exec(line);
    if (!tag || !markupTag(tag, line)) break;
    start += tag[0].length;
  }
  let end = line.trimEnd().length;
  for (let k = 0; k < MAX_EDGE_TAGS && end > start; k++) {
    const from = Math.max(start, end - 600);
    const tag = TRAILING_TAG.exec(line.slice(from, end));
    if (!tag || !markupTag(tag, line)) break;
    end = from + tag.index;
    while (end > start && /\s/u.test(line[end - 1]!)) end--;
  }
  return start === 0 && end === line.trimEnd().length ? line : ' '.repeat(start) + line.slice(start, end) + ' '.repeat(line.length - end);
}

export function joinBrokenMarkers(text: string): string {
  return text.replace(BROKEN_MARKER, (_, list: string) => `[${list.replace(/[ \t]*([,–-])[ \t]*\n?[ \t]*/gu, (__, mark: string) => mark)}]`);
}

/** Body and references of a document given as page texts. */
export function layOut(pages: readonly string[]): Laid {
  const raw = pages.map((page) =>
    joinBrokenMarkers(gbkQuotes(page.replace(/\r\n?/g, '\n')))
      .split('\n')
      .map(blankEdgeTags),
  );
  // A footer printed across a two-column page (`Okafor · Title      7`) is split at the gutter and its
  // left half read between the columns: running lines are found on the printed lines too, and blanked
  // before the columns are read.
  const printed = runningLines(raw);
  const pageLines = raw.map((lines) => readingOrder(lines.map((l) => (printed.size && printed.has(mask(l)) ? '' : l))));
  const running = runningLines(pageLines.map((lines) => lines.map((l) => l.text)));
  const all: SourceLine[] = [];
  pageLines.forEach((lines, p) => {
    // (a printed running line blanked above goes too: its gap is not a paragraph break)
    const blanked = (l: PageLine) => printed.size > 0 && l.text === '' && printed.has(mask(raw[p]![l.line - 1]!));
    const kept = lines.filter((l, i) => !(running.size && running.has(mask(l.text))) && !blanked(l) && !isPageNumber(l.text, i, lines));
    for (const l of kept) all.push({ text: l.text, page: p + 1, line: l.line });
    // A page break ends a line; the paragraph logic decides whether it ends a paragraph.
  });
  const refs = referencesStart(all);
  if (refs === undefined) {
    const endnotes = bracketedEndnotes(all);
    return endnotes === undefined ? { body: all, references: [] } : { body: all.slice(0, endnotes), references: all.slice(endnotes) };
  }
  const end = referencesEnd(all, refs);
  // Notes printed at the foot of a page of the list (`² This definition is …` and its lines to the page's end) are notes, not entries.
  const listed = all.slice(refs + 1, end);
  const inNote = notesAtFoot(listed);
  return {
    body: [...all.slice(0, refs), ...listed.filter((_, i) => inNote[i]), ...all.slice(end)],
    references: listed.filter((_, i) => !inNote[i]),
  };
}

// ---------------------------------------------------------------------------------------------
// Two columns laid side by side in one text line (as `pdftotext -layout` writes them).

interface PageLine {
  readonly text: string;
  readonly line: number;
}

/**
 * The lines of one page in reading order. When most lines hold two columns separated by a
 * run of spaces at the same place (a gutter), each run of such lines is read as its left column,
 * then its right one; lines that cross the gutter (titles, full-width abstracts) stay where they are.
 */
export function readingOrder(lines: readonly string[]): PageLine[] {
  const numbered = lines.map((text, i) => ({ text: text.replace(/\s+$/, ''), line: i + 1 }));
  const gutter = findGutter(numbered.map((l) => l.text));
  // A page-wide table with a header row lines its cells up like columns; it is read row by row.
  if (gutter === undefined || numbered.some((l, k) => isTableHeader(l.text) || gappedHeader(l.text, numbered[k + 1]?.text ?? '', numbered[k + 2]?.text ?? '')))
    return numbered;
  const out: PageLine[] = [];
  let left: PageLine[] = [];
  let right: PageLine[] = [];
  const flush = () => {
    out.push(...left, ...(left.length && right.length ? [{ text: '', line: left[left.length - 1]!.line }] : []), ...right);
    left = [];
    right = [];
  };
  for (const l of numbered) {
    if (crosses(l.text, gutter)) {
      flush();
      out.push(l);
      continue;
    }
    left.push({ text: l.text.slice(0, gutter).trim(), line: l.line });
    right.push({ text: l.text.slice(gutter).trim(), line: l.line });
  }
  flush();
  return out;
}

/** A line crosses the gutter when text runs over it with less than two spaces of gap. */
function crosses(line: string, gutter: number): boolean {
  const before = line.slice(0, gutter);
  return /\S/.test(before) && /\S/.test(line.slice(gutter)) && !/ {2}$/.test(before);
}

/**
 * The column where the right column starts, if the page has two side by side: a position in the
 * middle half where at least 3 lines, and a quarter of the text lines, start a word after a gap
 * of two or more spaces with text before the gap, and at most a fifth of the lines that reach it
 * run a word over it.
 */
function findGutter(lines: readonly string[]): number | undefined {
  const text = lines.filter((l) => l.trim() !== '');
  if (text.length < 4) return undefined;
  // A loop, not Math.max(...): a long text document's lines would overflow the call stack.
  const width = text.reduce((most, l) => Math.max(most, l.length), 0);
  if (width < 40) return undefined;
  let best: { at: number; strong: number } | undefined;
  for (let at = Math.floor(width * 0.25); at <= Math.ceil(width * 0.75); at++) {
    let strong = 0;
    let cross = 0;
    let reach = 0;
    for (const l of text) {
      if (l.length <= at) continue;
      reach++;
      if (crosses(l, at)) cross++;
      else if (/\S/.test(l[at]!) && /\S/.test(l.slice(0, at))) strong++;
    }
    if (cross * 5 > reach) continue;
    if (!best || strong > best.strong) best = { at, strong };
  }
  if (!best || best.strong < 3 || best.strong * 4 < text.length) return undefined;
  return best.at;
}

// ---------------------------------------------------------------------------------------------
// Running headers, footers and page numbers.

/** A line with its digits masked: `Journal of Cities 12 (2020) 1–15` and its next page's are one. */
function mask(line: string): string {
  return line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Lines that repeat at the top or bottom of pages (masked as above): on at least two pages, and
 * on at least 40% of them (even and odd pages may carry different ones).
 */
function runningLines(pages: readonly (readonly string[])[]): Set<string> {
  const count = new Map<string, number>();
  if (pages.length < 2) return new Set();
  for (const lines of pages) {
    const text = lines.filter((l) => l.trim() !== '');
    const edges = new Set([...text.slice(0, 3), ...text.slice(-3)].map(mask));
    for (const m of edges) if (m !== '') count.set(m, (count.get(m) ?? 0) + 1);
  }
  const out = new Set<string>();
  // (a terminology entry's number alone, `3.2`, starts a page now and then: never a running line)
  for (const [m, n] of count) if (n >= 2 && n >= pages.length * 0.4 && !/^(?:[a-z]\.)?#(?:\.#){1,4}\.?$/u.test(m)) out.add(m);
  return out;
}

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?\s*$/i;

/** A page number alone on a line among the first or last three lines of a page. */
function isPageNumber(text: string, index: number, lines: readonly PageLine[]): boolean {
  if (!PAGE_NUMBER.test(text)) return false;
  const textIndexes = lines.flatMap((l, i) => (l.text.trim() ? [i] : []));
  const at = textIndexes.indexOf(index);
  return at < 3 || at >= textIndexes.length - 3;
}

// ---------------------------------------------------------------------------------------------
// The reference list.

// (a qualifier in parentheses may follow: `References (selected)`)
const REFERENCES_HEADING =
  /^\s*(?:\d{1,2}\.?\s+)?(?:references|bibliography|works cited|literature cited|reference list|sources|literature)(?:\s*\(\s*\p{L}[\p{L} .,-]{0,28}\))?\s*:?\s*$/iu;
// (or a keywords line: an abstract with a short list of its own goes on after it, as a book of abstracts prints them)
const AFTER_REFERENCES =
  /^\s*(?:(?:[A-Z]\.?\s+|\d{1,2}\.?\s+)?(?:appendix|appendices|annex|supplementary material|about the authors?|author biograph(?:y|ies))\b|(?:keywords?|key\s+words|index\s+terms)\s*:)/i;

// An endnote numbered in brackets as the text cites it, opening with a capital and dated: `[1] Merrow Institute, Cities
// Within Limits, 2024.` (a year or n.d. within the line, read in a bounded line).
const BRACKETED_ENDNOTE = new RegExp(String.raw`^\s*\[(\d{1,3})\]\s+\p{Lu}[^\n]{0,300}?(?:\b${YEAR_DIGITS}\b|\bn\.\s?d\.)`, 'u');

/**
 * Without a references heading, a document that closes with its sources numbered in brackets from `[1]` up, one a line
 * (as a post, a newsletter or a slide prints them under the text), and cites `[1]` in the text above: where that list
 * starts. A judgment's numbered paragraphs (`[41] For the purposes of …`) do not start at 1 at the foot, nor are cited.
 */
function bracketedEndnotes(lines: readonly SourceLine[]): number | undefined {
  let start = lines.length;
  while (start > 0 && BRACKETED_ENDNOTE.test(lines[start - 1]!.text)) start--;
  if (start === lines.length || start === 0 || lines.length - start > 60) return undefined;
  const numbers = lines.slice(start).map((l) => Number(BRACKETED_ENDNOTE.exec(l.text)![1]));
  if (!numbers.every((n, i) => n === i + 1)) return undefined;
  // (the text above cites the first, inside a line: `… tomorrow's” [1].`)
  return lines.slice(0, start).some((l) => /\S\s*\[1(?:[,–-]\s*\d{1,3})*\]/u.test(l.text)) ? start : undefined;
}

/** Index of the last references heading in the second half of the document, if any. */
function referencesStart(lines: readonly SourceLine[]): number | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    if (REFERENCES_HEADING.test(lines[i]!.text)) return i >= lines.length * 0.3 || lines.length < 40 ? i : undefined;
  }
  return undefined;
}

/** Which lines are a note under the list: from a line opening with a superscript marker to the end of its page. */
function notesAtFoot(lines: readonly SourceLine[]): boolean[] {
  let notePage: number | undefined;
  return lines.map((l) => {
    if (notePage !== undefined && l.page !== notePage) notePage = undefined;
    if (notePage === undefined && /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/u.test(l.text)) notePage = l.page;
    return notePage !== undefined;
  });
}

function referencesEnd(lines: readonly SourceLine[], start: number): number {
  for (let i = start + 1; i < lines.length; i++) if (AFTER_REFERENCES.test(lines[i]!.text)) return i;
  return lines.length;
}
