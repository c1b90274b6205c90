import { readFile } from 'node:fs/promises';
import { decodeText } from '../core/decode.js';
import path from 'node:path';
import type { CslItem, CslName } from '@citation-js/core';
import type { Diagnostics } from '../core/diagnostics.js';
import type { Origin, SourceRecord } from '../model/index.js';
import { slug } from '../core/text.js';
import type { Concept } from '../config/concept.js';
import { DEFAULT_MINE_METHOD, type MineMethod } from '../config/mine-method.js';
import { mineReported } from '../mine/method.js';
import { minedRecord } from '../mine/records.js';
import { splitBibtex, splitRis, type EntryText } from './split.js';

export interface Bibliography {
  /** One record per definition sentence mined from an entry's abstract. */
  readonly records: SourceRecord[];
  /** Entries read, broken ones not counted. */
  readonly entries: number;
  /** Entries with no abstract, or none that defines the concept, as `key (title)`. */
  readonly sourcesWithoutDefinition: string[];
}

type Format = 'bibtex' | 'ris' | 'csl-json';

export interface BibliographyOptions {
  /** The concept whose definitions are mined from the abstracts (default: the config's default). */
  readonly concept?: Concept;
  /** Fields for what an entry leaves empty (the `add` flags); a quoted definition never takes the author or year. */
  readonly defaults?: Readonly<Record<string, string | undefined>>;
  /** How the abstracts are mined (default: the rules), as `mine --method`. */
  readonly method?: MineMethod;
}

/**
 * Reads BibTeX, RIS or CSL-JSON entry by entry (a broken entry is reported, the others load) and
 * turns each entry's abstract into definition records carrying the entry's author, year, title and
 * DOI or URL, mined by the same extractor as PDFs: a definition the abstract quotes is the cited
 * author's (see `minedRecord`).
 */
export async function readBibliography(file: string, cwd: string, diagnostics: Diagnostics, options: BibliographyOptions = {}): Promise<Bibliography> {
  const label = path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
  let data: Buffer;
  try {
    data = await readFile(path.resolve(cwd, file));
  } catch (error) {
    diagnostics.error('bib/unreadable', `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { file: label });
    return { records: [], entries: 0, sourcesWithoutDefinition: [] };
  }
  const decoded = decodeText(data);
  if (!decoded.ok) {
    diagnostics.error('bib/unreadable', `Cannot read the file: ${decoded.message}`, { file: label });
    return { records: [], entries: 0, sourcesWithoutDefinition: [] };
  }
  const text = decoded.text;
  const format = formatOf(file, text);
  if (!format) {
    diagnostics.error('bib/format', 'Expected BibTeX (`.bib`), RIS (`.ris`) or CSL-JSON (`.json`)', { file: label });
    return { records: [], entries: 0, sourcesWithoutDefinition: [] };
  }
  const items = await parseEntries(format, text, label, diagnostics);
  const records: SourceRecord[] = [];
  const without: string[] = [];
  for (const { item, origin } of items) {
    // (its run-on sentences are reported at the entry, as a document's are at its file)
    const candidates = item.abstract
      ? mineReported(options.method ?? DEFAULT_MINE_METHOD, [String(item.abstract)], options.concept ? { concept: options.concept } : {}, diagnostics, {
          ...origin,
          field: 'abstract',
        })
      : [];
    const name = `${keyOf(item) ?? item.id}${item.title ? ` (${item.title})` : ''}`;
    if (candidates.length === 0) {
      without.push(name);
      continue;
    }
    const fields = { ...definedOnly(options.defaults ?? {}), ...sourceFields(item) };
    const key = keyOf(item);
    candidates.forEach((c, i) => {
      const id = key ? (i === 0 ? key : `${key}-${i + 1}`) : '';
      const record = minedRecord(c, id, fields, { ...origin, field: 'abstract' });
      // An entry without a citation key gets its id from author and year when it is added.
      records.push(id ? record : { ...record, fields: Object.fromEntries(Object.entries(record.fields).filter(([k]) => k !== 'id')) });
    });
  }
  return { records, entries: items.length, sourcesWithoutDefinition: without };
}

function definedOnly(fields: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter((e): e is [string, string] => e[1] !== undefined && e[1].trim() !== ''));
}

function formatOf(file: string, text: string): Format | undefined {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.bib' || ext === '.bibtex') return 'bibtex';
  if (ext === '.ris') return 'ris';
  if (ext === '.json') return 'csl-json';
  const start = text.trimStart();
  if (start.startsWith('@')) return 'bibtex';
  if (/^TY {2}- /.test(start)) return 'ris';
  if (start.startsWith('[') || start.startsWith('{')) return 'csl-json';
  return undefined;
}

async function parseEntries(format: Format, text: string, file: string, diagnostics: Diagnostics): Promise<{ item: CslItem; origin: Origin }[]> {
  const out: { item: CslItem; origin: Origin }[] = [];
  // Loaded on first use, as the plugins register themselves with the core on import.
  const { Cite } = await import('@citation-js/core');
  await import('@citation-js/plugin-bibtex');
  await import('@citation-js/plugin-ris');
  const parseOne = async (input: unknown, origin: Origin) => {
    try {
      const cite = await Cite.async(input);
      if (cite.data.length === 0) throw new Error('no entry found');
      for (const item of cite.data) out.push({ item, origin });
    } catch (error) {
      const message = (error as Error).message.split('\n')[0]!.replace(/[:\s]+$/, '');
      diagnostics.error('bib/entry', `Cannot read this ${format === 'csl-json' ? 'item' : 'entry'}: ${message}; the others still load`, origin);
    }
  };
  if (format === 'csl-json') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      diagnostics.error('bib/json-syntax', `Expected valid JSON: ${(error as Error).message}`, { file });
      return out;
    }
    const list = Array.isArray(data) ? data : [data];
    for (const [i, item] of list.entries()) await parseOne([item], { file, record: i + 1 });
    return out;
  }
  let entries: EntryText[];
  let prefix = '';
  if (format === 'bibtex') {
    const split = splitBibtex(text);
    entries = split.entries;
    prefix = split.macros ? `${split.macros}\n` : '';
  } else {
    entries = splitRis(text);
  }
  if (entries.length === 0) diagnostics.error('bib/entry', `Expected at least one ${format === 'ris' ? '`TY  - ` record' : '`@type{key, …}` entry'}`, { file });
  for (const entry of entries) await parseOne(prefix + entry.text, { file, line: entry.line });
  return out;
}

/** The entry's own key (BibTeX's citation key), if it has a usable one. */
function keyOf(item: CslItem): string | undefined {
  const key = item['citation-key'] ?? item.id;
  return typeof key === 'string' && key && !/^temp_id/.test(key) ? slug(key) : undefined;
}

function sourceFields(item: CslItem): Record<string, string> {
  const names = (item.author?.length ? item.author : (item.editor ?? [])).map(nameOf).filter(Boolean);
  const date = item.issued ?? item['event-date'];
  const year = date?.['date-parts']?.[0]?.[0] ?? /\b(\d{4})\b/.exec(date?.raw ?? date?.literal ?? '')?.[1];
  const url = item.DOI ? `https://doi.org/${String(item.DOI).replace(/^https?:\/\/(dx\.)?doi\.org\//i, '')}` : item.URL;
  const fields: Record<string, string> = {};
  if (names.length) fields.author = names.join('; ');
  if (year !== undefined) fields.year = String(year);
  if (item.title) fields.title = String(item.title);
  if (url) fields.url = String(url);
  // The citation, so the source can be cited from the corpus (see CITATION_FIELDS).
  const citation: Record<string, unknown> = {
    doi: item.DOI,
    container: item['container-title'],
    volume: item.volume,
    issue: item.issue,
    pages: item.page,
    publisher: item.publisher,
  };
  for (const [field, value] of Object.entries(citation)) {
    if ((typeof value === 'string' || typeof value === 'number') && String(value).trim()) fields[field] = String(value).trim();
  }
  return fields;
}

function nameOf(name: CslName): string {
  if (name.literal) return name.literal;
  return [name.family, name.given].filter(Boolean).join(', ');
}
