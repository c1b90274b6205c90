import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import pLimit from 'p-limit';
import { CODEBOOK_FILE } from '../config/codebook.js';
import { CONFIG_FILE, THESAURUS_FILE } from '../config/load.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../core/types.js';
import { readers } from './readers.js';

export interface InputFile {
  /** Posix path relative to the corpus folder. */
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly records: number;
}

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
export async function ingest(corpusDir: string, diagnostics: Diagnostics): Promise<Ingested> {
  const files = await listCorpusFiles(corpusDir);
  const limit = pLimit(8);
  const read = await Promise.all(
    files.map((file) =>
      limit(async () => {
        const buffer = await readFile(path.join(corpusDir, file));
        const reader = readers[path.extname(file).toLowerCase()]!;
        const records = reader(buffer.toString('utf8'), file, diagnostics);
        const sha256 = createHash('sha256').update(buffer).digest('hex');
        return { file: { path: file, sha256, bytes: buffer.length, records: records.length }, records };
      }),
    ),
  );
  return { records: read.flatMap((r) => r.records), files: read.map((r) => r.file) };
}

export async function listCorpusFiles(corpusDir: string): Promise<string[]> {
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
    .filter((file) => !SETTINGS_FILES.has(file) && path.extname(file).toLowerCase() in readers)
    .sort();
}
