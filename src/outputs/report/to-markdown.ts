import { mdCode, mdText, mdUrl } from './markdown.js';
import { isWebAddress, type Block, type Cell, type Inlines, type Report, type Section } from './model.js';

/** Where figures are, relative to the Markdown file (both in the output folder). */
const FIGURES_FOLDER = 'figures';

function inline(content: Inlines, inTable = false): string {
  return content
    .map((span) => {
      switch (span.kind) {
        case 'text':
          return mdText(span.text);
        case 'code':
          return mdCode(span.text, inTable);
        case 'emphasis':
          return span.text.trim() ? `*${mdText(span.text)}*` : '';
        case 'strong':
          return span.text.trim() ? `**${mdText(span.text)}**` : '';
        case 'definition':
          return mdCode(span.id, inTable);
        case 'link':
          return isWebAddress(span.href) ? `[${mdText(span.text)}](${mdUrl(span.href)})` : mdText(span.text);
        case 'factor':
          return mdCode(span.id, inTable) + (span.evidence.length ? ` (${mdText(span.evidence.join(', '))})` : '');
      }
    })
    .join('')
    .trim();
}

function cell(value: Cell): string {
  if (typeof value === 'object') return inline(value.content, true);
  return value === undefined ? '' : mdText(String(value));
}

function table(block: Extract<Block, { kind: 'table' }>): string {
  if (!block.rows.length) return `${mdText(block.empty)}\n`;
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |\n`;
  // Lines joined with `+=` (linked, copied once when the file is encoded), not `join`.
  let out = (block.caption ? `${mdText(block.caption)}\n\n` : '') + line(block.columns.map((c) => mdText(c.label)));
  out += line(block.columns.map((c) => (c.type === 'number' ? '---:' : '---')));
  for (const r of block.rows) out += line(block.columns.map((_, i) => cell(r.cells[i])));
  return out;
}

function block(b: Block, level: number): string {
  switch (b.kind) {
    case 'paragraph':
      return b.role === 'screen' ? '' : `${inline(b.content)}\n`;
    case 'heading':
      return `${'#'.repeat(level + 1)} ${mdText(b.text)}\n`;
    case 'table':
      return table(b);
    case 'figure':
      return `![${mdText(b.title)}](${mdUrl(`${FIGURES_FOLDER}/${b.name}.svg`)})\n\n${inline(b.caption)}\n`;
    case 'blockquote':
      return `> ${inline(b.content)}\n`;
    case 'list':
      return b.items.map((item) => `- ${inline(item)}`).join('\n') + '\n';
    case 'row':
      return b.cells
        .flat()
        .map((inner) => block(inner, level))
        .join('\n');
    case 'concordance':
      // A search tool for the screen; the section's text points to kwic.csv.
      return '';
  }
}

/** A section's blocks, its sub-headings one level below `level` (the section title's). */
export function sectionMarkdown(section: Section, level: number): string {
  return section.blocks
    .map((b) => block(b, level))
    .filter(Boolean)
    .join('\n');
}

/** `report.md`: the whole report in GitHub-flavoured Markdown, figures linked from `figures/`. */
export function reportToMarkdown(report: Report): string {
  return [...reportMarkdownParts(report)].join('');
}

/**
 * `reportToMarkdown`'s text in parts (title, lead, each section, footer, a line break between
 * two), each section made when it is reached: written as they come, no section's text (a tree of
 * small strings until it is encoded) outlives its writing.
 */
export function* reportMarkdownParts(report: Report): Generator<string> {
  // A lead or footer of white space only is left out.
  const lead = `${inline(report.lead)}\n`;
  const footer = `${inline(report.footer)}\n`;
  yield `# ${mdText(report.title)}\n`;
  if (lead.trim()) yield `\n${lead}`;
  for (const s of report.sections) yield `\n## ${mdText(s.title)}\n\n${sectionMarkdown(s, 2)}`;
  if (footer.trim()) yield `\n${footer}`;
}
