import { createHash } from 'node:crypto';
import { escapeXml } from '../../core/xml.js';

/**
 * Markup that is already safe: the only way text reaches the page unescaped. Everything else
 * interpolated into `html` is escaped, so corpus text can never become markup or script.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Content = Html | string | number | null | undefined | false | readonly Content[];

/** Trusted markup made by this program (e.g. an SVG chart, whose own text is escaped). */
export function trusted(markup: string): Html {
  return new Html(markup);
}

export function toHtml(content: Content): string {
  if (content instanceof Html) return content.value;
  if (Array.isArray(content)) {
    // Joined with `+=`, not `join`: a join copies its parts into a new string at every level of
    // nesting (page, section, table, row, cell); `+=` links them, copied once when the page is encoded.
    let out = '';
    for (const part of content as readonly Content[]) out += toHtml(part);
    return out;
  }
  if (content === null || content === undefined || content === false) return '';
  return escapeXml(String(content));
}

/** Tagged template: literal parts are markup, every `${value}` is escaped unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: readonly Content[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += toHtml(value) + strings[i + 1]!));
  return new Html(out);
}

export interface PageInput {
  readonly title: string;
  readonly lead: Html;
  /** A section's body, or a function making it when the page reaches it (see `pageParts`). */
  readonly sections: readonly { readonly id: string; readonly title: string; readonly body: Html | (() => Html) }[];
  readonly css: string;
  readonly script: string;
  readonly footer: Html;
}

/**
 * The whole self-contained page. Its Content-Security-Policy allows no network at all and only the
 * page's own script (by hash): even markup that slipped past escaping could run nothing.
 */
export function page(input: PageInput): string {
  return [...pageParts(input)].join('');
}

/**
 * `page` in parts: the head, each section (its body made as it is reached), the end. Written as
 * they come, no section's markup (a tree of small strings until it is encoded) outlives its writing.
 */
export function* pageParts(input: PageInput): Generator<string> {
  const hash = createHash('sha256').update(input.script).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'`;
  const nav = input.sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`);
  yield (
    '<!DOCTYPE html>\n' +
    html`<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${input.title}</title><style>${trusted(input.css)}</style></head>
<body><header><h1>${input.title}</h1>${input.lead}<nav aria-label="Sections"><ol>${nav}</ol></nav></header>
<main>
`.value
  );
  for (const s of input.sections) yield html`<section id="${s.id}"><h2>${s.title}</h2>${typeof s.body === 'function' ? s.body() : s.body}</section>\n`.value;
  yield html`</main>
<footer>${input.footer}</footer>
<script>${trusted(input.script)}</script>
</body></html>
`.value;
}
