import { Parser } from 'htmlparser2';

/** A saved web page as text for the miner, and the metadata its head carries. */
export interface HtmlText {
  /** Blocks (paragraphs, list items, headings, table rows) separated by blank lines. */
  readonly text: string;
  /** `title`, `author`, `year`, `url`, `language` as the page declares them, where it does. */
  readonly meta: Record<string, string>;
}

// Never text: code, styles, embedded documents, and site navigation.
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'canvas', 'nav', 'select', 'button', 'head']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);
const AUTHOR_META = ['citation_author', 'dc.creator', 'author', 'article:author'];
const DATE_META = ['citation_publication_date', 'citation_date', 'dc.date', 'article:published_time', 'date', 'dcterms.issued'];
const TITLE_META = ['citation_title', 'dc.title', 'og:title'];

/**
 * The text of a saved page, parsed with htmlparser2 (entities decoded, scripts, styles and
 * navigation dropped): one block per paragraph, list item or heading; a table row on one line with
 * its cells separated by ` | `; a definition list as `term: definition`.
 */
export function htmlToText(html: string): HtmlText {
  const blocks: string[] = [];
  let current = '';
  let skipDepth = 0;
  let inTitle = false;
  let title = '';
  let cellsInRow = 0;
  // Blocks inside a table cell stay in the cell's row.
  let cellDepth = 0;
  const named = new Map<string, string>();
  let language = '';
  let canonical = '';
  const flush = () => {
    const text = current
      .replace(/[ \t\f\v\u00a0]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim();
    if (text) blocks.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes.lang) language = attributes.lang;
        if (name === 'meta') {
          const key = (attributes.name ?? attributes.property ?? '').toLowerCase();
          if (key && attributes.content && !named.has(key)) named.set(key, attributes.content.trim());
          return;
        }
        if (name === 'link' && /\bcanonical\b/i.test(attributes.rel ?? '') && attributes.href) canonical = attributes.href;
        if (name === 'title') inTitle = true;
        if (SKIPPED.has(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth) return;
        if (name === 'br') current += '\n';
        else if (name === 'td' || name === 'th') {
          if (cellsInRow++ > 0) current += ' | ';
          cellDepth++;
        } else if (cellDepth) current += ' ';
        else if (name === 'tr') {
          flush();
          cellsInRow = 0;
        } else if (name === 'dd') {
          current = current.replace(/\s+$/, '') + (current.trim() ? ': ' : '');
        } else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (inTitle) title += text;
        if (!skipDepth) current += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (SKIPPED.has(name)) {
          skipDepth = Math.max(0, skipDepth - 1);
          return;
        }
        if (skipDepth) return;
        if (name === 'dt') return; // its definition follows on the same line
        if (name === 'td' || name === 'th') cellDepth = Math.max(0, cellDepth - 1);
        else if (cellDepth) current += ' ';
        else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  const meta: Record<string, string> = {};
  const first = (keys: readonly string[]) => keys.map((k) => named.get(k)).find((v) => v);
  const pageTitle = first(TITLE_META) ?? title.replace(/\s+/g, ' ').trim();
  if (pageTitle) meta.title = pageTitle;
  const author = first(AUTHOR_META);
  if (author) meta.author = author;
  const year = /\b(1[89]\d\d|20\d\d)\b/.exec(first(DATE_META) ?? '')?.[1];
  if (year) meta.year = year;
  const url = canonical || named.get('og:url') || named.get('citation_public_url') || '';
  if (/^https?:\/\/\S+$/.test(url)) meta.url = url;
  if (language) meta.language = language;
  return { text: blocks.join('\n\n'), meta };
}
