import path from 'node:path';
import YAML from 'yaml';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';
import { DEFAULT_MINE_METHOD } from '../config/mine-method.js';
import { mineReported } from '../mine/method.js';
import { minedRecords } from '../mine/records.js';
import { toFields } from './fields.js';
import { sidecarFields } from './sidecar.js';
import { slug } from '../core/text.js';
import type { ReadContext } from './reader.js';

/**
 * A text or Markdown file: metadata in front matter between `---` lines, then one definition per
 * paragraph (blank-line separated). Markdown headings are skipped and `>` quote marks dropped.
 * The first paragraph's id is the front matter's `id` (or the file name); later ones add `-2`, `-3`…
 * A file that does not start with front matter is not a definitions file (a README, notes).
 */
export function readTextRecords(text: string, file: string, diagnostics: Diagnostics): SourceRecord[] | undefined {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') return undefined;
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    diagnostics.error('ingest/front-matter', 'Expected the front matter opened on line 1 to close with a `---` line', { file, line: 1 });
    return [];
  }
  let meta: unknown;
  try {
    meta = YAML.parse(lines.slice(1, close).join('\n')) ?? {};
  } catch (error) {
    diagnostics.error('ingest/front-matter', `Expected YAML front matter: ${(error as Error).message.split('\n')[0]}`, { file, line: 2 });
    return [];
  }
  const fields = toFields(meta);
  if (!fields) {
    diagnostics.error('ingest/front-matter', 'Expected the front matter to be `key: value` lines', { file, line: 2 });
    return [];
  }
  const base = fields.id || slug(path.posix.basename(file).replace(/\.[^.]+$/, ''));
  const records: SourceRecord[] = [];
  for (const paragraph of paragraphs(lines, close + 1, /\.md$/i.test(file))) {
    const id = records.length === 0 ? base : `${base}-${records.length + 1}`;
    records.push({ origin: { file, line: paragraph.line }, fields: { ...fields, id, text: paragraph.text } });
  }
  if (records.length === 0) diagnostics.warn('ingest/no-paragraph', 'Expected at least one paragraph of definition text after the front matter', { file });
  return records;
}

function paragraphs(lines: readonly string[], from: number, markdown: boolean): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; parts: string[] } | undefined;
  const flush = () => {
    if (current?.parts.length) out.push({ line: current.line, text: current.parts.join(' ') });
    current = undefined;
  };
  for (let i = from; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (markdown) {
      if (/^#{1,6}\s/.test(line)) {
        flush();
        continue;
      }
      line = line.replace(/^(?:>\s?)+/, '').trim();
    }
    if (line === '') {
      flush();
      continue;
    }
    current ??= { line: i + 1, parts: [] };
    current.parts.push(line);
  }
  flush();
  return out;
}

/**
 * A text or Markdown file with a `.meta.json` sidecar is a document to mine, like a PDF: its
 * definitions are the clauses mined from its text (front matter, if any, adds metadata), each
 * placed by the line it starts on. Without a sidecar it is read as above.
 */
export function readTextDocument(text: string, file: string, diagnostics: Diagnostics, context: ReadContext): SourceRecord[] | undefined {
  if (!context.sidecar) return readTextRecords(text, file, diagnostics);
  const meta = sidecarFields(file, diagnostics, context, 'document');
  if (!meta) return [];
  const { body, front } = textDocument(text, file, diagnostics);
  const source = { ...front, ...meta };
  const candidates = mineReported(context.method ?? DEFAULT_MINE_METHOD, [body], context.concept ? { concept: context.concept } : {}, diagnostics, { file });
  if (candidates.length === 0) diagnostics.warn('ingest/document-no-definition', 'Found no definition of the concept in its text', { file });
  return minedRecords(candidates, source.id || slug(path.posix.basename(file).replace(/\.[^.]+$/, '')), source, file, 'line');
}

/**
 * The text of a document to mine and its front matter, if any: the front matter's lines blanked
 * (so line numbers stay the file's) and, in Markdown, heading, quote and emphasis marks dropped.
 */
export function textDocument(text: string, file: string, diagnostics?: Diagnostics): { body: string; front: Record<string, string> } {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  let front: Record<string, string> = {};
  let bodyFrom = 0;
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
    if (close > 0) {
      try {
        front = toFields(YAML.parse(lines.slice(1, close).join('\n')) ?? {}) ?? {};
      } catch {
        diagnostics?.warn('ingest/front-matter', 'Expected YAML front matter; it is ignored, the sidecar gives the metadata', { file, line: 2 });
      }
      bodyFrom = close + 1;
    }
  }
  const markdown = /\.md$/i.test(file);
  const body = lines.map((l, i) => (i < bodyFrom ? '' : markdown ? markdownLine(l) : l)).join('\n');
  return { body, front };
}

/**
 * Markdown marks that are not text: heading hashes, quote marks, emphasis, link targets. Each pattern stops at the
 * next bracket or delimiter of its kind, so a line full of unclosed `[` or `_` costs time in its length, not its square.
 */
function markdownLine(line: string): string {
  // A table row becomes its cells with ` | ` between them; the rule under the header goes.
  if (line.includes('|') && line.includes('-') && /^[\s|:-]*$/u.test(line)) return '';
  const trimmed = line.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('|') && trimmed.endsWith('|'))
    line = trimmed
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim())
      .join(' | ');
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^(?:\s*>\s?)+/, '')
    .replace(/!?\[([^[\]]*)\]\([^)[\]]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\w*])\*(?!\s)([^*]+?)(?<!\s)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?!\s)([^_]+?)(?<!\s)_(?![\w_])/g, '$1');
}
