/**
 * Markdown text that renders as exactly the text it was given, in CommonMark and GitHub-flavoured
 * Markdown alike: no emphasis, code, link, image, HTML, heading, quote, list, table cell break,
 * math or autolink can come from the data.
 */

// Characters with inline meaning anywhere: emphasis, code, links and images, tables, strikethrough,
// math ($, GitHub), headings' closing #, HTML starts (written as entities below), and an `&` that
// would start an entity (`&copy;`, `&#169;`: escaped; any other `&`, as in `Bo & Nijkamp`, is plain
// text in Markdown and stays as written for whoever copies it).
const INLINE = /[\\`*_[\]|~#$<>@]|&(?=#?[a-z\d]+;)/gi;
const ENTITIES: Readonly<Record<string, string>> = { '<': '&lt;', '>': '&gt;' };

// Text none of `mdText`'s replacements would touch (most text: ids, words, numbers) is returned as
// it is: no control character, whitespace other than single spaces, inline character, `:` (before
// `//`) or `www.`, and no start that could read as a list marker or rule.
const MAY_CHANGE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\\`*_[\]|~#$<>&@:]|[^\S ]|\s\s|www\.|^\s*[-+=\d]/i;

/**
 * One line of text for any place in a Markdown document. Whitespace runs (line breaks, tabs)
 * become one space, so the data cannot start a block of its own; a leading list marker (`- `,
 * `+ `, `1. `) or rule (`---`, `===`) is escaped because this text may start a line.
 */
export function mdText(value: string): string {
  if (!MAY_CHANGE.test(value)) return value;
  // Literal autolinks (GFM): `http://…` and `www.…` stay text once their punctuation is escaped.
  return escapeSchemes(
    value
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
      .replace(/\s+/g, ' ')
      .replace(INLINE, (c) => ENTITIES[c] ?? `\\${c}`),
  )
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/^(\s*)([-+=])(?=[-+=\s]|$)/, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A character of a URL scheme (`[a-z0-9+.-]`, either case), and a letter. */
const isSchemeChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * `text.replace(/([a-z][a-z0-9+.-]*):(?=\/\/)/gi, '$1\\:')` without the regular expression, which
 * retried every letter of every word (a third of the report's Markdown time at 100k definitions):
 * a `:` before `//` is escaped when the scheme characters just before it (since the last escaped
 * `:`) hold a letter.
 */
function escapeSchemes(text: string): string {
  let colon = text.indexOf('://');
  if (colon < 0) return text;
  let out = '';
  let from = 0;
  for (; colon >= 0; colon = text.indexOf('://', colon + 1)) {
    let letter = false;
    for (let p = colon - 1; p >= from && isSchemeChar(text.charCodeAt(p)); p--) letter ||= isLetter(text.charCodeAt(p));
    if (!letter) continue;
    out += `${text.slice(from, colon)}\\:`;
    from = colon + 1;
  }
  return out + text.slice(from);
}

const PLAIN_CODE = /^[^\s`|]+$/;

/**
 * A code span holding `value` verbatim: a fence longer than any backtick run inside, padded when
 * the value starts or ends with a backtick. In a table cell `|` must still be escaped (GFM splits
 * cells before it reads code spans, and drops the backslash again inside them).
 */
export function mdCode(value: string, inTable: boolean): string {
  // An id or a word (no space, backtick or bar) is its own content in single backticks.
  if (PLAIN_CODE.test(value)) return `\`${value}\``;
  let content = value.replace(/\s+/g, ' ');
  if (inTable) content = content.replace(/\|/g, '\\|');
  if (!content.trim()) return mdText(value);
  const longest = Math.max(0, ...[...content.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A link destination in `<…>`: percent-encodes what could end it or break the line or the table. */
export function mdUrl(href: string): string {
  return `<${href.replace(/[\s<>|\\]/g, (c) => encodeURIComponent(c))}>`;
}
