import { createHash } from 'node:crypto';
import { escapeXml } from '../../core/xml.js';
import type { Cell } from '../format.js';

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
  if (Array.isArray(content)) return content.map(toHtml).join('');
  if (content === null || content === undefined || content === false) return '';
  return escapeXml(String(content));
}

/** Tagged template: literal parts are markup, every `${value}` is escaped unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: readonly Content[]): Html {
  let out = strings[0]!;
  values.forEach((value, i) => (out += toHtml(value) + strings[i + 1]!));
  return new Html(out);
}

export interface Column<Row> {
  readonly label: string;
  /** The cell's value: shown escaped, and what sorting uses. */
  readonly value: (row: Row) => Cell;
  /** Right-aligned, sorted as numbers. */
  readonly numeric?: boolean;
  /** Markup for the cell instead of the plain value (e.g. a link); sorting still uses `value`. */
  readonly render?: (row: Row) => Html;
  /** A class on the column's cells, e.g. `text` for long text. */
  readonly className?: string;
}

export interface TableOptions<Row = unknown> {
  readonly id: string;
  readonly caption?: string;
  /** Click a header to sort (the page's small script). */
  readonly sortable?: boolean;
  /** A search box above the table that hides rows not containing its text. */
  readonly filterable?: boolean;
  /** Text for the `empty` case. */
  readonly empty?: string;
  /** An `id` per row, so other sections can link to it (`#def-<id>` for definitions). */
  readonly rowId?: (row: Row) => string;
}

/** A table of rows; the `data-*` hooks are read by the report's inline script. */
export function table<Row>(rows: readonly Row[], columns: readonly Column<Row>[], options: TableOptions<Row>): Html {
  if (!rows.length) return html`<p class="empty">${options.empty ?? 'None.'}</p>`;
  const head = columns.map(
    (c) => html`<th scope="col"${c.numeric ? trusted(' class="num"') : ''}>${options.sortable ? html`<button type="button" data-sort>${c.label}</button>` : c.label}</th>`,
  );
  const body = rows.map(
    (row) =>
      html`<tr${options.rowId ? html` id="${options.rowId(row)}"` : ''}>${columns.map((c) => {
        const value = c.value(row);
        const cls = [c.numeric ? 'num' : '', c.className ?? ''].filter(Boolean).join(' ');
        const sortKey = typeof value === 'number' ? trusted(` data-sort-value="${value}"`) : '';
        return html`<td${cls ? trusted(` class="${escapeXml(cls)}"`) : ''}${sortKey}>${c.render ? c.render(row) : value}</td>`;
      })}</tr>`,
  );
  const filter = options.filterable
    ? html`<p class="filter"><label>Filter <input type="search" data-filter="${options.id}" placeholder="text, author, sector…"></label> <span class="count" data-count="${options.id}">${rows.length} of ${rows.length} rows</span></p>`
    : '';
  return html`${filter}<div class="table-wrap"><table id="${options.id}"${options.sortable ? trusted(' data-sortable') : ''}>${options.caption ? html`<caption>${options.caption}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

export interface Section {
  readonly id: string;
  readonly title: string;
  readonly body: Html;
}

export function section(s: Section): Html {
  return html`<section id="${s.id}"><h2>${s.title}</h2>${s.body}</section>`;
}

/** A figure around an SVG chart (trusted: charts escape their own text) with a caption. */
export function figure(svg: string, caption: string): Html {
  return html`<figure>${trusted(svg)}<figcaption>${caption}</figcaption></figure>`;
}

export interface PageInput {
  readonly title: string;
  readonly lead: Html;
  readonly sections: readonly Section[];
  readonly css: string;
  readonly script: string;
  readonly footer: Html;
}

/**
 * The whole self-contained page. Its Content-Security-Policy allows no network at all and only the
 * page's own script (by hash): even markup that slipped past escaping could run nothing.
 */
export function page(input: PageInput): string {
  const hash = createHash('sha256').update(input.script).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-${hash}'`;
  const nav = input.sections.map((s) => html`<li><a href="#${s.id}">${s.title}</a></li>`);
  return (
    '<!DOCTYPE html>\n' +
    html`<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${input.title}</title><style>${trusted(input.css)}</style></head>
<body><header><h1>${input.title}</h1>${input.lead}<nav aria-label="Sections"><ol>${nav}</ol></nav></header>
<main>
${input.sections.map((s) => html`${section(s)}\n`)}</main>
<footer>${input.footer}</footer>
<script>${trusted(input.script)}</script>
</body></html>
`.value
  );
}
