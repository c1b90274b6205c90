import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { CODEBOOK_FILE } from '../config/codebook.js';
import { CORRECTIONS_FILE, REFERENCE_CODING_FILE } from '../config/coding.js';
import { CONFIG_FILE, THESAURUS_FILE } from '../config/load.js';
import { DEFAULT_LIMITS, type Limits } from '../config/limits.js';
import { readCsvStreaming } from '../core/csv.js';
import { decodeReported } from '../core/decode.js';
import { someNamed } from '../core/text.js';
import { freeMinedId } from '../core/ids.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { InputFile, SourceRecord } from '../model/index.js';
import { SIDECAR_SUFFIX, sidecarOf } from './reader.js';
import type { Concept } from '../config/concept.js';
import type { MineMethod } from '../config/mine-method.js';
import { MINED_EXTENSIONS, readers } from './readers.js';
import { SectorsByAuthor } from '../mine/quoted-sectors.js';

export interface Ingested {
  readonly records: SourceRecord[];
  readonly files: InputFile[];
}

/** Files in the corpus root that configure the analysis instead of holding definitions. */
export const SETTINGS_FILES = new Set([CONFIG_FILE, THESAURUS_FILE, CODEBOOK_FILE, CORRECTIONS_FILE, REFERENCE_CODING_FILE]);

/** The corpus cannot be analysed at all (exit 2). `dir` is named by the caller, relative to its cwd. */
export class CorpusError extends Error {
  override name = 'CorpusError';
  constructor(
    readonly dir: string,
    readonly problem: string,
  ) {
    super(`${problem}: \`${dir}\``);
  }
}

/**
 * Reads every definitions file under `corpusDir` (sorted, so record order is stable). Links are
 * never followed, and no field is longer than `limits.maxFieldChars`.
 */
export async function ingest(
  corpusDir: string,
  diagnostics: Diagnostics,
  options: { readonly limits?: Limits; readonly concept?: Concept; readonly method?: MineMethod; readonly sectors?: readonly string[] } = {},
): Promise<Ingested> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const { files, sidecars } = await listCorpusFiles(corpusDir, diagnostics);
  // Each PDF is read in a worker thread of its own: a few at once use the cores without much memory.
  const limit = pLimit(4);
  const read = await Promise.all(
    files.map((file) =>
      limit(async () => {
        try {
          return await readOne(corpusDir, file, sidecars.get(file), diagnostics, {
            limits,
            ...(options.concept ? { concept: options.concept } : {}),
            ...(options.method ? { method: options.method } : {}),
          });
        } catch (error) {
          // One file's failure is one diagnostic on that file; the others are still read.
          const failed = (error as { file?: string }).file ?? file;
          diagnostics.error(
            'ingest/unreadable-file',
            `Cannot read the file (${whyUnreadable(error)}); it is skipped${failed === file ? '' : ` with \`${file}\``}`,
            { file: failed },
          );
          return undefined;
        }
      }),
    ),
  );
  const kept = read.filter((r) => r !== undefined);
  const records = distinctMinedIds(kept.flatMap((r) => r.records));
  return { records: options.sectors ? withQuotedSectors(records, options.sectors, diagnostics) : records, files: kept.map((r) => r.file) };
}

/**
 * As `add` does, a quotation mined from a document in the corpus takes the sector of the corpus's own records by its
 * cited author when they all have one; otherwise it keeps the document's. One warning per document says which.
 */
function withQuotedSectors(records: SourceRecord[], sectors: readonly string[], diagnostics: Diagnostics): SourceRecord[] {
  if (!records.some((r) => r.mined?.quoted)) return records;
  const sectorOf = (r: SourceRecord) => r.fields.sector?.trim().toLowerCase() ?? '';
  const known = new SectorsByAuthor();
  for (const r of records) if (!r.mined && sectors.includes(sectorOf(r))) known.add(r.fields.author ?? '', r.fields.id?.trim() ?? '', sectorOf(r));
  const byFile = new Map<string, { document: string; moved: string[]; kept: string[] }>();
  const result = records.map((r) => {
    if (!r.mined?.quoted) return r;
    const document = sectorOf(r);
    const theirs = known.sectorFor(r.fields.author ?? '');
    let file = byFile.get(r.origin.file);
    if (!file) byFile.set(r.origin.file, (file = { document, moved: [], kept: [] }));
    const named = `\`${r.fields.id?.trim() ?? ''}\` (${r.fields.author?.trim() || 'no author'})`;
    if (theirs === undefined) file.kept.push(named);
    else if (theirs !== document) {
      file.moved.push(`${named} as \`${theirs}\``);
      return { ...r, fields: { ...r.fields, sector: theirs } };
    }
    return r;
  });
  const listed = (items: readonly string[]) => someNamed(items, 5, (item) => item);
  const quotations = (n: number) => `${n} quotation${n === 1 ? '' : 's'}`;
  for (const [file, { document, moved, kept }] of byFile) {
    if (moved.length) {
      diagnostics.warn(
        'ingest/quoted-sector',
        `Filed ${quotations(moved.length)} under the sector of the corpus's records by the cited author, not the document's \`${document}\`: ${listed(moved)}`,
        { file },
      );
    }
    if (kept.length) {
      diagnostics.warn(
        'ingest/quoted-sector-unknown',
        `Kept the document's sector \`${document}\` for ${quotations(kept.length)} whose cited author has no record in the corpus, or records in several sectors: ${listed(kept)}; check that it is each source's`,
        { file },
      );
    }
  }
  return result;
}

/**
 * Mined records take ids from their document's name (`paper-p2`): one that a record the user wrote,
 * or an earlier mined one, already has is numbered on (`paper-p2-2`…), so two `paper.pdf` in
 * different folders are both analysed. Ids the user wrote are left for `validate` to judge.
 */
function distinctMinedIds(records: SourceRecord[]): SourceRecord[] {
  if (!records.some((r) => r.mined)) return records;
  const taken = new Set<string>();
  for (const r of records) if (!r.mined && r.fields.id?.trim()) taken.add(r.fields.id.trim());
  return records.map((r) => {
    const id = r.mined && r.fields.id?.trim();
    if (!id) return r;
    const free = freeMinedId(id, taken);
    return free === id ? r : { ...r, fields: { ...r.fields, id: free } };
  });
}

async function readOne(
  corpusDir: string,
  file: string,
  sidecarFile: string | undefined,
  diagnostics: Diagnostics,
  context: { readonly limits: Limits; readonly concept?: Concept; readonly method?: MineMethod },
) {
  if (path.extname(file).toLowerCase() === '.csv') {
    const streamed = await streamCsv(corpusDir, file);
    if (streamed)
      return {
        file: { path: file, sha256: streamed.sha256, bytes: streamed.bytes, records: streamed.records.length },
        records: limitFields(streamed.records, context.limits.maxFieldChars, diagnostics),
      };
  }
  const buffer = await readNoFollow(corpusDir, file);
  const reader = readers[path.extname(file).toLowerCase()]!;
  const sidecarBytes = sidecarFile === undefined ? undefined : await readNoFollow(corpusDir, sidecarFile);
  const sidecar = sidecarFile && sidecarBytes ? { file: sidecarFile, text: decodeReported(sidecarBytes, sidecarFile, diagnostics) } : undefined;
  const records = await reader(buffer, file, diagnostics, { ...context, ...(sidecar ? { sidecar } : {}) });
  if (!records) return undefined;
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const sidecarHash = sidecar ? { sidecar: { path: sidecar.file, sha256: createHash('sha256').update(sidecarBytes!).digest('hex') } } : {};
  return {
    file: { path: file, sha256, bytes: buffer.length, records: records.length, ...sidecarHash },
    records: limitFields(records, context.limits.maxFieldChars, diagnostics),
  };
}

/**
 * A clean CSV file read piece by piece, hashed as it is read (a corpus of a million definitions is
 * half a gigabyte, never held whole); undefined when it has anything to report, for the reader of
 * whole files to read and report as it always has (see `readCsvStreaming`).
 */
async function streamCsv(corpusDir: string, file: string): Promise<{ records: SourceRecord[]; sha256: string; bytes: number } | undefined> {
  let handle;
  try {
    handle = await open(path.join(corpusDir, file), constants.O_RDONLY | constants.O_NOFOLLOW);
  } catch (error) {
    throw Object.assign(error as Error, { file });
  }
  try {
    const hash = createHash('sha256');
    let bytes = 0;
    const pieces = async function* () {
      for await (const piece of handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false })) {
        const chunk = piece as Buffer;
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
    };
    const table = await readCsvStreaming(pieces(), file);
    if (!table) return undefined;
    return { records: table.rows.map((row) => ({ origin: { file, line: row.line }, fields: row.fields })), sha256: hash.digest('hex'), bytes };
  } finally {
    await handle.close();
  }
}

/** The file's bytes; a link (put there since the folder was listed) is refused, not followed. */
async function readNoFollow(corpusDir: string, file: string): Promise<Buffer> {
  try {
    const handle = await open(path.join(corpusDir, file), constants.O_RDONLY | constants.O_NOFOLLOW);
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw Object.assign(error as Error, { file });
  }
}

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ELOOP') return 'it is a symbolic link, which is not followed';
  if (code === 'ENOENT') return 'it disappeared while the corpus was read';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Cuts field values longer than `max` characters, with a warning each: a 5 MB field or a 100,000-word
 * definition would otherwise make every later stage slow.
 */
export function limitFields(records: readonly SourceRecord[], max: number, diagnostics: Diagnostics): SourceRecord[] {
  return records.map((record) => {
    let fields: Record<string, string> | undefined;
    // Keys, not entries: no pair array per field of every record.
    for (const field of Object.keys(record.fields)) {
      const value = record.fields[field]!;
      if (value.length <= max) continue;
      fields ??= { ...record.fields };
      // Not between the two halves of a surrogate pair.
      const end = /[\uD800-\uDBFF]/.test(value[max - 1] ?? '') ? max - 1 : max;
      Object.defineProperty(fields, field, { value: value.slice(0, end), enumerable: true, writable: true, configurable: true });
      diagnostics.warn(
        'ingest/field-truncated',
        `Expected at most ${max} characters in a field (limits.maxFieldChars); found ${value.length}, kept the first ${end}`,
        {
          ...record.origin,
          field,
          ...(record.fields.id && record.fields.id.length <= 200 ? { recordId: record.fields.id } : {}),
        },
      );
    }
    return fields ? { ...record, fields } : record;
  });
}

export interface CorpusFiles {
  /** Files that may hold definitions, sorted. */
  readonly files: string[];
  /** File → its metadata sidecar (`paper.pdf` → `paper.meta.json`). */
  readonly sidecars: Map<string, string>;
}

/** Lists the corpus' definitions files; a sidecar is metadata of its file, never a file of definitions. */
export async function listCorpusFiles(corpusDir: string, diagnostics?: Diagnostics): Promise<CorpusFiles> {
  const all = await listFiles(corpusDir, diagnostics);
  const candidates = all.filter((file) => !SETTINGS_FILES.has(file) && path.extname(file).toLowerCase() in readers);
  const sidecars = new Map<string, string>();
  const files: string[] = [];
  for (const file of candidates) {
    if (!file.toLowerCase().endsWith(SIDECAR_SUFFIX)) {
      files.push(file);
      continue;
    }
    const owner = candidates.find((f) => f !== file && MINED_EXTENSIONS.has(path.extname(f).toLowerCase()) && sidecarOf(f) === file);
    if (owner) sidecars.set(owner, file);
    else
      diagnostics?.warn(
        'ingest/sidecar-alone',
        `Expected a PDF beside this metadata sidecar, \`${file.slice(0, -SIDECAR_SUFFIX.length)}.pdf\`; it is ignored`,
        { file },
      );
  }
  return { files, sidecars };
}

async function listFiles(corpusDir: string, diagnostics?: Diagnostics): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new CorpusError(corpusDir, `Cannot read the corpus folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const name = (e: (typeof entries)[number]) => path.relative(corpusDir, path.join(e.parentPath, e.name)).split(path.sep).join('/');
  const visible = (file: string) => !file.split('/').some((part) => part.startsWith('.'));
  // A link may point anywhere (another user's files, /etc): never followed, files or folders
  // (the settings files' loaders report theirs).
  for (const link of entries
    .filter((e) => e.isSymbolicLink())
    .map(name)
    .filter((f) => visible(f) && !SETTINGS_FILES.has(f))
    .sort()) {
    diagnostics?.warn('ingest/symlink-skipped', 'Not read: a symbolic link, which citydefs never follows; copy the file (or folder) into the corpus instead', {
      file: link,
    });
  }
  return entries
    .filter((e) => e.isFile())
    .map(name)
    .filter(visible)
    .sort();
}
