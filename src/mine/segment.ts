import { MONTH_NAME, PAGE_LOCATOR, SOURCE_LABEL } from './citations.js';
import { keepsHyphen } from './hyphens.js';
import { opensCalledNoteAtFoot } from './notes.js';
import { isNoun, isWord, LANGUAGE_CODE } from './lexicon.js';
import type { SourceLine } from './layout.js';
import type { Speaker, TurnLine } from './speakers.js';
import {
  gappedHeader,
  headerGoesOn,
  isDefinitionColumn,
  isTableHeader,
  LABEL_NAME,
  tabbedHeader,
  withoutColumnNotes,
  type HeaderColumn,
} from './table-header.js';

/**
 * A sentence as a candidate shows it: a tab-separated row keeps its tab between the term and its meaning while it is read
 * (tabbedLine); shown, the tab is a space, as every other run of white space in a unit is.
 */
export function shownText(text: string): string {
  return text.replace(/\t/gu, ' ');
}

/** What a stretch of text is on the page: mining reads each as its own run of sentences. */
export type UnitKind = 'paragraph' | 'item' | 'footnote' | 'row' | 'heading';

/**
 * A line of a record that is not more of the entry above it: a source label on a line of its own (`Source: Kelmark
 * Terminology Board (2024)`, as a terminology record or a figure note sets it), or a line labelled with a language's
 * code (`FR: ville intelligente — …` under `EN: smart city — …`: the entry in another language).
 */
// (an automatic transcript's speaker code, `SPEAKER_01:`, `SPK_2 [confidence 0.81]:`: a diarisation tool's label opens the
// speaker's turn even where the transcript has too few labels to be read as turns, speakers.ts)
const DIARISED_LABEL = /^\p{Lu}{2,12}_\d{1,3}(?:\s*\[[^\]]{0,40}\])?\s*:/u;

function labelLine(text: string): boolean {
  return SOURCE_LABEL.test(text) || DIARISED_LABEL.test(text) || LANGUAGE_CODE.test(/^(\p{Lu}{2})\s*:\s+\S/u.exec(text)?.[1] ?? '');
}

/** A paragraph, list item, footnote, table row or heading: lines joined, hyphenation repaired. */
export interface Unit {
  readonly kind: UnitKind;
  readonly text: string;
  /** Where each source line starts in `text`, in order. */
  readonly places: readonly { readonly offset: number; readonly page: number; readonly line: number }[];
  /** The speaker whose turn opens with this unit (a transcript's labelled line, speakers.ts). */
  readonly turn?: Speaker;
}

export interface Sentence {
  readonly text: string;
  /** Offset of the sentence in its unit's text. */
  readonly start: number;
}

const LIST_MARKER = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.(?!\d)|[•·▪◦●■‣–—*-])\s+(?=\S)/u;
// (a day and its month, `1 January 2040` carried over from the line before, is a date, not a note's number)
const FOOTNOTE_MARKER = new RegExp(String.raw`^\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|[*†‡§]|\d{1,3}(?=\s+[\p{Lu}“‘"'])(?!\s+${MONTH_NAME}\b))\s*`, 'u');
// A table row: a short capitalised label, then a capitalised article opening the next cell.
// (or a cross-reference opening the next cell: `Digital twin See section 4`)
const TABLE_ROW = /^\p{Lu}[\p{L}’'()-]*(?:[ \t]+[\p{L}’'()-]+){0,5}?(?:[ \t]*[|\t][ \t]*|[ \t]+)(?:A|An|The|One|See)[ \t]+\p{Ll}/u;
// (a Markdown table's row opens and closes with a pipe: `| Okafor (2016) | Smart city | A city that … |`)
const PIPE_ROW = /^(?:[^|\n]{1,120}[ \t]\|[ \t][^|\n]{1,120}[ \t]\|[ \t]\S|\|[^|\n]{1,120}\|[^|\n]{1,400}\|)/u;
// `Smart city – a city that …`, `Internet of Things (IoT) – everyday objects …`: a short capitalised term, a spaced dash, a lower-case meaning.
const DASH_ENTRY = /^\p{Lu}[^–—.:;]{0,40}?\s[–—]\s+\p{Ll}/u;
// ```` ``` ````, ```` ```yaml ````, `"""`, `~~~`: a line that only opens or closes a block of code or a doc string (the
// block inside is read from its own first line: `Urban digital twin: a live model …` an entry, not the end of the step
// that introduced it).
const FENCE = /^(?:`{3,}|~{3,}|"{3})[\w-]{0,20}$/u;
// `smart city (n.) — a city …`, `digital twin (noun): …`: a dictionary's headword with its part of speech, an entry of its
// own whatever the line before (a section's title with no full stop, `Vocabulary — At the town hall`).
const HEADWORD_ENTRY = /^\p{L}[\p{L}'’ -]{0,40}?\s\((?:n|noun|adj|v|vb|verb|pl|n\.\s?pl)\.?\)\s*[—–:-]\s+\S/u;
// `Living lab: a real setting …`: a capitalised term of at most four words, a colon, its meaning in lower case.
const COLON_ENTRY = /^\p{Lu}[\p{L}-]*(?:\s[\p{L}-]+){0,3}:\s+\p{Ll}/u;
// `WD1 Smart city: …`, `D2 Digital twin: …`: a code of capitals and digits, a capitalised term, a colon.
const CODED_ENTRY = /^\p{Lu}{1,4}\d{1,3}[a-z]?\s+\p{Lu}[^:.;]{0,40}:\s/u;
const SECTION_HEADING = /^\s*(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.|[A-Z]\.)\s+\p{Lu}/u;
// After a line that ends its sentence, a line that opens with markup no sentence of prose opens with is a new line of a
// file, not more of the sentence: a merge's conflict marker `=======`, a documentation tag `#' @param`, `@return`, a
// Markdown or wiki heading `## Scope`, `== Scope ==`, a diff's `+` line, a tag `<p>` or a TeX command (not a brace alone,
// which opens a data file's record that the record reader takes with the lines before it); or a video's or a transcript's
// timestamp, `00:00 Intro`, or a line of code that opens a block, `message Twin {`.
const MARKUP_LINE = /^(?:[#@=<>+\\]|\d{1,2}:\d\d(?::\d\d)?\s|[^.!?{}]{1,80}\{$)/u;
const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*\s*$/u;
// A contact line, an e-mail address alone (`* a.okafor@uni.example`, `E-mail: …`): it ends an author block, and the text
// under it opens a paragraph of its own.
const CONTACT_LINE = /^(?:[*†‡✉]\s*)?(?:e-?mail\s*:?\s*)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+[.;,]?$/iu;
const ANNOUNCES = /\b(?:as|is|are|means?|that|which|where|whose|who)\s*[:;]$/iu;
// A relative pronoun and a colon ending a paragraph: the clause it opens is the list item after it.
const UNFINISHED_RELATIVE = /\b(?:that|which|where|whose|who)\s*:$/iu;

/**
 * A line that opens a paragraph of its own whatever the line before: a label line under an entry that prints no full stop
 * (`labelLine`), a markup line after a line that ends its sentence (MARKUP_LINE), a dictionary's headword entry (HEADWORD_ENTRY).
 */
const opensParagraph = (current: Builder | undefined, text: string): boolean =>
  (current?.kind === 'paragraph' && labelLine(text)) || markupAfter(current, text) || HEADWORD_ENTRY.test(text);

/** The units of a body in reading order. */
export function toUnits(lines: readonly SourceLine[]): Unit[] {
  const documentWords = wordsInsideLines(lines);
  const units: Builder[] = [];
  let current: Builder | undefined;
  // A paragraph cut mid-sentence (by a page or column break, a footnote, a blank line) that a later line in lower case continues.
  let interrupted: Builder | undefined;
  // A paragraph that ends by announcing its definiens (`… can be defined as;`, `… a smart city is:`)
  // and the block quotation or paragraph after a blank line that gives it.
  let announcing: Builder | undefined;
  let lastPage = lines[0]?.page ?? 1;
  const suspend = () => {
    // A list item can run on over a page break too (`… a connected digi-` / `tal representation …`).
    if ((current?.kind === 'paragraph' || current?.kind === 'item') && !ENDS_SENTENCE.test(tailOf(current))) interrupted = current;
    if (current?.kind === 'paragraph' && ANNOUNCES.test(tailOf(current))) announcing = current;
    current = undefined;
  };
  const open = (kind: UnitKind, line: SourceLine, text: string, turn?: Speaker) => {
    if (kind !== 'footnote' && kind !== 'heading') interrupted = announcing = undefined;
    current = { kind, parts: [], length: 0, places: [], ...(turn ? { turn } : {}) };
    units.push(current);
    append(current, line, text, documentWords);
  };
  // Inside a table with a header row, until a blank line, a page break or a note under it: its columns.
  let table: TableState = false;
  // Inside a tab-separated table (tabbedHeader), until a line without a tab: which cells of its rows are read.
  let tabbed: { readonly keep: readonly boolean[] } | undefined;
  // The longest line of the list item being read.
  let itemWidest = 0;
  const atPageFoot = linesAtFoot(lines);
  lines.forEach((line, i) => {
    const text = line.text.replace(/\s+/g, ' ').trim();
    if (line.page !== lastPage) {
      lastPage = line.page;
      table = false;
      suspend();
    }
    if (!text || 'turn' in line || FENCE.test(text)) {
      // (a blank line ends a unit, and so does a code fence, which opens nothing; a speaker's label opens a turn, a paragraph
      // of its own whatever the line before)
      table = false;
      tabbed = undefined;
      suspend();
      return text && 'turn' in line ? open('paragraph', line, text, (line as TurnLine).turn) : undefined;
    }
    const tab = tabbedLine(tabbed, line.text);
    tabbed = tab.state;
    if (tab.kind) return void open(tab.kind, line, tab.text ?? text);
    const gapped = isTableHeader(text) ? undefined : gappedHeader(line.text, lines[i + 1]?.text ?? '', lines[i + 2]?.text ?? '');
    if (gapped || isTableHeader(text)) {
      table = { columns: gapped ?? columnsOf(line.text), bare: false };
      open('heading', line, text);
      // (a name wrapped onto an indented line is more of the header, not a row: the table's branch below adds it)
      if (!gapped || !headerGoesOn(gapped, lines[i + 1]?.text ?? '')) current = undefined;
      return;
    }
    const inTable = tableFor(table, line, text, lines[i + 1]?.text ?? '');
    table = inTable.state;
    if (inTable.ended) current = undefined;
    if (table) {
      const { columns } = table;
      if (current && goesOnInTable(current, table, line.text, text)) {
        if (current.columns) appendCells(current.columns, columns, line, text, documentWords);
        else append(current, line, text, documentWords);
      } else {
        open('row', line, withoutLabelCells(line.text, columns) ?? text);
        current!.columns = rowColumns(columns, line, documentWords);
      }
      return;
    }
    const paragraphGoesOn = goesOn(current, text);
    if (CONTACT_LINE.test(text) || (!paragraphGoesOn && isHeading(text, lines[i + 1]?.text.trim() ?? ''))) {
      open(CONTACT_LINE.test(text) ? 'paragraph' : 'heading', line, text);
      current = undefined;
      return;
    }
    if (opensParagraph(current, text)) return void open('paragraph', line, text);
    if (runsOnLettered(current, text)) return void append(current!, line, text, documentWords);
    // (not after a relative and a colon, `… a city that:`: the item finishes that sentence and is read on into it below)
    if (opensItem(text, lines[i + 1]?.text.trim() ?? '', current, paragraphGoesOn) && !unfinishedRelative(current, announcing)) {
      open('item', line, text);
      itemWidest = text.length;
      return;
    }
    const superscript = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]/u.test(text);
    const atFoot = atPageFoot[i]!;
    if (FOOTNOTE_MARKER.test(text) && (superscript || !paragraphGoesOn || atFoot)) {
      suspend();
      open(superscript || atFoot ? 'footnote' : 'paragraph', line, text);
      return;
    }
    const cell = text.search(/[ \t|](?:A|An|The|One|See)[ \t]/);
    // (or any line of three cells or more between pipes: `Okafor (2016) | Smart city | A city that …`)
    if ((TABLE_ROW.test(text) && !/[.:;!?]/.test(text.slice(0, cell))) || PIPE_ROW.test(text)) return void open('row', line, text);
    if (current?.kind === 'item' && itemEnded(current, lines[i - 1]?.text.trim().length ?? 0, Math.max(itemWidest, text.length), text))
      return void open('paragraph', line, text);
    if (current?.kind === 'item') itemWidest = Math.max(itemWidest, text.length);
    if (current) {
      append(current, line, text, documentWords);
    } else if (interrupted && /^[‘'"“]?\p{Ll}/u.test(text)) {
      // (a quotation that goes on with the sentence: `… a city that` / `‘incorporates ICT …’`)
      current = interrupted;
      interrupted = undefined;
      append(current, line, text, documentWords);
    } else if (announcing) {
      current = announcing;
      announcing = undefined;
      append(current, line, text, documentWords);
    } else {
      open('paragraph', line, text);
    }
  });
  return units.map(built);
}

/**
 * The paragraph, open or announcing after a blank line, that stops on a relative and a colon (`… a city that:`): its
 * relative clause is the list item after it, which finishes its sentence; the items after that open their own.
 */
function unfinishedRelative(current: Builder | undefined, announcing: Builder | undefined): Builder | undefined {
  const unit = current?.kind === 'paragraph' ? current : !current ? announcing : undefined;
  return unit && UNFINISHED_RELATIVE.test(tailOf(unit)) ? unit : undefined;
}

/** A markup line (MARKUP_LINE) after a unit whose last sentence has ended. */
function markupAfter(current: Builder | undefined, text: string): boolean {
  return current !== undefined && MARKUP_LINE.test(text) && ENDS_SENTENCE.test(tailOf(current));
}

/** The unit a builder holds once its lines are read. */
function built(u: Builder): Unit {
  if (u.columns) return { kind: u.kind, text: columnsText(u.columns), places: u.places.slice(0, 1) };
  return { kind: u.kind, text: u.parts.join(''), places: u.places, ...(u.turn ? { turn: u.turn } : {}) };
}

/**
 * A line that opens a list item: a marker (where no paragraph goes on, or a letter or bullet), or a `Term – meaning`
 * line among others like it (a glossary box, a jargon buster: each line an entry of its own, even where the line
 * before did not end a sentence).
 */
function opensItem(text: string, next: string, current: Builder | undefined, paragraphGoesOn: boolean): boolean {
  // (`12) defines …` after a line ending in an open parenthesis closes it: `Okafor (2019:` / `12) defines …`)
  if (current && /^\s*[\divx]{1,4}\)/u.test(text) && /\([^()]*$/u.test(tailOf(current))) return false;
  if (LIST_MARKER.test(text) && (!paragraphGoesOn || /^\s*(?:\(?[a-z]\)|[•·▪◦●■‣*])/u.test(text))) return true;
  // `WD1 Smart city: a city …`: a coded entry of a box of definitions opens an item of its own, as a marker does.
  // (even where the line before ends without a full stop: a box's caption, `Box 2 – Working definitions (version 1.0)`)
  if (CODED_ENTRY.test(text)) return true;
  // `Living lab: a real setting …` / `Sustainable city: a city that …`: a margin glossary's entries, each a term, a colon
  // and its meaning in lower case, none with a full stop: each opens an item after a sentence's end or after an entry.
  if (COLON_ENTRY.test(text) && (!paragraphGoesOn || (current !== undefined && COLON_ENTRY.test(headOf(current, 80))))) return true;
  return DASH_ENTRY.test(text) && (DASH_ENTRY.test(next) || (current?.kind === 'item' && DASH_ENTRY.test(headOf(current, 80))));
}

/**
 * A list item ends at a line that stops well short of the item's width (or of the next line's) when the next
 * line opens with a capital: the text after it is the paragraph under the list, not more of the item
 * (`1. whether the council publishes data` / `A smart city is …`). An item that announces what follows
 * (`(1) Smart city:`, `… –`) or is a bare label of a few words goes on.
 */
function itemEnded(item: Builder, lastLine: number, width: number, next: string): boolean {
  if (!/^\p{Lu}/u.test(next) || lastLine >= 0.7 * width) return false;
  // (only the item's ends are read: a long item of short lines stays linear)
  const tail = tailOf(item);
  if (/[:–—-]\s*$/u.test(tail) || ANNOUNCES.test(tail)) return false;
  return (headOf(item, 120).replace(LIST_MARKER, '').match(/\S+/gu)?.length ?? 0) >= 5;
}

// A source cell opening a line: a name and a year or a numbered marker within its first words (`Okafor et al. [4]`, `Lind (2019)`,
// `Lind (16)  2021`, a numbered citation in parentheses before a year column).
const OPENS_WITH_SOURCE =
  /^(?:[^.!?]|(?<=\bal|\b\p{Lu})\.){0,60}?(?:\([^()]{0,30}?\b(?:1[89]|20)\d\d[a-z]?\b[^()]{0,20}\)|\S[ \t]{3,}|\t|\[\d{1,3}(?:[,–-]\s*\d{1,3})*\]|\(\d{1,3}(?:[,–-]\s*\d{1,3})*\)\s+(?:1[89]|20)\d\d\b|\bn\.\s?d\.)/u;

/**
 * Under a header whose first column is the source (`Source Definition Emphasis`), a line at the margin that starts in
 * upper case (`ICTs and …`) still goes on with the row when the row stops mid-sentence (a lower-case word, a comma, a
 * hyphen) and the line opens no source cell of its own: a reader lost the indent.
 */
function wrapsCell(table: TableState, tail: string, text: string): boolean {
  // (the column's name whole: an `Authority` column is a body's, as often a label as a source)
  if (!table || table.bare || !/^(?:source|author|reference)(?:s|\(s\))?$/u.test(table.columns[0]?.name ?? '')) return false;
  return /[\p{Ll},-]$/u.test(tail) && !OPENS_WITH_SOURCE.test(text);
}

/**
 * A table's line that goes on with the unit before it: in a row, an indented line, or one that starts in lower case or
 * with a parenthesis where a reader lost the indent (`wrapsCell` too); under a header whose name wraps (the header kept
 * open), its indented line.
 */
function goesOnInTable(current: Builder, table: Exclude<TableState, false>, raw: string, text: string): boolean {
  if (current.kind === 'heading') return /^\s/u.test(raw);
  return current.kind === 'row' && (/^\s/u.test(raw) || /^[\p{Ll}(]/u.test(text) || wrapsCell(table, tailOf(current), text));
}

/**
 * A paragraph that stops mid-sentence, so that the next line is more of it (read at the unit's end only: a `$` regex over
 * the whole unit at every line made long paragraphs quadratic); not one whose last sentence is a source line, `… means.
 * Source: funded authorities’ strategies`, which prints no full stop: a heading may follow it.
 */
function goesOn(current: Builder | undefined, line: string): boolean {
  // (nor when the line is a box's label in capitals, `KEY WORD BOX` under a title that prints no full stop: it heads the box)
  if (/^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3}$/u.test(line)) return false;
  return current?.kind === 'paragraph' && !ENDS_SENTENCE.test(tailOf(current)) && !ENDS_WITH_SOURCE_LINE.test(tailOf(current, 160));
}

// A unit's last sentence a source label's (`… or means. Source: funded authorities’ strategies; analysis`).
const ENDS_WITH_SOURCE_LINE = /(?:^|[.!?]\s+)\(?sources?\s*:\s+\p{Lu}[^.!?]*$/iu;

/**
 * A table's key to its abbreviations under the rows, at the margin: two entries or more, each a short code, a comma and
 * its meaning in lower case (`n, number of studies included. SC, smart city; SSC, smart sustainable city`): a note, not
 * more of the last row's cell, even where it opens in lower case.
 */
const ABBREVIATION_KEY = /^[\p{L}\p{N}%]{1,8},\s+\p{Ll}[^,.;:]{0,60}[.;]\s+[\p{L}\p{N}%]{1,8},\s+\p{Ll}/u;

/** The columns of the table a line is in; `bare` when the table was found by its cells, not under a header row. */
type TableState = { readonly columns: readonly Column[]; readonly bare: boolean } | false;

/**
 * The table a line is in, and whether the one before ended at it: a note or a section heading ends a table; a
 * line at the margin whose cells do not line up ends one found by its cells; a line with a source cell and a
 * gap, whose next line goes on in the same column, starts one.
 */
function tableFor(state: TableState, line: SourceLine, text: string, next: string): { state: TableState; ended: boolean } {
  if (state && (/^(?:notes?|sources?)\s*[.:]/iu.test(text) || /^[¹²³⁴⁵⁶⁷⁸⁹⁰†‡§]/u.test(text) || SECTION_HEADING.test(text) || ABBREVIATION_KEY.test(text)))
    return { state: false, ended: true };
  const gap = sourceCellGap(line.text);
  if (state && state.bare && !/^\s/u.test(line.text) && gap !== state.columns[1]?.at) return { state: false, ended: true };
  if (!state && gap !== undefined && continuesColumn(next, gap)) {
    return {
      state: {
        columns: [
          { name: 'source', at: 0 },
          { name: 'definition', at: gap },
        ],
        bare: true,
      },
      ended: false,
    };
  }
  return { state, ended: false };
}

/**
 * Where the definition cell starts on a line that opens with a source cell (`Hollands (2008)`, `IBM n.d.`,
 * a name and a year) set apart by a gap of three spaces or a tab; undefined otherwise.
 */
function sourceCellGap(line: string): number | undefined {
  const m = /^(\S(?:[^\t]{0,48}?\S)?)(?: {3,}|\t+)(?=\S)/u.exec(line);
  if (!m || !/(?:\((?:1[89]|20)\d\d[a-z]?(?:,[^()]{0,20})?\)|\(n\.\s?d\.\)|\b(?:1[89]|20)\d\d[a-z]?|\bn\.\s?d\.)$/u.test(m[1]!)) return undefined;
  return m[0].length;
}

/** The line after a row's first goes on in its definition cell (indented to it) or opens the next row there. */
function continuesColumn(next: string, at: number): boolean {
  const indent = /^\s*/u.exec(next)![0].length;
  return (indent >= at - 1 && indent <= at + 1 && next.trim() !== '') || sourceCellGap(next) === at;
}

/**
 * A line of a tab-separated table (tabbedHeader): its header opens one, which a line without a tab ends. A row is one
 * unit, its term cell and its meaning set apart by a tab as the glossary reads them: the tabs are all that tells the
 * cells apart when the meaning opens without an article (`Digital twin⇥Live model of …`).
 */
function tabbedLine(
  state: { readonly keep: readonly boolean[] } | undefined,
  raw: string,
): { state: { readonly keep: readonly boolean[] } | undefined; kind?: 'heading' | 'row'; text?: string } {
  const header = tabbedHeader(raw);
  if (header) return { state: header, kind: 'heading' };
  if (!state || !raw.includes('\t')) return { state: undefined };
  const cells = raw.split(/\t+/u).map((c) => c.replace(/\s+/gu, ' ').trim());
  const [term, ...rest] = cells.filter((c, k) => state.keep[k] === true && c !== '');
  return { state, kind: 'row', text: [term, rest.join(' ')].filter(Boolean).join('\t') };
}

type Column = HeaderColumn;

function columnsOf(header: string): Column[] {
  return [...withoutColumnNotes(header).matchAll(/\S+/g)].map((m) => ({ name: m[0].toLowerCase(), at: m.index }));
}

/** A column that labels a row (its number, sector, type) rather than giving its source or its definition. */
const isLabel = (column: Column): boolean => column.label === true || LABEL_NAME.test(column.name);

/**
 * A row's text without its label cells (`A3  Academic   Kaur & Osei-Bonsu (2021)  Smart cities are …`
 * under `No. Sector  Source  Definition` keeps the source and the definition; a row code is a label in any
 * column), when its cells start
 * where the header's column names do; undefined when they do not line up.
 */
function withoutLabelCells(line: string, columns: readonly Column[]): string | undefined {
  const cells: string[] = [];
  let dropped = false;
  for (let i = 0; i < columns.length; i++) {
    const { at } = columns[i]!;
    if (at > 0 && line.length > at && !/\s/.test(line[at - 1]!)) return leadingLabelsDropped(line, columns);
    const cell = line.slice(at, columns[i + 1]?.at ?? line.length).trim();
    // A label column, or a row code in any column (`A3`, `12`, `M2.`).
    if (isLabel(columns[i]!) || (i < columns.length - 1 && /^\p{Lu}{0,3}\d{1,3}[a-z]?\.?$/u.test(cell))) dropped = true;
    else cells.push(cell);
  }
  if (!dropped) return undefined;
  const text = cells.filter(Boolean).join(' ').replace(/\s+/g, ' ');
  return text || undefined;
}

/** A line's cells under a header's columns, or undefined when they do not line up. */
function cellsOf(line: string, columns: readonly Column[]): string[] | undefined {
  const cells: string[] = [];
  for (let i = 0; i < columns.length; i++) {
    const { at } = columns[i]!;
    if (at > 0 && line.length > at && !/\s/.test(line[at - 1]!)) return undefined;
    cells.push(line.slice(at, columns[i + 1]?.at ?? line.length).trim());
  }
  return cells;
}

/**
 * A row read column by column, so that a cell wrapped over several lines stays whole and the cells after it
 * stay after it (`Smart city  A city that uses …  ITU (2015)` / `            services for residents` gives
 * `Smart city A city that uses … services for residents ITU (2015)`, not the source cell inside the
 * definition). Undefined when the opening line's cells do not line up (as PDF text gives them).
 */
function rowColumns(columns: readonly Column[], line: SourceLine, documentWords: ReadonlySet<string>): Builder['columns'] {
  const cells = cellsOf(line.text, columns);
  if (!cells) return undefined;
  const out = columns.map((column, i) => ({
    cell: { kind: 'row' as const, parts: [], length: 0, places: [] },
    // (a label column, or a row code in any column but the last: left out as `withoutLabelCells` does)
    keep: !isLabel(column) && !(i < columns.length - 1 && /^\p{Lu}{0,3}\d{1,3}[a-z]?\.?$/u.test(cells[i]!)),
    definition: isDefinitionColumn(column.name),
  }));
  appendCells(out, columns, line, '', documentWords, cells);
  return out;
}

/** A row's next line added cell by cell; a line whose cells do not line up goes on with the definition cell. */
function appendCells(
  row: NonNullable<Builder['columns']>,
  columns: readonly Column[],
  line: SourceLine,
  text: string,
  documentWords: ReadonlySet<string>,
  cells = cellsOf(line.text, columns),
): void {
  if (!cells) {
    const target = row.find((c) => c.definition && c.keep) ?? row.filter((c) => c.keep).at(-1);
    if (target) append(target.cell, line, text, documentWords);
    return;
  }
  cells.forEach((cell, i) => {
    if (cell && row[i]!.keep) append(row[i]!.cell, line, cell.replace(/\s+/g, ' '), documentWords);
  });
}

function columnsText(row: NonNullable<Builder['columns']>): string {
  return row
    .filter((c) => c.keep && c.cell.length !== 0)
    .map((c) => c.cell.parts.join(''))
    .join(' ');
}

/**
 * Cells that do not line up (a PDF reader puts one space between them): the leading label columns
 * are one word each (`A3 Academic Kaur & Osei-Bonsu (2021) Smart cities are …`), so as many words go.
 */
function leadingLabelsDropped(line: string, columns: readonly Column[]): string | undefined {
  const words = line.trim().split(/\s+/);
  // (the first word a row code, whatever its column is called)
  if (!/^\p{Lu}{0,3}\d{1,3}[a-z]?\.?$/u.test(words[0]!)) return undefined;
  let labels = 1;
  while (labels < columns.length - 1 && isLabel(columns[labels]!)) labels++;
  if (words.length <= labels) return undefined;
  return words.slice(labels).join(' ');
}

// A unit's text is kept as its lines' parts and only its end is read while lines come (joining or slicing
// the whole text at every line made a long paragraph quadratic).
interface Builder {
  kind: UnitKind;
  parts: string[];
  length: number;
  places: { offset: number; page: number; line: number }[];
  /** A table row whose cells line up under its header: each column's text, read down the row's lines. */
  columns?: { readonly cell: Builder; readonly keep: boolean; readonly definition: boolean }[];
  /** A sentence a statute runs on into lettered paragraphs (`… in which—` / `(a) …;` / `(b) …`). */
  lettered?: boolean;
  turn?: Speaker;
}

/**
 * A lettered paragraph goes on with the sentence before it when that sentence announced it with a dash glued to its
 * last word (`means a city authority area in which—`), as statutes print them, or with an earlier paragraph of it.
 */
function runsOnLettered(current: Builder | undefined, text: string): boolean {
  if (!current || !/^\((?:[a-z]|[ivx]{1,4})\)\s/u.test(text)) return false;
  if (!current.lettered && !/\p{L}[—–]$/u.test(tailOf(current))) return false;
  current.lettered = true;
  return true;
}

/** The last `n` characters or more of a unit's text so far. */
function tailOf(unit: Builder, n = 40): string {
  let tail = '';
  for (let i = unit.parts.length - 1; i >= 0 && tail.length < n; i--) tail = unit.parts[i]! + tail;
  return tail;
}

/** The first `n` characters or more of a unit's text. */
function headOf(unit: Builder, n: number): string {
  let head = '';
  for (let i = 0; i < unit.parts.length && head.length < n; i++) head += unit.parts[i]!;
  return head;
}

function push(unit: Builder, part: string): void {
  unit.parts.push(part);
  unit.length += part.length;
}

/** Appends a line to a unit, repairing a hyphen at the end of the unit so far. */
function append(unit: Builder, line: SourceLine, text: string, documentWords: ReadonlySet<string>): void {
  if (!unit.length) {
    unit.places.push({ offset: 0, page: line.page, line: line.line });
    push(unit, text);
    return;
  }
  const end = tailOf(unit, 200);
  const hyphen = /(\p{L})([-\u2010\u00ad])$/u.exec(end);
  let joiner = ' ';
  if (hyphen && /^\p{L}/u.test(text)) {
    const left = /([\p{L}]+)[-\u2010\u00ad]$/u.exec(end)![1]!;
    const right = /^[\p{L}]+/u.exec(text)![0];
    const typesetting = hyphen[2] === '\u00ad' || (/\p{Ll}$/u.test(left) && /^\p{Ll}/u.test(right) && !keepsHyphen(left, right, documentWords));
    // (the hyphen ends the last part: lines are trimmed and never empty)
    const last = unit.parts.length - 1;
    const before = unit.parts[last]!;
    unit.parts[last] = typesetting ? before.slice(0, -1) : before.replace(/\u00ad$/, '-');
    unit.length += unit.parts[last]!.length - before.length;
    joiner = '';
  }
  push(unit, joiner);
  unit.places.push({ offset: unit.length, page: line.page, line: line.line });
  push(unit, text);
}

/** Words (hyphenated ones whole) written inside lines, not split at a line end. */
function wordsInsideLines(lines: readonly SourceLine[]): Set<string> {
  const out = new Set<string>();
  let previousSplit = false;
  for (const { text } of lines) {
    const words = text.toLowerCase().match(/\p{L}+(?:[-\u2010]\p{L}+)*/gu) ?? [];
    const split = /\p{L}[-\u2010\u00ad]\s*$/u.test(text);
    words.forEach((w, i) => {
      if ((i === 0 && previousSplit) || (i === words.length - 1 && split)) return;
      out.add(w.replace(/\u2010/g, '-'));
    });
    previousSplit = split;
  }
  return out;
}

/** A section heading on a line of its own: numbered or title case, no closing punctuation, prose after it. */
function isHeading(text: string, next: string): boolean {
  // (a Markdown heading, `## Terms`, `# kelso-twin-sample`: its own unit whatever its case, never run into the entry under it)
  if (/^#{1,6}\s+\S/u.test(text) && !/[.,;:!?]$/u.test(text) && text.split(' ').length <= 12 && next !== '') return true;
  // (so is a wiki's or a file listing's, `== Definitions ==`, `== notes.txt ==`: the marks close it on the same line)
  if (/^(={1,6})\s[^=]{1,80}\s\1$/u.test(text) && next !== '') return true;
  // (a box's label in capitals, `KEY TERMS`, `GLOSSARY`, heads its entries even when they open in lower case: `smart city A city …`)
  if (/^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}$/u.test(text) && next !== '') return true;
  // (a glossary's label with words after it, `Glossary of the report (translated from the French)`, heads its entries)
  // (`of` or a parenthesis after the label: a box's label run into its first entry, `GLOSSARY  The words …`, stays as it was)
  if (/^(?:glossary|key\s+terms|terminology)\s+(?:of\s|\()/iu.test(text) && !/[.,;:!?]$/.test(text) && text.split(' ').length <= 12 && next !== '') return true;
  // (a statute's section heading heads its numbered subsection: `4 Digital twins` / `(1) In this Act …`; so does a
  // contract's, `4. Definitions` / `4.7 Digital Twin: …`)
  if (/[.,;:!?]$/.test(text) || text.split(' ').length > 12 || !/^(?:\(\d{1,3}[a-z]?\)\s+|\d{1,3}(?:\.\d{1,3}){1,3}\.?\s+)?\p{Lu}/u.test(next)) return false;
  if (SECTION_HEADING.test(text)) return true;
  // (a label in capitals with its number, then a dash or colon and a title in sentence case: `CHALLENGE 3 — Make it
  // count`, `PART II: What we heard`; the capitalised line under it opens the text, not more of the title)
  if (/^\p{Lu}{3,}\s+(?:\d{1,3}|[IVX]{1,4}|[A-Z])\s*[—–:-]\s*\p{L}/u.test(text)) return true;
  // (a document's title in capitals with the part it cites, `STAGE MANAGEMENT HANDBOOK, section 9.2`, `SAFETY CODE — part 3`:
  // the capitalised line under it opens the text)
  if (
    /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,6}\s*[,—–:-]\s*(?:[Ss]ection|[Cc]hapter|[Pp]art|[Cc]lause|[Aa]rticle|[Pp]age|p\.|§)\s*\d{1,3}(?:\.\d{1,3}){0,3}$/u.test(
      text,
    )
  )
    return true;
  const words = text.split(' ').filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w) || ['a', 'an', 'and', 'as', 'for', 'in', 'of', 'on', 'the', 'to', 'with'].includes(w));
  // One word alone on its line (`Abstract`, `Introduction`) or a title-case line.
  if (words.length >= 1 && capitalised.length === words.length && (words.length >= 2 || text === words[0])) return true;
  // (or a short sentence-case one whose last word is a plural noun, `Methodological notes`, `Key findings`: a section's
  // name, where a wrapped sentence's line ends in a function word or a verb)
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.length === text.split(' ').length &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    words.slice(1).every((w) => /^\p{Ll}+$/u.test(w)) &&
    isNoun(words.at(-1)!) &&
    /\p{Ll}s$/u.test(words.at(-1)!)
  );
}

/** For each line, how many non-blank lines follow it on its page (one pass from the end: a long page stays linear). */
/**
 * Whether each line stands at its page's foot: among the last three lines with text, or opening a note of the page's
 * closing run that the body called (`13 QUELLMARK …` under a paragraph ending `… footprint.”21`, notes.ts).
 */
function linesAtFoot(lines: readonly SourceLine[]): boolean[] {
  const following = linesAfter(lines);
  const calledNote = opensCalledNoteAtFoot(lines);
  return following.map((after, i) => after <= 3 || calledNote[i]!);
}

function linesAfter(lines: readonly SourceLine[]): number[] {
  const after = new Array<number>(lines.length).fill(0);
  for (let j = lines.length - 2; j >= 0; j--) {
    const next = lines[j + 1]!;
    after[j] = next.page === lines[j]!.page ? after[j + 1]! + (next.text.trim() ? 1 : 0) : 0;
  }
  return after;
}

// ---------------------------------------------------------------------------------------------
// Sentences.

// A key-terms entry: a term in lower case (or opening with a digit, `3D city model`), then its meaning opening with a
// capital article or a capitalised verb in the present (`urban informatics The study of …`, `digital twin Mirrors a …`).
const KEY_TERM_ENTRY = /^[\p{Ll}\d][\p{L}\d-]*(?:\s+\p{Ll}[\p{L}-]*){0,4}\s+(?:A|An|The|\p{Lu}\p{Ll}+s)\s+\p{Ll}/u;

// Words that end with a full stop without ending a sentence (lower-cased, without the stop).
const ABBREVIATIONS = new Set([
  'al',
  'e.g',
  'i.e',
  'etc',
  'cf',
  'vs',
  'viz',
  'fig',
  'figs',
  'eq',
  'no',
  'nos',
  'vol',
  'vols',
  'pp',
  'p',
  'ed',
  'eds',
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'inc',
  'ltd',
  'co',
  'corp',
  'st',
  'approx',
  'ch',
  'sec',
  'u.s',
  'u.k',
  'e.u',
  'u.n',
  'jr',
  'sr',
  'ca',
  'resp',
  'incl',
  'dept',
  'univ',
  'ibid',
  'op',
  'cit',
  'n.d',
  'nr',
  'art',
  'para',
  'est',
]);

// Where a sentence ends (see splitSentences): its closing mark, what stays with it (quotes, a note marker, a numbered
// citation, an author–year citation or a page locator after a block quotation's full stop), the space after it and what
// may open the next. The page locator is citations.ts's PAGE_LOCATOR, the one pattern every reader of locators shares.
// (a configuration file's next key may open it too, `… for operating it.` / `show_in_nav: true`: a snake_case name and a
// colon or an equals sign is a field, not the sentence going on)
// (a quotation may open it with two single marks, `… need. ‘’Moreover, a smart city is …’’, argues …`, as a word processor
// curls a typed '')
/** A configuration file's key opening a line's text: a snake_case name, then a colon or an equals sign (`show_in_nav: true`). */
const CONFIG_KEY = /^\p{Ll}[\p{Ll}\d]{0,30}(?:_[\p{Ll}\d]{1,30}){1,6}\s*[:=]/u;
const SENTENCE_BOUNDARY = new RegExp(
  String.raw`([.!?])(["'”’)\]]*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,3}(?:[,–-]\d{1,3}){0,8}(?=\s))?(?:\s*\[\d[\d,;:\s–-]*\]|\s*\((?:[^()]{1,80}?(?:1[89]|20)\d\d[a-z]?|[^()]{1,80}?n\.\s?d\.)(?:[,;:]\s*[^()]{0,30})?\)|\s*${PAGE_LOCATOR.source})?)(\s+|(?<=[¹²³⁴⁵⁶⁷⁸⁹⁰]))(?=(?:["“‘'([]|‘’|‘‘|'')?[\p{Lu}]|\((?:[a-z]|[ivx]{1,4})\)\s|\[\p{Ll}[\p{Ll} ]{0,30}\]\s+["“‘]?\p{Lu}|\p{Ll}+\s|\d\p{L}|\d{1,2}(?:\.\d{1,2})+\s+["“‘']?\p{Lu}|\d{1,2}\/\d{1,2}\s+\p{Lu}|\p{Sc}\d|${CONFIG_KEY.source.slice(1)})`,
  'gu',
);

/**
 * The sentences of a unit. A `.`, `!` or `?` (and any closing quotes or brackets) ends one before
 * an upper-case letter or an opening quote, unless the word before it is an abbreviation or an
 * initial ("R. Giffinger", "et al.", "e.g."); an ellipsis never does (it marks an omission).
 */
export function splitSentences(text: string, kind: UnitKind = 'paragraph'): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) out.push({ text: body, start: start + lead });
  };
  // A sum of money opens one (`… can see what's changing. £8,420 raised of £15,000`).
  // A numbered citation set after the full stop (`… resources". [3] Cisco defines …`) stays with its sentence,
  // and so do superscript note markers (`… before they are taken.² In this brief …`).
  // A stage direction in brackets after the full stop opens the next one (`… open data. [laughs] That is …`).
  // So does an author–year citation in parentheses after a block quotation's full stop (`… generations. (Haugen, 2018, p. 57)`),
  // or its page alone (`… responsible for it. (p. 23) The definition …`).
  // A lettered item of a list set in running text opens one (`… data protection. (b) “Urban data” means …`).
  // A note marker set in plain digits (a PDF's superscript: `… the data.3 A smart city is …`, a citation's `….15–17`,
  // `….3,4`) ends it too, after a word; a superscript marker ends it even with no space after it (`… the data.³A smart city …`).
  let start = 0;
  for (const match of text.matchAll(SENTENCE_BOUNDARY)) {
    // (a digit after a number's point is its decimals: `version 2.3 The …`)
    // (after a closing bracket it is a note marker: `… everyone“ [translation ours].2 The …`)
    if (/^["'”’)\]]*\d/u.test(match[2]!) && !/[\p{Ll}"'”’)\]]/u.test(text[match.index - 1] ?? '')) continue;
    // (a full stop before a lower-case word ends a sentence only after a plain word: a stray full stop as printed,
    // `… with the environment. and with a long-term vision`, or two texts spliced, `… decision-making. offer …`;
    // not after an abbreviation, an initial, a name or a number)
    // (an entry of a key-terms box opens in lower case or with a digit, its meaning with a capital: `… draws on. ecological
    // footprint The area of …`, `… first. 3D city model A digital model …`; it ends the entry before it whatever that ends with)
    const entry = KEY_TERM_ENTRY.test(text.slice(match.index + match[0].length, match.index + match[0].length + 80));
    // (a numbered clause of a contract or of minutes opens a sentence of its own: `… the borough. 2.2 “Platform” means …`;
    // the defined term may be in straight single quotes, `2.2 'Ward' means …`, as British drafting sets it)
    const clause = /^\d{1,2}(?:\.\d{1,2})+\s+["“‘']?\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12));
    // (so does a post's number in a thread, `n/m` and a capital: `… who produce it. 3/4 Most vendor …`)
    const post = /^\d{1,2}\/\d{1,2}\s+\p{Lu}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 8));
    if (/^\d/u.test(text[match.index + match[0].length] ?? '') && !entry && !clause && !post) continue;
    // (a configuration file's next key opens one whatever ends the sentence before it: `… for operating it. show_in_nav: true`)
    const field = CONFIG_KEY.test(text.slice(match.index + match[0].length, match.index + match[0].length + 60));
    if (/^\p{Ll}/u.test(text[match.index + match[0].length] ?? '') && !entry && !field) {
      const word = /(?<![\p{L}.])(\p{Ll}{4,})$/u.exec(text.slice(Math.max(start, match.index - 20), match.index))?.[1];
      if (match[1] !== '.' || match[2] || !word || ABBREVIATIONS.has(word) || !isWord(word)) continue;
    }
    if (match[1] === '.') {
      if (text.slice(Math.max(0, match.index - 2), match.index) === '..') continue;
      const before = text.slice(Math.max(start, match.index - 12), match.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      // (`et al.` and `etc.` end a sentence too when a word that opens one follows at once: `… by Okafor et al. A smart city is …`)
      const opens = /^["“‘'(]?(?:A|An|The|This|These|Those|It|Its|In|We|Our|Such|There|They|However)\s/u.test(
        text.slice(match.index + match[0].length, match.index + match[0].length + 12),
      );
      // (not after a citation marker nor in a table row: `Washburn et al. [8] A smart city …` is a source cell and its definition)
      // (a letter naming a part of a document is no initial: `… the limits set in Annex B. Volunteers record …`)
      const part = /\b(?:Annex|Appendix|Schedule|Exhibit|Part|Table|Figure|Section|Chapter)\s\p{Lu}$/u.test(before);
      if ((ABBREVIATIONS.has(word) && !((word === 'al' || word === 'etc') && opens && !match[2] && kind !== 'row')) || (/^\p{L}$/u.test(word) && !part))
        continue;
    }
    const end = match.index + 1 + (match[2]?.length ?? 0);
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}

/**
 * The notes of a document by their superscript marker (`² A model that is …` → `²`), from its footnote
 * units, so that a marker after a definition can be read: a note citing a source, or a comment.
 * (notes.ts reads notes too, from the printed lines by page, plain-digit numbers included, to name a marker's
 * source; the two readers take different lines as notes and join them differently, so neither can stand in for
 * the other without changing what is mined.)
 */
export function notesOf(units: readonly Unit[]): Map<string, string> {
  const notes = new Map<string, string>();
  for (const unit of units) {
    const m = unit.kind === 'footnote' ? /^\s*([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})\s+(\S.*)$/su.exec(unit.text) : null;
    if (m && !notes.has(m[1]!)) notes.set(m[1]!, m[2]!);
  }
  return notes;
}

/** The source place (page and line) of an offset in a unit. */
export function placeOf(unit: Unit, offset: number): { page: number; line: number } {
  let place = unit.places[0] ?? { page: 1, line: 1 };
  for (const p of unit.places) {
    if (p.offset > offset) break;
    place = p;
  }
  return { page: place.page, line: place.line };
}
