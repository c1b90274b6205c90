/** Text of several pages joined into one, with where each page starts in it. */
export interface PagedText {
  readonly text: string;
  /** Offset in `text` where page i + 1 starts. */
  readonly pageStarts: readonly number[];
}

/**
 * Joins page texts with a blank line and removes line-end hyphenation ("communica-\ntion" →
 * "communication"), also across a page break. A lower-case letter must follow the line break, so
 * "Smart-\nCity" keeps its hyphen; compounds split at a line end ("e-\nlearning") lose theirs, which
 * pdf text cannot tell apart.
 */
export function joinPages(pages: readonly string[]): PagedText {
  let raw = '';
  const rawStarts: number[] = [];
  for (const page of pages) {
    if (rawStarts.length) raw += '\n\n';
    rawStarts.push(raw.length);
    raw += page.replace(/\r\n?/g, '\n');
  }
  const hyphen = /(\p{Ll})-[ \t]*\n\s*(?=\p{Ll})/gu;
  let text = '';
  let last = 0;
  const removed: { at: number; length: number }[] = [];
  for (const match of raw.matchAll(hyphen)) {
    const start = match.index + match[1]!.length;
    text += raw.slice(last, start);
    removed.push({ at: start, length: match[0].length - match[1]!.length });
    last = match.index + match[0].length;
  }
  text += raw.slice(last);
  const pageStarts = rawStarts.map((start) => {
    let shift = 0;
    for (const r of removed) {
      if (r.at >= start) break;
      shift += Math.min(r.length, start - r.at);
    }
    return start - shift;
  });
  return { text, pageStarts };
}

/** The 1-based page holding `offset`. */
export function pageAt(paged: PagedText, offset: number): number {
  let page = 1;
  paged.pageStarts.forEach((start, i) => {
    if (start <= offset) page = i + 1;
  });
  return page;
}

export interface Sentence {
  readonly text: string;
  readonly start: number;
}

// Words that end with a full stop without ending a sentence (lower-cased, without the stop).
const ABBREVIATIONS = new Set([
  'al', 'e.g', 'i.e', 'etc', 'cf', 'vs', 'viz', 'fig', 'figs', 'eq', 'no', 'nos', 'vol', 'vols', 'pp', 'p', 'ed', 'eds',
  'dr', 'mr', 'mrs', 'ms', 'prof', 'inc', 'ltd', 'co', 'corp', 'st', 'approx', 'ch', 'sec', 'u.s', 'u.k', 'e.u', 'jr', 'sr',
]);

/**
 * Sentences of `text`, with offsets. A blank line always ends a sentence (paragraphs, pages); a
 * `.`, `!` or `?` ends one before an upper-case letter or an opening quote, unless the word before
 * it is an abbreviation or an initial ("R. Giffinger", "et al.", "e.g.").
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    const slice = text.slice(start, end);
    const lead = slice.length - slice.trimStart().length;
    const body = slice.trim();
    if (body) out.push({ text: body.replace(/\s+/g, ' '), start: start + lead });
  };
  const boundary = /([.!?])(["'”’)\]]*)(\s+)(?=["“‘(]?\p{Lu})|\n[ \t]*\n\s*/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    if (match[1]) {
      const before = text.slice(Math.max(start, match.index - 12), match.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      const end = match.index + 1 + (match[2]?.length ?? 0);
      push(start, end);
      start = end;
    } else {
      push(start, match.index);
      start = match.index + match[0].length;
    }
  }
  push(start, text.length);
  return out;
}
