import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { CODEBOOK_FILE } from '../config/codebook.js';
import { CONFIG_FILE, THESAURUS_FILE } from '../config/load.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { InputFile, SourceRecord } from '../model/index.js';
import { SIDECAR_SUFFIX, sidecarOf } from './reader.js';
import type { Concept } from '../config/concept.js';
import { MINED_EXTENSIONS, readers } from './readers.js';

export interface Ingested {
  readonly records: SourceRecord[];
  readonly files: InputFile[];
}

/** Files in the corpus root that configure the analysis instead of holding definitions. */
export const SETTINGS_FILES = new Set([CONFIG_FILE, THESAURUS_FILE, CODEBOOK_FILE]);

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

/** Reads every definitions file under `corpusDir` (sorted, so record order is stable). */
export async function ingest(corpusDir: string, diagnostics: Diagnostics, options: { readonly concept?: Concept } = {}): Promise<Ingested> {
  const { files, sidecars } = await listCorpusFiles(corpusDir, diagnostics);
  // pdf.js parses on this thread, so more than a few PDFs at once only costs memory.
  const limit = pLimit(4);
  const read = await Promise.all(
    files.map((file) =>
      limit(async () => {
        try {
          return await readOne(corpusDir, file, sidecars.get(file), diagnostics, options.concept);
        } catch (error) {
          // One file's failure is one diagnostic on that file; the others are still read.
          const code = (error as NodeJS.ErrnoException).code;
          const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
          diagnostics.error('ingest/unreadable-file', `Cannot read the file (${why}); it is skipped`, { file });
          return undefined;
        }
      }),
    ),
  );
  const kept = read.filter((r) => r !== undefined);
  return { records: kept.flatMap((r) => r.records), files: kept.map((r) => r.file) };
}

async function readOne(corpusDir: string, file: string, sidecarFile: string | undefined, diagnostics: Diagnostics, concept: Concept | undefined) {
  const buffer = await readFile(path.join(corpusDir, file));
  const reader = readers[path.extname(file).toLowerCase()]!;
  const sidecar = sidecarFile ? { file: sidecarFile, text: await readFile(path.join(corpusDir, sidecarFile), 'utf8') } : undefined;
  const records = await reader(buffer, file, diagnostics, { ...(sidecar ? { sidecar } : {}), ...(concept ? { concept } : {}) });
  if (!records) return undefined;
  const sha256 = createHash('sha256').update(buffer).digest('hex');
  const sidecarHash = sidecar ? { sidecar: { path: sidecar.file, sha256: createHash('sha256').update(sidecar.text).digest('hex') } } : {};
  return { file: { path: file, sha256, bytes: buffer.length, records: records.length, ...sidecarHash }, records };
}

export interface CorpusFiles {
  /** Files that may hold definitions, sorted. */
  readonly files: string[];
  /** File → its metadata sidecar (`paper.pdf` → `paper.meta.json`). */
  readonly sidecars: Map<string, string>;
}

/** Lists the corpus' definitions files; a sidecar is metadata of its file, never a file of definitions. */
export async function listCorpusFiles(corpusDir: string, diagnostics?: Diagnostics): Promise<CorpusFiles> {
  const all = await listFiles(corpusDir);
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
    else diagnostics?.warn('ingest/sidecar-alone', `Expected a PDF beside this metadata sidecar, \`${file.slice(0, -SIDECAR_SUFFIX.length)}.pdf\`; it is ignored`, { file });
  }
  return { files, sidecars };
}

async function listFiles(corpusDir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(corpusDir, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw new CorpusError(corpusDir, `Cannot read the corpus folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(corpusDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}
