import type { CslItem, CslName } from '@citation-js/core';
import { createRequire, Module } from 'node:module';
import { compare } from '../core/text.js';
import type { Definition } from '../model/index.js';
import { Worker } from 'node:worker_threads';
import { BackgroundStream, TextStream, textPieces } from './content.js';
import { workerScript } from '../core/worker-script.js';

let citationPlugins: (typeof import('@citation-js/core'))['plugins'] | undefined;

/**
 * citation-js with its BibTeX and RIS plugins, loaded when a file is first formatted on this
 * thread: a large run formats on worker threads, and its main thread never pays for loading it.
 */
function citationJs(): (typeof import('@citation-js/core'))['plugins'] {
  if (!citationPlugins) {
    const require = createRequire(import.meta.url);
    withoutFetch(require.resolve('@citation-js/core'));
    const { plugins } = require('@citation-js/core') as typeof import('@citation-js/core');
    require('@citation-js/plugin-bibtex');
    require('@citation-js/plugin-ris');
    // Keys are the definition ids (letters, digits, `.`, `_`, `-`: valid BibTeX keys); citation-js
    // would otherwise make its own from author and year, since it refuses `-` and `.` in a key.
    (plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format.checkLabel = false;
    citationPlugins = plugins;
  }
  return citationPlugins;
}

/**
 * citation-js loads `sync-fetch` and `node-fetch` (and through them Node's HTTP, TLS, stream and
 * zlib modules) for its URL and DOI inputs; formatting never fetches. Loading them was more than
 * half of citation-js's load (about 90 of 160 ms of CPU at load 10), paid on each thread that
 * formats. In their place, for citation-js only, modules that refuse to fetch; left alone when
 * this thread has loaded them already.
 */
function withoutFetch(core: string): void {
  const fromCore = createRequire(core);
  const refuse = () => {
    throw new Error('citydefs formats references without fetching: citation-js was loaded without sync-fetch and node-fetch');
  };
  class Headers {}
  const stubs: [string, unknown][] = [
    ['sync-fetch', Object.assign(refuse, { Headers })],
    ['node-fetch', { __esModule: true, default: refuse, Headers }],
  ];
  for (const [name, exports] of stubs) {
    const file = fromCore.resolve(name);
    if (fromCore.cache[file]) continue;
    const stub = new Module(file);
    stub.filename = file;
    stub.exports = exports;
    stub.loaded = true;
    fromCore.cache[file] = stub;
  }
}

/**
 * A person's name when the corpus writes it `Family, Given` (one of `;`-separated authors), the
 * way `add --bib` does; anything else ("Caragliu, Del Bo & Nijkamp", "UNECE and ITU (jointly)",
 * an organisation) stays one literal name rather than being split wrongly.
 */
export function authorsOf(author: string): CslName[] {
  // A corpus names the same sources again and again: each author field is parsed once (a copy
  // given each time, so that no caller shares the names of another).
  let names = parsedAuthors.get(author);
  if (!names) {
    if (parsedAuthors.size >= PARSED_AUTHORS) parsedAuthors.clear();
    parsedAuthors.set(author, (names = parseAuthors(author)));
  }
  return names.map((name) => ({ ...name }));
}

/** Author fields parsed, by their text; cleared when full, so memory stays bounded however many sources a corpus has. */
const parsedAuthors = new Map<string, readonly CslName[]>();
const PARSED_AUTHORS = 10_000;

function parseAuthors(author: string): CslName[] {
  const text = author.trim();
  if (!text) return [];
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean);
  const people = parts.map(personName);
  return people.every((p) => p !== undefined) ? (people as CslName[]) : [{ literal: text }];
}

const GIVEN_WORD = /^(?:\p{Lu}\.(?:-?\p{Lu}\.)*|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)$/u;
const FAMILY = /^(?:(?:van|von|der|den|de|del|della|da|di|du|la|le)\s+)*[\p{Lu}][\p{L}'’-]*(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}$/u;

function personName(part: string): CslName | undefined {
  const m = /^([^,]+),\s*([^,]+)$/.exec(part);
  if (!m) return undefined;
  const family = m[1]!.trim();
  const given = m[2]!.trim();
  if (!FAMILY.test(family) || given.split(/\s+/).length > 4 || !given.split(/\s+/).every((w) => GIVEN_WORD.test(w))) return undefined;
  return { family, given };
}

/** What a reference is made of: a definition's source fields. */
export type Source = Pick<Definition, 'id' | 'author' | 'title' | 'year' | 'url' | 'doi' | 'container' | 'volume' | 'issue' | 'pages' | 'publisher'>;

/** A definition's source fields alone: what a references thread is sent (flat, so cheap to copy; it makes the CSL items itself). */
function sourceOf(d: Source): Source {
  return {
    id: d.id,
    author: d.author,
    title: d.title,
    year: d.year,
    url: d.url,
    ...(d.doi !== undefined ? { doi: d.doi } : {}),
    ...(d.container !== undefined ? { container: d.container } : {}),
    ...(d.volume !== undefined ? { volume: d.volume } : {}),
    ...(d.issue !== undefined ? { issue: d.issue } : {}),
    ...(d.pages !== undefined ? { pages: d.pages } : {}),
    ...(d.publisher !== undefined ? { publisher: d.publisher } : {}),
  };
}

/** The CSL type of a source: a journal article when it has a container, a report when a publisher, else a document. */
function typeOf(d: Source): string {
  if (d.container) return 'article-journal';
  if (d.publisher) return 'report';
  return 'document';
}

/** The CSL-JSON item of a definition's source; its id (and citation key) is the definition id. */
export function cslItem(d: Source): CslItem {
  const authors = authorsOf(d.author);
  const item: CslItem = { id: d.id, 'citation-key': d.id, type: typeOf(d) };
  if (authors.length) item.author = authors;
  if (d.title) item.title = d.title;
  if (d.year !== undefined) item.issued = { 'date-parts': [[d.year]] };
  if (d.container) item['container-title'] = d.container;
  if (d.volume) item.volume = d.volume;
  if (d.issue) item.issue = d.issue;
  if (d.pages) item.page = d.pages;
  if (d.publisher) item.publisher = d.publisher;
  if (d.doi) item.DOI = d.doi;
  if (d.url) item.URL = d.url;
  return item;
}

/**
 * Sources formatted by citation-js this many at a time: one `Cite` of every definition holds them
 * all (and their formatted text) at once; its output is the same entry by entry.
 */
const CITE_BATCH = 200;

function* inBatches<T>(list: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < list.length; i += CITE_BATCH) yield list.slice(i, i + CITE_BATCH);
}

/** `references.json`: CSL-JSON, one item per analysed definition, in analysis order. */
export function referencesJson(definitions: readonly Definition[]): string {
  return referencesJsonStream(definitions).text();
}

/**
 * `references.json` written item by item: the bytes of `JSON.stringify(items, null, 2)` and a
 * newline. Each item's text is written here (`itemJson`) rather than made as an object and
 * stringified: the items have one shape, and the stringify was most of the file's time.
 */
export function referencesJsonStream(definitions: readonly Definition[]): TextStream {
  return new TextStream(() =>
    textPieces(
      (function* () {
        if (definitions.length === 0) {
          yield '[]\n';
          return;
        }
        yield '[\n';
        for (let i = 0; i < definitions.length; i++) yield `${i ? ',\n' : ''}${itemJson(definitions[i]!)}`;
        yield '\n]\n';
      })(),
      // Every part ends in `}` or `\n` (JSON.stringify escapes a lone surrogate).
      true,
    ),
  );
}

/** A value as `JSON.stringify` writes it at any depth (a string or a number: no indentation inside). */
const scalar = (value: string | number) => JSON.stringify(value);

/**
 * `cslItem(d)` as `JSON.stringify` of the items' array with two spaces writes it (an item at depth
 * one), without its trailing comma: the same fields in the same order, each value escaped by
 * `JSON.stringify` itself.
 */
function itemJson(d: Source): string {
  const id = scalar(d.id);
  let out = `  {\n    "id": ${id},\n    "citation-key": ${id},\n    "type": "${typeOf(d)}"`;
  const authors = authorsJson(d.author);
  if (authors) out += `,\n    "author": ${authors}`;
  if (d.title) out += `,\n    "title": ${scalar(d.title)}`;
  if (d.year !== undefined) out += `,\n    "issued": {\n      "date-parts": [\n        [\n          ${scalar(d.year)}\n        ]\n      ]\n    }`;
  if (d.container) out += `,\n    "container-title": ${scalar(d.container)}`;
  if (d.volume) out += `,\n    "volume": ${scalar(d.volume)}`;
  if (d.issue) out += `,\n    "issue": ${scalar(d.issue)}`;
  if (d.pages) out += `,\n    "page": ${scalar(d.pages)}`;
  if (d.publisher) out += `,\n    "publisher": ${scalar(d.publisher)}`;
  if (d.doi) out += `,\n    "DOI": ${scalar(d.doi)}`;
  if (d.url) out += `,\n    "URL": ${scalar(d.url)}`;
  return out + '\n  }';
}

/** An author field's names as an item's `author` value (empty when it names nobody), each field written once. */
function authorsJson(author: string): string {
  let text = authorsText.get(author);
  if (text === undefined) {
    if (authorsText.size >= PARSED_AUTHORS) authorsText.clear();
    const names = authorsOf(author);
    // Standalone, indented as the value of an item's field is (two levels in: four more spaces a line).
    text = names.length ? JSON.stringify(names, null, 2).replaceAll('\n', '\n    ') : '';
    authorsText.set(author, text);
  }
  return text;
}

/** `authorsJson` by author field; cleared when full, as `parsedAuthors` is. */
const authorsText = new Map<string, string>();

export type ReferenceFormat = 'bib' | 'ris';

/**
 * The CSL items citation-js formats for a file: for BibTeX, a literal (organisation) name has `&`,
 * `%`, `$`, `#`, `_` escaped, which citation-js leaves as they are and LaTeX would choke on.
 */
export function referenceItems(format: ReferenceFormat, definitions: readonly Source[]): CslItem[] {
  return definitions.map((d) => {
    const item = cslItem(d);
    if (format === 'bib' && item.author) item.author = item.author.map((a) => (a.literal ? { literal: a.literal.replace(/([&%$#_])/g, '\\$1') } : a));
    return item;
  });
}

/**
 * Turns batches of CSL items, in order, into the text of `references.bib` or `references.ris`,
 * carrying over between batches what the text so far leaves open: the same text however the
 * sources are batched, and whichever thread does it.
 */
export class ReferenceWriter {
  #held = '';
  #any = false;
  constructor(readonly format: ReferenceFormat) {}

  batch(items: readonly CslItem[]): string {
    if (!items.length) return '';
    const first = !this.#any;
    this.#any = true;
    return this.format === 'bib' ? this.#bib(items) : ris(items, first);
  }

  /** What ends the file: BibTeX ends with one line break (none when there is no source). */
  end(): string {
    return this.format === 'bib' && this.#any ? '\n' : '';
  }

  /** citation-js ends each batch with a blank line: line ends at the end are held until more text follows. */
  #bib(items: readonly CslItem[]): string {
    // The line ends at the end found by a scan back: a regular expression anchored at the end
    // (`/\n*$/`) is tried at every position of the batch's text.
    const formatted = formatItems('bibtex', items) as string;
    const text = formatted.endsWith('\n') ? formatted.slice(0, -1) : formatted;
    let bodyEnd = text.length;
    while (bodyEnd > 0 && text.charCodeAt(bodyEnd - 1) === 10) bodyEnd--;
    const body = text.slice(0, bodyEnd);
    const out = body ? this.#held + body : '';
    if (body) this.#held = '';
    this.#held += text.slice(body.length);
    return out;
  }
}

/**
 * citation-js's output plugin on the items as they are. `new Cite(items).format(…)` first parses
 * and cleans the items (corrects each field, copies them twice), about half of its time; the items
 * made here (`cslItem`: strings, names with a family and given or a literal, a year's number, a
 * CSL type) come out of that unchanged, so the text is the same (a property test compares).
 */
function formatItems(format: 'bibtex' | 'ris', items: readonly CslItem[], options?: Record<string, unknown>): unknown {
  return citationJs().output.format(format, items, options);
}

/**
 * RIS entries: citation-js maps each item to RIS tags (`ID` = the definition id); the lines are
 * written here, because citation-js wraps values at 70 characters and a reader then joins the
 * pieces with a space, breaking URLs and words. One line per value, CRLF as the RIS spec has it;
 * entries separated by a blank line.
 */
function ris(items: readonly CslItem[], first: boolean): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  const entries = formatItems('ris', items, { format: 'object' }) as Record<string, string | string[]>[];
  // Loops, not `Object.entries`/`flatMap`/`join` per entry (a third of the thread's own time); the
  // same lines: TY first, every other tag's values (an array's elements, holes skipped, as
  // `[value].flat()` did) in the entry's order, then ER.
  let out = '';
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    let text = (first && i === 0 ? '' : '\r\n') + line('TY', String(entry.TY ?? 'GEN'));
    for (const tag of Object.keys(entry)) {
      if (tag === 'TY' || tag === 'ER') continue;
      const value = entry[tag];
      if (Array.isArray(value)) value.forEach((v) => (text += '\r\n' + line(tag, String(v))));
      else text += '\r\n' + line(tag, String(value));
    }
    out += text + '\r\nER  - \r\n';
  }
  return out;
}

/** `references.bib` or `.ris`, formatted `CITE_BATCH` sources at a time on this thread. */
export function referencesStream(format: ReferenceFormat, definitions: readonly Definition[]): TextStream {
  return new TextStream(function* () {
    const writer = new ReferenceWriter(format);
    for (const batch of inBatches(definitions)) yield writer.batch(referenceItems(format, batch));
    yield writer.end();
  });
}

/** `references.bib`: BibTeX through citation-js (LaTeX escapes, `{…}` around literal names). */
export function referencesBib(definitions: readonly Definition[]): string {
  return referencesStream('bib', definitions).text();
}

/** `references.ris`: RIS through citation-js, one line per value (see `ris`). */
export function referencesRis(definitions: readonly Definition[]): string {
  return referencesStream('ris', definitions).text();
}

/**
 * Batches a references thread is given before it answers: enough to keep it busy while this
 * thread makes other outputs without answering (the report takes seconds at 100,000 definitions),
 * few enough to hold little (some 3,000 sources' items).
 */
const BATCHES_AHEAD = 16;

/** Pieces (a batch's text each) made and not yet written that a references thread may leave here before it waits. */
const PIECES_HELD = 64;

/**
 * `references.bib` or `.ris` formatted on a worker thread while this one writes the other outputs
 * (citation-js takes some 40 µs a source): the same bytes as `referencesStream`. Batches are sent
 * as the worker asks, `BATCHES_AHEAD` ahead, so neither side holds more than a few of them.
 */
export function referencesInBackground(format: ReferenceFormat, definitions: readonly Definition[]): BackgroundStream {
  return referenceFilesInBackground([format], definitions).get(format)!;
}

/**
 * Several reference files formatted on one worker thread, each batch of sources sent once for all
 * of them: one copy of the sources and one citation-js (loaded and warmed up) instead of a thread
 * per file. Each file is read as its own stream; while any is read, the thread works ahead only as
 * far as the files being read hold at most `PIECES_HELD` pieces (a file not read yet is held whole,
 * so reading them one after the other cannot stall). `whole`: the thread formats every source
 * without waiting for a reader (started early, on a core otherwise idle; the files are then held whole).
 */
export function referenceFilesInBackground(
  formats: readonly ReferenceFormat[],
  definitions: readonly Definition[],
  { whole = false }: { whole?: boolean } = {},
): Map<ReferenceFormat, BackgroundStream> {
  // The thread starts now, not when the writer comes to these files: it works while this thread
  // makes the outputs before them.
  const worker = new Worker(workerScript(import.meta.url, 'references-worker'), { eval: true, workerData: { formats } });
  const files = formats.map(() => ({ pieces: [] as Uint8Array[], reading: false, read: false, wake: undefined as (() => void) | undefined }));
  let finished = false;
  let failure: Error | undefined;
  let sent = 0;
  let inFlight = 0;
  let ended = false;
  const wakeAll = () => files.forEach((file) => file.wake?.());
  // The most held by a file being read (by any file before reading starts).
  const held = () => {
    const read = files.some((file) => file.reading) ? files.filter((file) => file.reading) : files;
    return Math.max(0, ...read.map((file) => file.pieces.length));
  };
  // Batches while fewer than `BATCHES_AHEAD` are out and little is held; once every source is sent, the end (null).
  const pump = () => {
    while (!ended && inFlight < BATCHES_AHEAD && (whole || held() + inFlight < PIECES_HELD)) {
      if (sent < definitions.length) {
        worker.postMessage(definitions.slice(sent, (sent += CITE_BATCH)).map(sourceOf));
        inFlight++;
      } else {
        worker.postMessage(null);
        ended = true;
      }
    }
  };
  worker.on('message', (reply: { pieces?: Uint8Array[]; done?: boolean; error?: string }) => {
    if (reply.error !== undefined) failure = new Error(`references worker failed: ${reply.error}`);
    else if (reply.done) finished = true;
    else if (reply.pieces) {
      reply.pieces.forEach((piece, f) => files[f]!.pieces.push(piece));
      inFlight--;
      pump();
    }
    wakeAll();
  });
  worker.on('error', (error) => {
    failure = error;
    wakeAll();
  });
  worker.on('exit', (code) => {
    if (!finished) failure ??= new Error(`references worker exited with code ${code}`);
    wakeAll();
  });
  // Ended by the readers below; should no one read (a failure elsewhere), it must not keep the process
  // alive. (After the listeners: adding the first 'message' listener refs the thread's port again.)
  worker.unref();
  pump();
  const stream = (file: (typeof files)[number]) =>
    new BackgroundStream(async function* () {
      // Read now: the thread keeps the process alive until every file is read.
      file.reading = true;
      worker.ref();
      try {
        for (;;) {
          while (file.pieces.length) {
            const piece = file.pieces.shift()!;
            pump();
            yield piece;
          }
          if (failure) throw failure;
          if (finished) return;
          await new Promise<void>((resolve) => (file.wake = resolve));
        }
      } finally {
        file.reading = false;
        file.read = true;
        if (files.every((f) => f.read)) await worker.terminate();
        else if (!files.some((f) => f.reading)) worker.unref();
        pump();
      }
    });
  return new Map(formats.map((format, f) => [format, stream(files[f]!)]));
}

/** A piece of a formatted reference; the title of a standalone work and a journal are italic, as APA sets them. */
export interface ReferenceSegment {
  readonly text: string;
  readonly italic?: boolean;
}

export interface Reference {
  /** The definitions citing this source (one source may give several), in analysis order. */
  readonly ids: readonly string[];
  /** The reference as plain text. */
  readonly text: string;
  /** The same, in pieces, for a renderer that sets italics; escaping is the renderer's. */
  readonly segments: readonly ReferenceSegment[];
  /** `https://doi.org/…` or the URL, to link. */
  readonly link?: string;
}

/**
 * The reference list of the analysed definitions' sources, APA-like (author, year, title,
 * container, volume(issue), pages, publisher, DOI or URL), alphabetical, one entry per distinct
 * source with the definitions citing it. Written here rather than through citeproc, whose style
 * set-up alone takes about as long as the whole analysis of the shipped corpus.
 */
export function referenceList(definitions: readonly Definition[]): Reference[] {
  return firstReferences(definitions, Infinity).references;
}

/** A distinct source while the list is chosen: its text, its sort key, and the first definition citing it. */
interface SourceEntry {
  readonly text: string;
  readonly key: string;
  readonly first: number;
}

/** The list's order: lower-cased text, then the text (distinct texts: never a tie). */
const listOrder = (a: SourceEntry, b: SourceEntry) => compare(a.key, b.key) || compare(a.text, b.text);

/**
 * The first `limit` entries of `referenceList` and how many sources there are in all, without
 * holding every entry: at a million definitions the whole list (segments, ids and sort keys of
 * some 900,000 sources) took over a gigabyte while the report was built, to show 2,000 of them.
 * Each source's text is kept once (to count the distinct ones), the first `limit` in list order
 * in a bounded heap; their entries are made at the end.
 */
export function firstReferences(definitions: readonly Definition[], limit: number): { references: Reference[]; sources: number } {
  const firstOf = new Map<string, number>();
  // Each definition's source, as the index of the first definition citing it.
  const sourceOf = new Int32Array(definitions.length);
  const heap = new BoundedHeap<SourceEntry>(limit, listOrder);
  for (let d = 0; d < definitions.length; d++) {
    const text = referenceText(referenceOf(definitions[d]!).segments);
    const first = firstOf.get(text);
    if (first !== undefined) {
      sourceOf[d] = first;
      continue;
    }
    firstOf.set(text, d);
    sourceOf[d] = d;
    heap.offer({ text, key: text.toLowerCase(), first: d });
  }
  const chosen = heap.sorted();
  const rank = new Map(chosen.map((e, i) => [e.first, i]));
  const ids: string[][] = chosen.map(() => []);
  for (let d = 0; d < definitions.length; d++) {
    const i = rank.get(sourceOf[d]!);
    if (i !== undefined) ids[i]!.push(definitions[d]!.id);
  }
  const references = chosen.map((e, i): Reference => {
    const { segments, link } = referenceOf(definitions[e.first]!);
    return { ids: ids[i]!, text: e.text, segments, ...(link ? { link } : {}) };
  });
  return { references, sources: firstOf.size };
}

const referenceText = (segments: readonly ReferenceSegment[]) => segments.map((s) => s.text).join('');

/** The `limit` least items offered (by `order`), kept in a max-heap: the worst of them at the root, replaced by anything less. */
class BoundedHeap<T> {
  readonly #items: T[] = [];
  constructor(
    readonly limit: number,
    readonly order: (a: T, b: T) => number,
  ) {}

  offer(item: T): void {
    const items = this.#items;
    if (items.length < this.limit) {
      items.push(item);
      this.#up(items.length - 1);
    } else if (items.length > 0 && this.order(item, items[0]!) < 0) {
      items[0] = item;
      this.#down(0);
    }
  }

  /** The items kept, least first. */
  sorted(): T[] {
    return [...this.#items].sort(this.order);
  }

  #up(i: number): void {
    const items = this.#items;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.order(items[i]!, items[parent]!) <= 0) return;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }

  #down(i: number): void {
    const items = this.#items;
    for (;;) {
      const left = 2 * i + 1;
      let largest = i;
      if (left < items.length && this.order(items[left]!, items[largest]!) > 0) largest = left;
      if (left + 1 < items.length && this.order(items[left + 1]!, items[largest]!) > 0) largest = left + 1;
      if (largest === i) return;
      [items[i], items[largest]] = [items[largest]!, items[i]!];
      i = largest;
    }
  }
}

function referenceOf(d: Definition): { segments: ReferenceSegment[]; link?: string } {
  const segments: ReferenceSegment[] = [];
  const add = (text: string, italic = false) => segments.push(italic ? { text, italic } : { text });
  const authors = apaAuthors(authorsOf(d.author));
  const year = `(${d.year ?? 'n.d.'}).`;
  const title = d.title ? sentence(d.title) : '';
  // APA: without an author, the title takes the author's place.
  if (authors) add(`${sentence(authors)} ${year}`);
  else if (title) {
    add(title, !d.container);
    add(` ${year}`);
  } else add(year);
  if (authors && title) {
    add(' ');
    add(title, !d.container);
  }
  if (d.container) {
    add(' ');
    add(d.container, true);
    if (d.volume) {
      add(', ');
      add(d.volume, true);
    }
    if (d.issue) add(`(${d.issue})`);
    if (d.pages) add(`, ${d.pages.replace(/-+/g, '–')}`);
    add('.');
  }
  if (d.publisher && d.publisher !== d.author) add(` ${sentence(d.publisher)}`);
  const link = d.doi ? `https://doi.org/${d.doi}` : d.url || undefined;
  if (link) add(` ${link}`);
  return link ? { segments: merge(segments), link } : { segments: merge(segments) };
}

/** APA's author list: `Family, G.`, two joined with `&`, more with commas and a final `&`. */
function apaAuthors(names: readonly CslName[]): string {
  const formatted = names.map((n) => (n.literal ? n.literal : `${n.family}, ${initials(n.given ?? '')}`));
  if (formatted.length <= 1) return formatted[0] ?? '';
  if (formatted.length === 2) return `${formatted[0]}, & ${formatted[1]}`;
  return `${formatted.slice(0, -1).join(', ')}, & ${formatted.at(-1)}`;
}

function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((w) =>
      w
        .split('-')
        .map((p) => `${p.replace(/\.$/, '')[0]}.`)
        .join('-'),
    )
    .join(' ');
}

/** Ends with a full stop unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** Adjacent segments of the same style as one. */
function merge(segments: readonly ReferenceSegment[]): ReferenceSegment[] {
  const out: ReferenceSegment[] = [];
  for (const s of segments) {
    const last = out.at(-1);
    if (last && Boolean(last.italic) === Boolean(s.italic))
      out[out.length - 1] = s.italic ? { text: last.text + s.text, italic: true } : { text: last.text + s.text };
    else out.push(s);
  }
  return out;
}
