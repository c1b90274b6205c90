import type { Attribution } from './attribution.js';
import { YEAR } from './citations.js';
import { citedAs, type Reference } from './references.js';
import type { Clause, Factor, TermMatcher } from './clauses.js';
import { canonical } from './clauses/terms.js';
import { keepsHyphen } from './hyphens.js';
import type { SourceLine } from './layout.js';

// Entries of a terminology standard's "Terms and definitions" clause (ISO 704 / ISO 10241-1, the
// ISO directives, BSI PAS, ITU-T Recommendations): an entry number (`3.1`, `3.2.4`) on its own
// line or before the term, the term line (lower case; admitted synonyms, an abbreviation,
// `DEPRECATED: …` and a `<domain>` may follow on lines of their own), the definition (a noun
// phrase without article or full stop, wrapped over lines), then notes to entry, examples and a
// `[SOURCE: …]` line. ITU-T writes `3.2.1 smart sustainable city: An innovative city …` (and,
// for terms defined elsewhere, `3.1.1 digital twin [b-ITU-T Y.4600]: …`). An entry defines the
// concept of its preferred term; its notes and examples are not definitions, and nor is an
// entry of another term that mentions the concept in its definition.

/** An entry defining a configured term, read as one clause. */
export interface TermEntry {
  /** The entry from its term to the end of its definition (lines joined, hyphenation repaired). */
  readonly sentence: string;
  readonly clause: Clause;
  readonly attribution?: Attribution;
  readonly place: { readonly page: number; readonly line: number };
  /** Index of the term line in the body, for reading order. */
  readonly at: number;
}

const NUMBER = String.raw`(?:[A-Z]\.)?\d{1,2}(?:\.\d{1,3}){1,4}`;
const NUMBER_ALONE = new RegExp(`^${NUMBER}\\.?$`, 'u');
// (not a quantity run into the text: `2.5 million residents …`)
const NUMBER_THEN = new RegExp(
  `^(${NUMBER})\\.?\\s+(?!(?:million|billion|thousand|trillion|per\\s?cent|percent|times|years?|months?|hours?|km|miles?|metres?|meters?|tonnes?|degrees?)\\b)(\\S.*)$`,
  'u',
);
// How a definition starts: lower case (ISO), a domain, an article (a glossary), an acronym.
const DEFINITION_START = /^(?:[\p{Ll}<〈⟨(]|(?:A|An|The)\s+\p{Ll}|\p{Lu}{2,}\b)/u;
const NOTE = /^(?:(?:[Nn]ote|NOTE)\s+\d+\s+to\s+entry\b|NOTE\b|Notes?\s*\d*\s*[:–—-]|EXAMPLES?\b|Example\s*\d*\s*[:–—-])/u;
const SOURCE = /^\[?\s*SOURCE\s*:/iu;
// A note to entry, which is prose about the entry (examples, which illustrate, are not read as prose).
const PROSE_NOTE = /^(?:(?:[Nn]ote|NOTE)\s+\d+\s+to\s+entry\b|NOTE\b|Notes?\s*\d*\s*[:–—-])/u;
const HEADING = /^\d{1,2}(?:\.\d{1,3})*\.?\s+\p{Lu}/u;
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d&/-]{1,9}s?$/u;
const DESIGNATION = /^(?:DEPRECATED|deprecated|ADMITTED|admitted|PREFERRED|preferred)\s*:\s*(.*)$/u;
const DOMAIN = /^[<〈⟨][^<>〈〉⟨⟩]{2,60}[>〉⟩]$/u;
// Words a definition has and a synonym line does not.
const FUNCTION_WORD = /\b(?:that|which|who|whose|where|of|to|for|with|by|in|on|at|from|the|a|an|its|their|is|are|or|as|used)\b/iu;
// Words of a term line: letters, hyphens, parentheses round an abbreviation.
// (an abbreviation may follow in parentheses or after a semicolon: `smart city; SC`, as national standards print it)
const TERM_LINE = /^[\p{L}][\p{L}\p{N}'’\-\u2010 ]*(?:\s*\([\p{Lu}\d]{2,10}s?\)|;\s*\p{Lu}[\p{Lu}\d]{1,9}s?)?$/u;

/**
 * The body with every terminology entry's lines blanked (they are read here, not as prose), and the
 * entries that define a configured term. Entries of other terms are blanked only in a run of two or
 * more entries (a terms clause), so that a lone numbered line of prose is left to the sentence reader.
 */
export function readTermEntries(
  body: readonly SourceLine[],
  referenceLines: readonly SourceLine[],
  matcher: TermMatcher,
  references: ReadonlyMap<number | string, Reference>,
): { body: SourceLine[]; entries: TermEntry[] } {
  const spans: Span[] = [];
  for (let i = 0; i < body.length;) {
    const span = entryAt(body, i);
    if (span) {
      spans.push(span);
      i = span.end;
    } else i++;
  }
  if (!spans.length) return { body: [...body], entries: [] };
  const blanked = body.map((l) => l);
  const entries: TermEntry[] = [];
  const labels = labelled([...referenceLines, ...body]);
  for (const span of spans) {
    const entry = termEntry(body, span, matcher, references, labels);
    if (entry) entries.push(entry);
    // (a lone entry of another term is left as it was)
    if (!entry && spans.length < 2) continue;
    // (a note to entry is prose: `Note 1 to entry: A smart sustainable city can also be understood as …` is read as any
    // sentence is, and judged so: a negated or evaluative note is no definition, one with a genus and a differentia is)
    for (let j = span.start; j < span.end; j++) if (!span.notes.some(([a, b]) => j >= a && j < b)) blanked[j] = { ...body[j]!, text: '' };
  }
  return { body: blanked, entries };
}

/** An entry's lines: [start, end) in the body, the term line, its designations and definition lines. */
interface Span {
  readonly start: number;
  readonly end: number;
  /** The term line's index, and where the term starts in it (after an entry number on the same line). */
  readonly termLine: number;
  readonly termStart: number;
  /** `term [label]: Definition.` on the term line (ITU-T). */
  readonly inline: boolean;
  /** Lines between the term and the definition (synonyms, abbreviation, deprecated, domain). */
  readonly designations: readonly number[];
  /** Definition lines, [from, to). */
  readonly definition: readonly [number, number];
  /** The `[SOURCE: …]` text, if the entry has one. */
  readonly source?: string;
  /** Notes to entry, [from, to): prose about the entry, left in the body to be read as prose is. */
  readonly notes: readonly (readonly [number, number])[];
}

const text = (lines: readonly SourceLine[], i: number) => lines[i]?.text.trim() ?? '';

function stops(line: string): boolean {
  return !line || NUMBER_ALONE.test(line) || NOTE.test(line) || SOURCE.test(line) || HEADING.test(line) || isTitle(line) || newEntry(line);
}

// The clauses and parts that follow a terms clause, when they are not numbered.
const PART_TITLE = /^(?:Annex\s+[A-Z]\b|Appendix\b|Bibliography$|Abbreviated\s+terms\b|Abbreviations\b|Symbols\b|Foreword$|Introduction$|Scope$|Contents$)/u;

/** An unnumbered title after the last entry (`Annex A (informative)`, `Abbreviated Terms`): not a definition's next line. */
function isTitle(line: string): boolean {
  if (PART_TITLE.test(line)) return true;
  const words = line.split(/\s+/);
  const capitalised = (w: string) => /^[\p{Lu}\d(]/u.test(w);
  return (
    words.length >= 2 &&
    words.length <= 8 &&
    !/[.,;:]$/u.test(line) &&
    words.some((w) => w.length >= 4 && capitalised(w)) &&
    words.every((w) => w.length < 4 || capitalised(w))
  );
}

/** `3.2 smart city` or `3.2.1 smart sustainable city: An …` (a number, then a term in lower case). */
function newEntry(line: string): boolean {
  const m = NUMBER_THEN.exec(line);
  return Boolean(m && /^\p{Ll}/u.test(m[2]!) && (inlineParts(m[2]!) || isTermLine(m[2]!)));
}

function isTermLine(line: string): boolean {
  return line.split(/\s+/).length <= 8 && TERM_LINE.test(line);
}

/** `smart sustainable city [ITU-T Y.4900]: An innovative city …` → term, label, definition. */
function inlineParts(rest: string): { term: string; label?: string; definition: string } | undefined {
  const m = /^([\p{L}][\p{L}\p{N}'’\-\u2010 ]{1,80}?(?:\s*\([\p{Lu}\d]{2,10}s?\))?)\s*(?:\[([^\]]{2,60})\])?\s*:\s+(\S.*)$/u.exec(rest);
  if (!m || m[1]!.split(/\s+/).length > 8) return undefined;
  return { term: m[1]!, ...(m[2] ? { label: m[2] } : {}), definition: m[3]! };
}

function entryAt(body: readonly SourceLine[], i: number): Span | undefined {
  const first = text(body, i);
  let termLine: number;
  let termStart = 0;
  let inline = false;
  if (NUMBER_ALONE.test(first)) {
    termLine = filled(body, i + 1);
    if (!/^\p{Ll}/u.test(text(body, termLine)) || !isTermLine(text(body, termLine))) return undefined;
  } else {
    const m = NUMBER_THEN.exec(first);
    if (!m || !/^\p{Ll}/u.test(m[2]!)) return undefined;
    termLine = i;
    termStart = body[i]!.text.indexOf(m[2]!);
    inline = Boolean(inlineParts(m[2]!));
    if (!inline && !isTermLine(m[2]!)) return undefined;
  }
  // Designation lines, then the definition.
  const designations: number[] = [];
  let j = inline ? termLine + 1 : filled(body, termLine + 1);
  if (!inline) {
    for (; j < body.length; j = filled(body, j + 1)) {
      const line = text(body, j);
      const next = text(body, filled(body, j + 1));
      if (stops(line) || stops(next)) break;
      const synonym = /^\p{Ll}/u.test(line) && line.split(/\s+/).length <= 5 && TERM_LINE.test(line) && !FUNCTION_WORD.test(line);
      if (!(ABBREVIATION.test(line) || DESIGNATION.test(line) || DOMAIN.test(line) || synonym)) break;
      designations.push(j);
    }
  }
  const from = inline ? termLine : j;
  let to = inline ? termLine + 1 : j;
  // (an inline definition goes on until its full stop; a noun-phrase definition until a note, a source or the next entry)
  const ended = (k: number) => /[.!?]["'”’)]*$/u.test(text(body, k));
  if (!inline && (stops(text(body, from)) || !DEFINITION_START.test(text(body, from)))) return undefined;
  while (to < body.length && to - from < 15 && !(to > from && ended(to - 1)) && !stops(text(body, to))) to++;
  // Notes, examples and the source line after the definition belong to the entry.
  let end = to;
  let source: string | undefined;
  const notes: [number, number][] = [];
  while (end < body.length) {
    const line = text(body, filled(body, end));
    if (!(NOTE.test(line) || SOURCE.test(line))) break;
    end = filled(body, end);
    const isSource = SOURCE.test(line);
    const noteFrom = end;
    const block = [line];
    end++;
    // (a source line runs to its closing bracket; a note to its full stop, or on while the next line starts in lower case)
    const closed = () => (isSource ? /\]\s*$/u.test(block.at(-1)!) : /[.!?]\s*$/u.test(block.at(-1)!) && !/^\p{Ll}/u.test(text(body, end)));
    while (end < body.length && !stops(text(body, end)) && !closed()) {
      block.push(text(body, end));
      end++;
    }
    if (isSource) source ??= block.join(' ');
    else if (PROSE_NOTE.test(line)) notes.push([noteFrom, end]);
  }
  return { start: i, end, termLine, termStart, inline, designations, definition: [from, to], notes, ...(source ? { source } : {}) };
}

/** The line at k, or the one after it when k is a single blank line (a PDF reader marks a wider gap with one). */
function filled(body: readonly SourceLine[], k: number): number {
  return !text(body, k) && text(body, k + 1) ? k + 1 : k;
}

function joinLines(parts: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    const hyphen = /(\p{Ll}+)[-\u2010\u00ad]$/u.exec(out);
    const right = /^\p{Ll}+/u.exec(part)?.[0];
    if (hyphen && right) out = keepsHyphen(hyphen[1]!, right, new Set()) ? out + part : out.slice(0, -1) + part;
    else out = out ? `${out} ${part}` : part;
  }
  return out;
}

const termOf = (matcher: TermMatcher, written: string) => canonical(matcher, written.replace(/\s*\([^)]*\)\s*$|;\s*\S+$/u, '').trim());

function termEntry(
  body: readonly SourceLine[],
  span: Span,
  matcher: TermMatcher,
  references: ReadonlyMap<number | string, Reference>,
  labels: ReadonlyMap<string, string>,
): TermEntry | undefined {
  const termText = body[span.termLine]!.text.slice(span.termStart).trim();
  const inline = span.inline ? inlineParts(termText) : undefined;
  // The preferred term, or an admitted synonym (not a deprecated term: the entry's concept is the preferred term's).
  const admitted = span.designations.map((d) => text(body, d)).filter((d) => !DESIGNATION.test(d) && !ABBREVIATION.test(d) && !DOMAIN.test(d));
  const term = [inline?.term ?? termText, ...admitted].map((t) => termOf(matcher, t)).find((t) => t !== undefined);
  if (!term) return undefined;
  const definitionLines = [];
  for (let k = span.definition[0]; k < span.definition[1]; k++) definitionLines.push(k === span.termLine ? termText : text(body, k));
  const parts = span.inline ? definitionLines : [termText, ...span.designations.map((d) => text(body, d)), ...definitionLines];
  const sentence = joinLines(parts);
  const clauseText = sentence.replace(/(?<!…|\.\.)[\s.;:,]+$/u, '');
  const definiens = inline ? inline.definition : joinLines(definitionLines);
  const words = clauseText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (definiens.split(/\s+/).length < 3) return undefined;
  const length = lengthFactor(words);
  const pattern: Factor = { name: 'term-entry', value: 0.95 };
  const position: Factor = { name: 'under its entry number', value: 1 };
  const clause: Clause = {
    start: 0,
    end: clauseText.length,
    term,
    pattern,
    position,
    words,
    length,
    checks: [],
    score: Math.round(pattern.value * position.value * length.value * 100) / 100,
    own: false,
  };
  const attribution = span.source ? fromSource(span.source, references) : inline?.label ? fromLabel(inline.label, labels) : undefined;
  return {
    sentence,
    clause,
    ...(attribution ? { attribution } : {}),
    place: { page: body[span.termLine]!.page, line: body[span.termLine]!.line },
    at: span.termLine,
  };
}

function lengthFactor(words: number): Factor {
  if (words < 5) return { name: 'very short', value: 0.4 };
  if (words < 8) return { name: 'short', value: 0.8 };
  if (words > 150) return { name: 'very long', value: 0.6 };
  if (words > 100) return { name: 'long', value: 0.85 };
  return { name: 'usual length', value: 1 };
}

/**
 * `[SOURCE: ISO 37122:2019, 3.7, modified — …]`: the designation as printed is the author (as `PAS
 * 180:2014` is), its year the year; a numbered reference (`[SOURCE: [4], 2.1]`) is resolved through
 * the reference list.
 */
function fromSource(source: string, references: ReadonlyMap<number | string, Reference>): Attribution {
  const inner = source
    .replace(SOURCE, '')
    .replace(/\]\s*$/u, '')
    .trim();
  const numbered = /^\[(\d{1,4})\]/u.exec(inner);
  if (numbered) {
    const reference = references.get(Number(numbered[1]));
    const author = reference ? citedAs(reference.authors, reference.etAl) : undefined;
    return { ...(author ? { author } : {}), ...(reference?.year ? { year: reference.year } : {}), ref: numbered[0], cue: 'source line' };
  }
  const designation = inner.split(/,\s|\s[—–]\s|\s-\s/u)[0]!.trim();
  // (the year in the designation, `ISO 37122:2019`, else one printed after it, `United Nations, 2015`)
  const year = YEAR.exec(designation)?.[1] ?? YEAR.exec(inner)?.[1];
  const author = designation.replace(/\s*\([^)]*\)\s*$/u, '').trim();
  return { ...(author ? { author } : {}), ...(year ? { year: Number(year) } : {}), cue: 'source line' };
}

/** Lines that open with a bracketed label (`[b-ITU-T Y.4600] Recommendation ITU-T Y.4600 (2022), …`), by label. */
function labelled(lines: readonly SourceLine[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lines) {
    const m = /^\s*\[([^\]]{2,60})\]\s*(.*)$/u.exec(l.text);
    if (m && !out.has(m[1]!)) out.set(m[1]!, m[2]!);
  }
  return out;
}

/** `[b-ITU-T Y.4600]` after the term: the label names the source; its entry in the references gives the year. */
function fromLabel(label: string, labels: ReadonlyMap<string, string>): Attribution {
  const author = label.replace(/^b-/u, '').trim();
  const year = YEAR.exec(labels.get(label) ?? author)?.[1];
  return { author, ...(year ? { year: Number(year) } : {}), cue: 'source label' };
}

/** The candidates found in the prose, in their order, with the entries put in before the first one after them. */
export function inReadingOrder<T extends { readonly page: number; readonly line: number }>(
  found: readonly T[],
  entries: readonly { readonly at: number; readonly candidate: T }[],
  body: readonly SourceLine[],
): T[] {
  if (!entries.length) return [...found];
  const index = new Map<string, number>();
  body.forEach((l, i) => {
    const key = `${l.page}:${l.line}`;
    if (!index.has(key)) index.set(key, i);
  });
  const out: T[] = [];
  let next = 0;
  for (const c of found) {
    const at = index.get(`${c.page}:${c.line}`) ?? 0;
    while (next < entries.length && entries[next]!.at < at) out.push(entries[next++]!.candidate);
    out.push(c);
  }
  while (next < entries.length) out.push(entries[next++]!.candidate);
  return out;
}
