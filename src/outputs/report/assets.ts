/** The report's stylesheet: readable on screen, compact and complete on paper. */
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #111827; --muted: #4b5563; --line: #e5e7eb; --accent: #0072b2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
header, main, footer { max-width: 1180px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; border-bottom: 1px solid var(--line); }
h1 { font-size: 1.7rem; line-height: 1.25; margin: 0 0 8px; }
h2 { font-size: 1.3rem; margin: 32px 0 8px; padding-top: 8px; border-top: 2px solid var(--accent); }
h3 { font-size: 1.05rem; margin: 20px 0 6px; }
.lead { color: var(--muted); margin: 0 0 8px; }
code { font: 0.9em/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; background: #f3f4f6; padding: 0 3px; border-radius: 3px; overflow-wrap: break-word; }
.stats { display: flex; flex-wrap: wrap; gap: 12px; padding: 0; margin: 12px 0; list-style: none; }
.stats li { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; }
.stats strong { font-size: 1.2rem; display: block; }
nav ol { display: flex; flex-wrap: wrap; gap: 4px 16px; padding: 0; margin: 8px 0 16px; list-style: none; }
nav a { color: var(--accent); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(340px, 100%), 1fr)); gap: 16px 24px; align-items: start; }
figure { margin: 12px 0; break-inside: avoid; }
figcaption { color: var(--muted); font-size: 0.85rem; max-width: 740px; }
svg.chart { max-width: 100%; height: auto; display: block; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.88rem; margin: 8px 0 16px; }
caption { text-align: left; color: var(--muted); padding: 4px 0; }
th, td { border-bottom: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; position: sticky; top: 0; }
th button { all: unset; cursor: pointer; font-weight: 600; }
th button::after { content: " \\2195"; color: #9ca3af; }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--ink); }
th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--ink); }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tr:target { background: #fef3c7; }
td.text { min-width: 12rem; max-width: 40rem; white-space: pre-wrap; overflow-wrap: anywhere; }
td:not(.text) { max-width: 12rem; }
.chip { display: inline-block; margin: 1px 0; padding: 0 6px; border-left: 4px solid var(--chip, #6b7280); border-radius: 3px; background: #f3f4f6; font-size: 0.8rem; white-space: nowrap; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
.filter input { font: inherit; padding: 4px 8px; width: min(100%, 320px); }
.filter input[type="checkbox"] { width: auto; padding: 0; vertical-align: middle; }
.count, .empty { color: var(--muted); }
blockquote { margin: 12px 0; padding: 8px 16px; border-left: 4px solid var(--line); }
blockquote.synthesis { border-left-color: var(--accent); font-size: 1.15rem; }
footer { color: var(--muted); font-size: 0.85rem; padding: 24px; border-top: 1px solid var(--line); margin-top: 32px; }

/* The concordance: the keyword in a column of its own, its context either side (cells by position, to keep the page small). */
/* Its own scroll box, so the rest of the report stays a page away. */
.table-wrap.kwic { max-height: 75vh; overflow-y: auto; border-bottom: 1px solid var(--line); }
table.kwic { table-layout: fixed; margin: 0; }
table.kwic td { overflow-wrap: anywhere; max-width: none; }
table.kwic :is(th, td):nth-child(1) { width: 26%; text-align: right; }
table.kwic :is(th, td):nth-child(2) { width: 13%; text-align: center; overflow-wrap: break-word; hyphens: auto; }
table.kwic :is(th, td):nth-child(3) { width: 26%; }
table.kwic :is(th, td):nth-child(4), table.kwic :is(th, td):nth-child(5) { width: 10%; }
table.kwic :is(th, td):nth-child(6) { width: 15%; }
table.kwic td:nth-child(2) { font-weight: 600; background: #fef9c3; }
table.kwic td:nth-child(4), table.kwic td:nth-child(6) { color: var(--muted); }
.filter label.context { white-space: nowrap; font-size: 0.85rem; color: var(--muted); }
ul.references { list-style: none; padding: 0; }
ul.references li { margin: 6px 0; padding-left: 1.5em; text-indent: -1.5em; overflow-wrap: anywhere; }

/* Definitions as cards: the record on one line, its text, its factors; on a phone and on paper. */
@media screen and (max-width: 900px) {
  header, main, footer { padding-left: 12px; padding-right: 12px; }
  table.wide thead { display: none; }
  table.wide tr { display: block; padding: 6px 0; border-bottom: 1px solid var(--line); }
  table.wide td { display: block; border: 0; padding: 1px 0; text-align: left; overflow-wrap: anywhere; }
  table.wide td::before { content: attr(data-label) ": "; color: var(--muted); font-weight: 600; }
  table.wide td:empty { display: none; }
  table.wide tr[hidden] { display: none; }
  td.text, td:not(.text) { min-width: 0; max-width: none; }
}
@media screen and (max-width: 900px) {
  table.kwic, table.kwic tbody { display: block; }
  table.kwic thead { display: none; }
  table.kwic tr { display: block; padding: 6px 0; border-bottom: 1px solid var(--line); }
  table.kwic tr[hidden] { display: none; }
  table.kwic td { display: inline; border: 0; padding: 0; text-align: left; }
  table.kwic td:nth-child(n) { width: auto; text-align: left; }
  table.kwic td:nth-child(2) { padding: 0 4px; }
  table.kwic td:nth-child(3)::after { content: ""; display: block; }
  table.kwic td:nth-child(n + 4) { font-size: 0.85rem; }
  table.kwic td:nth-child(4):not(:empty)::after, table.kwic td:nth-child(5):not(:empty)::after { content: " \\00b7\\00a0"; color: var(--muted); }
}
@media screen and (max-width: 900px), print {
  table.cards thead { display: none; }
  table.cards tr { display: block; padding: 6px 0; border-bottom: 1px solid var(--line); break-inside: avoid; }
  table.cards td { display: inline; border: 0; padding: 0; text-align: left; }
  table.cards td::before { content: none; }
  table.cards td:first-child { font-weight: 600; }
  table.cards td + td::before { content: " \\00b7  "; color: var(--muted); font-weight: normal; }
  table.cards td:empty { display: none; }
  table.cards td.text { display: block; margin: 2px 0; min-width: 0; max-width: none; white-space: normal; }
  table.cards td.text::before, table.cards td.text + td::before { content: none; }
  table.cards tr[hidden] { display: none; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm 16mm; }
  body { font-size: 10pt; line-height: 1.4; }
  header, main, footer { max-width: none; padding: 0; }
  nav, .filter, .screen, th button, table.kwic { display: none; }
  th[data-label]::before { content: attr(data-label); }
  h2 { break-after: avoid; margin-top: 18pt; }
  h3 { break-after: avoid; }
  #definitions, #diagnostics { break-before: page; }
  th { position: static; }
  thead { display: table-header-group; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { overflow-wrap: break-word; padding: 2px 4px; }
  td.text, td:not(.text) { min-width: 0; max-width: none; }
  tr, figure, blockquote { break-inside: avoid; }
  tr[hidden] { display: table-row; }
  table.cards tr[hidden] { display: block; }
  .grid { gap: 8px 16px; }
  svg.chart { max-height: 235mm; }
  .chip[data-evidence]::after { content: ": " attr(data-evidence); color: var(--muted); }
  .chip { white-space: normal; }
  ul.references { font-size: 8.5pt; }
  ul.references li { margin: 2pt 0; break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  footer { margin-top: 12pt; padding: 6pt 0 0; }
}
`;

/**
 * The report's only script: sortable tables (click a header) and filter boxes. Plain DOM, no
 * backticks, no globals; the page's CSP allows it by hash and nothing else.
 */
export const REPORT_SCRIPT = `(function () {
  'use strict';
  function sortKey(row, col) {
    var cell = row.cells[col];
    if (!cell) return '';
    var v = cell.getAttribute('data-sort-value');
    return v !== null ? Number(v) : cell.textContent.trim().toLowerCase();
  }
  function compare(a, b) {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'number') return -1;
    if (typeof b === 'number') return 1;
    return a.localeCompare(b);
  }
  document.querySelectorAll('table[data-sortable]').forEach(function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, col) {
      var button = th.querySelector('button[data-sort]');
      if (!button) return;
      button.addEventListener('click', function () {
        var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var body = table.tBodies[0];
        var rows = Array.prototype.map.call(body.rows, function (row, i) { return { row: row, i: i, k: sortKey(row, col) }; });
        rows.sort(function (a, b) { return (dir === 'ascending' ? 1 : -1) * compare(a.k, b.k) || a.i - b.i; });
        rows.forEach(function (r) { body.appendChild(r.row); });
      });
    });
  });
  // A box with data-filter-keys matches each row's data-keys (a concordance: its keyword, term,
  // rules, factors), or the row's whole text when its data-filter-context box is ticked.
  document.querySelectorAll('input[data-filter]').forEach(function (input) {
    var id = input.getAttribute('data-filter');
    var table = document.getElementById(id);
    var count = document.querySelector('[data-count="' + id + '"]');
    var context = document.querySelector('input[data-filter-context="' + id + '"]');
    var byKeys = input.hasAttribute('data-filter-keys');
    if (!table) return;
    function apply() {
      var q = input.value.trim().toLowerCase();
      var whole = !byKeys || (context && context.checked);
      var rows = table.tBodies[0].rows;
      var shown = 0;
      Array.prototype.forEach.call(rows, function (row) {
        var text = whole ? row.textContent.toLowerCase() : row.getAttribute('data-keys') || '';
        var hit = !q || text.indexOf(q) >= 0;
        row.hidden = !hit;
        if (hit) shown++;
      });
      if (count) count.textContent = shown + ' of ' + rows.length + ' rows';
    }
    input.addEventListener('input', apply);
    if (context) context.addEventListener('change', apply);
  });
})();
`;
