import { REPORT_CSS, REPORT_SCRIPT } from './assets.js';
import { html, pageParts, trusted, type Html } from './html.js';
import { cellValue, definitionAnchor, isWebAddress, type Block, type Cell, type Column, type Inlines, type Report } from './model.js';

const HEX = /^#[0-9a-f]{6}$/i;

function inline(content: Inlines): Html {
  return html`${content.map((span) => {
    switch (span.kind) {
      case 'text':
        return span.text;
      case 'code':
        return html`<code>${span.text}</code>`;
      case 'emphasis':
        return html`<em>${span.text}</em>`;
      case 'strong':
        return html`<strong>${span.text}</strong>`;
      case 'definition':
        return html`<a href="#${definitionAnchor(span.id)}">${span.id}</a>`;
      case 'link':
        return isWebAddress(span.href) ? html`<a href="${span.href}" rel="noreferrer">${span.text}</a>` : span.text;
      case 'factor': {
        const color = HEX.test(span.color) ? trusted(` style="--chip: ${span.color}"`) : '';
        const words = span.evidence.join(', ');
        return words
          ? html`<span class="chip"${color} title="${span.id}: ${words}" data-evidence="${words}">${span.id}</span>`
          : html`<span class="chip"${color}>${span.id}</span>`;
      }
    }
  })}`;
}

function cellHtml(column: Column, value: Cell): Html {
  const raw = cellValue(value);
  // A number column's text (`74.6%`, `0.0087`) sorts by its number.
  const sortValue = typeof raw === 'string' && column.type === 'number' && /^-?\d/.test(raw) ? Number.parseFloat(raw) : raw;
  const cls = column.type === 'number' ? 'num' : column.type === 'long-text' ? 'text' : '';
  const attrs = html`${cls ? html` class="${cls}"` : ''}${typeof sortValue === 'number' ? html` data-sort-value="${sortValue}"` : ''} data-label="${column.label}"`;
  const content = typeof value === 'object' ? inline(value.content) : (value ?? '');
  return html`<td${attrs}>${content}</td>`;
}

function table(b: Extract<Block, { kind: 'table' }>): Html {
  if (!b.rows.length) return html`<p class="empty">${b.empty}</p>`;
  const head = b.columns.map(
    // A sortable header's label is its button; on paper the label is drawn from data-label, since
    // Chromium leaves buttons out of a table header repeated on the next page.
    (c) =>
      b.sortable
        ? html`<th scope="col"${c.type === 'number' ? trusted(' class="num"') : ''} data-label="${c.label}"><button type="button" data-sort>${c.label}</button></th>`
        : html`<th scope="col"${c.type === 'number' ? trusted(' class="num"') : ''}>${c.label}</th>`,
  );
  const body = b.rows.map((r) => html`<tr${r.anchor ? html` id="${r.anchor}"` : ''}>${b.columns.map((c, i) => cellHtml(c, r.cells[i]))}</tr>`);
  const filter = b.filterable
    ? html`<p class="filter"><label>Filter <input type="search" data-filter="${b.id}" placeholder="text, author, sector…"></label> <span class="count" data-count="${b.id}">${b.rows.length} of ${b.rows.length} rows</span></p>`
    : '';
  const classes = [b.cards ? 'cards' : '', b.columns.length > 3 ? 'wide' : ''].filter(Boolean).join(' ');
  return html`${filter}<div class="table-wrap"><table id="${b.id}"${classes ? html` class="${classes}"` : ''}${b.sortable ? trusted(' data-sortable') : ''}>${b.caption ? html`<caption>${b.caption}</caption>` : ''}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/**
 * A concordance: before, keyword, after, then term, factors and source. The search box matches a
 * row's keys (keyword, term, factor ids), or its whole text with the box beside it ticked.
 */
function concordance(b: Extract<Block, { kind: 'concordance' }>): Html {
  if (!b.lines.length) return html`<p class="empty">${b.empty}</p>`;
  const rows = b.lines.map(
    (l) =>
      html`<tr data-keys="${[...new Set([l.keyword, ...(l.term ? [l.term] : []), ...l.keys].map((k) => k.toLowerCase()))].join('|')}"><td>${l.left}</td><td>${l.keyword}</td><td>${l.right}</td><td>${l.term ?? ''}</td><td>${inline(l.factors)}</td><td>${inline(l.source)}</td></tr>`,
  );
  const n = b.lines.length;
  return html`<p class="filter"><label>Find <input type="search" data-filter="${b.id}" data-filter-keys placeholder="a term, a word or a factor…"></label> <label class="context"><input type="checkbox" data-filter-context="${b.id}"> also in the words around</label> <span class="count" data-count="${b.id}">${n} of ${n} rows</span></p>
<div class="table-wrap kwic"><table id="${b.id}" class="kwic"><thead><tr><th scope="col">before</th><th scope="col">keyword</th><th scope="col">after</th><th scope="col">term</th><th scope="col">factors</th><th scope="col">definition</th></tr></thead><tbody>${rows.map((r) => html`\n${r}`)}</tbody></table></div>`;
}

function block(b: Block): Html {
  switch (b.kind) {
    case 'paragraph':
      return html`<p${b.role ? html` class="${b.role}"` : ''}>${inline(b.content)}</p>`;
    case 'heading':
      return html`<h3>${b.text}</h3>`;
    case 'table':
      return table(b);
    case 'figure':
      // The chart is this program's SVG, whose own text is escaped where it is drawn.
      return html`<figure class="${b.column}" id="fig-${b.name}">${trusted(b.svg)}<figcaption>${inline(b.caption)}</figcaption></figure>`;
    case 'blockquote':
      return html`<blockquote${b.role ? html` class="${b.role}"` : ''}>${inline(b.content)}</blockquote>`;
    case 'list':
      return html`<ul${b.role ? html` class="${b.role}"` : ''}>${b.items.map((item) => html`<li>${inline(item)}</li>`)}</ul>`;
    case 'row':
      return html`<div class="grid">${b.cells.map((cell) => html`<div>${cell.map(block)}</div>`)}</div>`;
    case 'concordance':
      return concordance(b);
  }
}

/** The blocks of a section as HTML (one per line, so the page's source diffs well). */
function blocksHtml(blocks: readonly Block[]): Html {
  return html`${blocks.map((b, i) => html`${i ? '\n' : ''}${block(b)}`)}`;
}

/** `report.html`: one self-contained, printable page (inline CSS, SVG and script; no network). */
export function reportToHtml(report: Report): string {
  return [...reportHtmlParts(report)].join('');
}

/** `reportToHtml`'s page in parts, each section's markup made when it is reached (see `pageParts`). */
export function reportHtmlParts(report: Report): Generator<string> {
  return pageParts({
    title: report.title,
    lead: html`<p class="lead">${inline(report.lead)}</p>`,
    sections: report.sections.map((s) => ({ id: s.id, title: s.title, body: () => blocksHtml(s.blocks) })),
    css: REPORT_CSS,
    script: REPORT_SCRIPT,
    footer: inline(report.footer),
  });
}
