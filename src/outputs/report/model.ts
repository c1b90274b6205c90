/**
 * The report as data: sections of blocks of inline spans, built once from the run by the section
 * builders and written by two small serialisers (`to-html.ts`, `to-markdown.ts`). Every string in
 * the model is text, never markup: each serialiser escapes it for its own target, so corpus text
 * (a definition, an author, a label) can never become markup in either.
 */

/** Inline content: a paragraph's, a cell's, a caption's. */
export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'emphasis'; readonly text: string }
  | { readonly kind: 'strong'; readonly text: string }
  /** A link to a definition's entry in the Definitions appendix. */
  | { readonly kind: 'definition'; readonly id: string }
  /** An external link; only http(s) addresses are ever written as links. */
  | { readonly kind: 'link'; readonly href: string; readonly text: string }
  /** A factor as a coloured chip, with the words that put it there. */
  | { readonly kind: 'factor'; readonly id: string; readonly color: string; readonly evidence: readonly string[] };

export type Inlines = readonly Inline[];

/** What a column holds: text, long text (wraps, gets the room), numbers (right-aligned, sort as numbers). */
export type ColumnType = 'text' | 'long-text' | 'number';

export interface Column {
  readonly label: string;
  readonly type: ColumnType;
}

/** A cell: its value (shown, and what sorting uses) and, when it shows more than that, its content. */
export type Cell = string | number | undefined | { readonly value: string | number | undefined; readonly content: Inlines };

export interface Row {
  /** An anchor other sections link to (e.g. `def-<id>`). */
  readonly anchor?: string;
  readonly cells: readonly Cell[];
}

export type Block =
  /** `screen`: about the page's controls (sorting, filtering), left out of Markdown and print. */
  | { readonly kind: 'paragraph'; readonly content: Inlines; readonly role?: 'note' | 'empty' | 'screen' }
  /** A sub-heading inside a section. */
  | { readonly kind: 'heading'; readonly text: string }
  | {
      readonly kind: 'table';
      /** Unique in the report: the table's HTML id. */
      readonly id: string;
      readonly columns: readonly Column[];
      readonly rows: readonly Row[];
      /** What to say when there are no rows. */
      readonly empty: string;
      readonly caption?: string;
      /** Click a header to sort (report.html). */
      readonly sortable?: boolean;
      /** A search box that hides rows without its text (report.html). */
      readonly filterable?: boolean;
      /** Each row one block (record, text, factors) on a phone and on paper, instead of a wide row. */
      readonly cards?: boolean;
    }
  | {
      readonly kind: 'figure';
      /** File name under `figures/`, without extension: stable, so a paper can cite it. */
      readonly name: string;
      /** What the chart shows (its alt text). */
      readonly title: string;
      /** The chart, a standalone SVG document laid out for `column`. */
      readonly svg: string;
      /** A journal's single (85 mm) or double (174 mm) column. */
      readonly column: 'single' | 'double';
      readonly caption: Inlines;
    }
  | { readonly kind: 'blockquote'; readonly content: Inlines; readonly role?: 'synthesis' }
  | { readonly kind: 'list'; readonly items: readonly Inlines[]; readonly role?: 'stats' | 'references' }
  /** Groups of blocks shown side by side where there is room (report.html); one after another elsewhere. */
  | { readonly kind: 'row'; readonly cells: readonly (readonly Block[])[] }
  /**
   * A concordance (keyword in context) with a search box over its keywords, terms and factors: a tool for the screen, so report.html shows it and Markdown and print leave it out
   * (the section says where the whole concordance is).
   */
  | { readonly kind: 'concordance'; readonly id: string; readonly lines: readonly ConcordanceLine[]; readonly empty: string };

/** One line of a concordance block. */
export interface ConcordanceLine {
  readonly left: string;
  readonly keyword: string;
  readonly right: string;
  /** The term used there, if the keyword is a term use. */
  readonly term?: string;
  /** The factors this keyword puts its definition in (chips), with the rules that matched. */
  readonly factors: Inlines;
  /** Where: the definition, linked, with author and year. */
  readonly source: Inlines;
  /** What the search box matches, besides the keyword and the term: the factor ids. */
  readonly keys: readonly string[];
}

export interface Section {
  /** Unique in the report: the section's anchor. */
  readonly id: string;
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface Report {
  readonly title: string;
  readonly lead: Inlines;
  readonly sections: readonly Section[];
  readonly footer: Inlines;
}

// Builders, so section code reads like the text it writes.

export const text = (value: string): Inline => ({ kind: 'text', text: value });
export const code = (value: string): Inline => ({ kind: 'code', text: value });
export const em = (value: string): Inline => ({ kind: 'emphasis', text: value });
export const strong = (value: string): Inline => ({ kind: 'strong', text: value });
export const definitionRef = (id: string): Inline => ({ kind: 'definition', id });
export const link = (href: string, label: string): Inline => ({ kind: 'link', href, text: label });

/** The anchor of a definition's entry in the Definitions appendix, which `definition` spans link to. */
export const definitionAnchor = (id: string) => `def-${id}`;

/** An address written as a link: http(s) only, anything else (`javascript:`, a path) is not. */
export const isWebAddress = (href: string): boolean => /^https?:\/\/[^\s<>"]+$/i.test(href);

type Part = string | number | Inline | Inlines | undefined | false;

/** Inline content from a template: literal parts and interpolated strings are text, spans stay spans. */
export function inl(strings: TemplateStringsArray, ...parts: readonly Part[]): Inline[] {
  const out: Inline[] = [];
  const push = (part: Part) => {
    if (part === undefined || part === false || part === '') return;
    if (typeof part === 'string' || typeof part === 'number') {
      const last = out[out.length - 1];
      if (last?.kind === 'text') out[out.length - 1] = text(last.text + String(part));
      else out.push(text(String(part)));
    } else if (Array.isArray(part)) (part as Inlines).forEach(push);
    else pushSpan(part as Inline);
  };
  const pushSpan = (span: Inline) => (span.kind === 'text' ? push(span.text) : out.push(span));
  strings.forEach((literal, i) => {
    push(literal);
    if (i < parts.length) push(parts[i]);
  });
  return out;
}

/** Joins inline runs with a separator, e.g. `; ` between cited definitions. */
export function joined(items: readonly Inlines[], separator: string): Inline[] {
  return items.flatMap((item, i) => (i ? [text(separator), ...item] : [...item]));
}

/** Program text whose `backquoted` parts are code, as diagnostics write values: code spans in the model. */
export function fromBackticks(message: string): Inline[] {
  const out: Inline[] = [];
  const pattern = /`([^`]*)`/g;
  let at = 0;
  for (const match of message.matchAll(pattern)) {
    if (match.index > at) out.push(text(message.slice(at, match.index)));
    out.push(code(match[1]!));
    at = match.index + match[0].length;
  }
  if (at < message.length) out.push(text(message.slice(at)));
  return out;
}

export const paragraph = (content: Inlines, role?: 'note' | 'empty' | 'screen'): Block => ({ kind: 'paragraph', content, ...(role ? { role } : {}) });
export const heading = (value: string): Block => ({ kind: 'heading', text: value });

/** The value of a cell, what it sorts by. */
export function cellValue(cell: Cell): string | number | undefined {
  return typeof cell === 'object' ? cell.value : cell;
}
