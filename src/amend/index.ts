import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type WriteStep } from '../core/atomic.js';
import type { Config } from '../config/schema.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { withLock } from '../core/lock.js';
import type { Definition, Origin, SourceRecord } from '../model/index.js';
import { toDefinitions } from '../validate/index.js';
import { CorpusError } from '../ingest/index.js';
import { withCitationColumns } from './columns.js';
import { appendRows, type NewRow } from './csv-rows.js';
import { findAddDuplicates } from './duplicates.js';
import { generateId } from './ids.js';

/** The file `add` appends to, in the corpus folder. */
export const DEFINITIONS_FILE = 'definitions.csv';
/** Serializes the commands that change the corpus; hidden, so ingest never reads it. */
export const LOCK_FILE = '.citydefs.lock';

/** The corpus as it stands, read and validated (the pipeline's `check`). */
export interface CheckedCorpus {
  readonly config: Config;
  readonly records: readonly SourceRecord[];
  readonly validated: { readonly valid: readonly Definition[] };
}

export interface AddOptions {
  /** The corpus folder. */
  readonly corpus: string;
  /** Reads the corpus; called under the lock, so it sees every earlier write. */
  readonly readCorpus: () => Promise<CheckedCorpus>;
  /** The new records; their origins name where each came from (a file of the user's, the command line). */
  readonly records: readonly SourceRecord[];
  readonly dryRun?: boolean;
  /** Write the valid records even if others are invalid (default: all or nothing). */
  readonly skipInvalid?: boolean;
  /** Accept a text that is already in the corpus word for word. */
  readonly allowDuplicate?: boolean;
  /** How the corpus folder is named in messages. */
  readonly corpusLabel: string;
  readonly onWriteStep?: (step: WriteStep) => void;
  readonly lockTimeoutMs?: number;
}

export interface AddResult {
  /** The definitions file, absolute. */
  readonly target: string;
  /** Records that are (or, in a dry run, would be) written. */
  readonly accepted: readonly Definition[];
  /** Records refused: invalid, id taken, exact duplicate. */
  readonly refused: number;
  /** The CSV rows appended (or that would be). */
  readonly rows: string;
  readonly written: boolean;
  /** Citation columns added to the definitions file for the new records' values (empty for the other rows). */
  readonly addedColumns: readonly string[];
}

/**
 * Validates new records against the corpus and appends the valid ones to its definitions file.
 * Any problem writes nothing unless `skipInvalid`. The read–check–write runs under the corpus lock,
 * so concurrent adds each see the others' records; the write is atomic.
 */
export async function addRecords(options: AddOptions, diagnostics: Diagnostics): Promise<AddResult> {
  const run = () => addLocked(options, diagnostics);
  // Checked before locking: the lock file cannot be made in a folder that is not there.
  await stat(options.corpus).catch((error: NodeJS.ErrnoException) => {
    throw new CorpusError(options.corpus, `Cannot read the corpus folder (${error.code ?? 'error'})`);
  });
  if (options.dryRun) return run();
  return withLock(path.join(options.corpus, LOCK_FILE), run, options.lockTimeoutMs === undefined ? {} : { timeoutMs: options.lockTimeoutMs });
}

async function addLocked(options: AddOptions, diagnostics: Diagnostics): Promise<AddResult> {
  const { config, records: existingRecords, validated } = await options.readCorpus();
  const target = path.join(options.corpus, DEFINITIONS_FILE);
  const where = (origin: Origin) => placeOf(origin, options.corpusLabel);

  const existingIds = new Map<string, Origin>();
  for (const r of existingRecords) if (r.fields.id?.trim()) existingIds.set(r.fields.id.trim(), r.origin);
  const taken = new Set([...existingIds.keys(), ...options.records.map((r) => r.fields.id?.trim() ?? '').filter(Boolean)]);
  const withIds = options.records.map((r) =>
    r.fields.id?.trim() ? r : { ...r, fields: { ...r.fields, id: generateId(r.fields.author, r.fields.year, taken) } },
  );

  const refused = new Set<Definition>();
  const valid = toDefinitions(withIds, config, diagnostics);
  for (const d of valid) {
    const at = existingIds.get(d.id);
    if (!at) continue;
    refused.add(d);
    diagnostics.error('add/id-taken', `Expected a new id; \`${d.id}\` is already used at ${where(at)}`, { ...d.origin, field: 'id', recordId: d.id });
  }
  for (const dup of findAddDuplicates(validated.valid, valid, config)) {
    const of = `\`${dup.of.id}\`${dup.existing ? ` at ${where(dup.of.origin)}` : ' (added in the same run)'}`;
    const at = { ...dup.added.origin, field: 'text', recordId: dup.added.id };
    if (dup.exact && !options.allowDuplicate) {
      refused.add(dup.added);
      diagnostics.error('add/exact-duplicate', `Expected a definition not yet in the corpus; the same text is ${of} (--allow-duplicate adds it anyway)`, at);
    } else {
      const how = dup.exact ? 'the same text as' : `a near-duplicate (similarity ${dup.similarity.toFixed(2)}) of`;
      diagnostics.warn(dup.exact ? 'add/exact-duplicate' : 'add/near-duplicate', `Added, but it is ${how} ${of}: the same definition quoted by another source?`, at);
    }
  }

  const accepted = valid.filter((d) => !refused.has(d));
  const problems = diagnostics.list().some((d) => d.severity === 'error');
  const result = { target, accepted, refused: options.records.length - accepted.length, rows: '', written: false, addedColumns: [] as string[] };
  if ((problems && !options.skipInvalid) || accepted.length === 0) return { ...result, accepted: problems && !options.skipInvalid ? [] : accepted };

  const fieldsOf = new Map(withIds.map((r) => [r.origin, r.fields]));
  const rows: NewRow[] = accepted.map((d) => ({ definition: d, fields: fieldsOf.get(d.origin) ?? {} }));
  const existingText = await readFile(target, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const widened = withCitationColumns(existingText, accepted);
  const appended = appendRows(widened.text, rows);
  for (const { id, field } of appended.dropped) {
    diagnostics.warn('add/column-missing', `Cannot keep \`${field}\`: \`${DEFINITIONS_FILE}\` has no such column; the value is left out`, {
      ...rows.find((r) => r.definition.id === id)!.definition.origin,
      field,
      recordId: id,
    });
  }
  if (!options.dryRun) await writeFileAtomic(target, appended.text, options.onWriteStep ? { onStep: options.onWriteStep } : {});
  return { ...result, rows: appended.rows, written: !options.dryRun, addedColumns: widened.columns };
}

function placeOf(origin: Origin, corpusLabel: string): string {
  const file = `${corpusLabel.replace(/\/$/, '')}/${origin.file}`;
  return `\`${file}${origin.line !== undefined ? `:${origin.line}` : origin.page !== undefined ? ` p${origin.page}` : origin.record !== undefined ? ` #${origin.record}` : ''}\``;
}
