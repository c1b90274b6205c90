import { lstat, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic, type WriteStep } from '../core/atomic.js';
import { decodeText } from '../core/decode.js';
import type { Config } from '../config/schema.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { withLock } from '../core/lock.js';
import type { Definition, Origin, SourceRecord } from '../model/index.js';
import { toDefinitions } from '../validate/index.js';
import { CorpusError } from '../ingest/index.js';
import { withCitationColumns } from './columns.js';
import { appendRows, headerOf, REQUIRED_COLUMNS, type NewRow } from './csv-rows.js';
import { findAddDuplicates } from './duplicates.js';
import { freeMinedId } from '../core/ids.js';
import { generateId } from './ids.js';
import { someNamed } from '../core/text.js';
import { SectorsByAuthor } from '../mine/quoted-sectors.js';

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
  // Checked before anything is judged: a file add cannot append to whole is never touched.
  const existing = await readTarget(target);
  const where = (origin: Origin) => placeOf(origin, options.corpusLabel);

  const existingIds = new Map<string, Origin>();
  for (const r of existingRecords) if (r.fields.id?.trim()) existingIds.set(r.fields.id.trim(), r.origin);
  // Ids the user gave are theirs: a clash refuses the record. A mined record's id is made from its
  // document and page (`paper-p2`): on a clash (a second paper.pdf, a paper mined again) it takes
  // the next free `-2`, `-3`… as a generated id does.
  const taken = new Set([...existingIds.keys(), ...options.records.filter((r) => !r.mined).map((r) => r.fields.id?.trim() ?? '')].filter(Boolean));
  const withIds = options.records.map((r) => {
    const id = r.fields.id?.trim();
    if (id && !r.mined) return r;
    const free = id ? freeMinedId(id, taken) : generateId(r.fields.author, r.fields.year, taken);
    return free === id ? r : { ...r, fields: { ...r.fields, id: free } };
  });

  const placed = withQuotedSectors(withIds, validated.valid, diagnostics);
  const refused = new Set<Definition>();
  const valid = toDefinitions(placed, config, diagnostics);
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
      diagnostics.warn(
        dup.exact ? 'add/exact-duplicate' : 'add/near-duplicate',
        `It is ${how} ${of}: the same definition quoted by another source? (added all the same)`,
        at,
      );
    }
  }

  const accepted = valid.filter((d) => !refused.has(d));
  const problems = diagnostics.list().some((d) => d.severity === 'error');
  const result = { target, accepted, refused: options.records.length - accepted.length, rows: '', written: false, addedColumns: [] as string[] };
  if ((problems && !options.skipInvalid) || accepted.length === 0) return { ...result, accepted: problems && !options.skipInvalid ? [] : accepted };

  const fieldsOf = new Map(placed.map((r) => [r.origin, r.fields]));
  const rows: NewRow[] = accepted.map((d) => ({ definition: d, fields: fieldsOf.get(d.origin) ?? {} }));
  const widened = withCitationColumns(existing?.text, accepted);
  const appended = appendRows(widened.text, rows);
  for (const { id, field } of appended.dropped) {
    diagnostics.warn('add/column-missing', `Cannot keep \`${field}\`: \`${DEFINITIONS_FILE}\` has no such column; the value is left out`, {
      ...rows.find((r) => r.definition.id === id)!.definition.origin,
      field,
      recordId: id,
    });
  }
  const whole = (existing?.bom ? '\uFEFF' : '') + appended.text;
  if (!options.dryRun) await writeFileAtomic(target, whole, options.onWriteStep ? { onStep: options.onWriteStep } : {});
  return { ...result, rows: appended.rows, written: !options.dryRun, addedColumns: widened.columns };
}

/**
 * The definitions file as text, or undefined when there is none yet. Refused (exit 2, nothing
 * written) when appending could lose what is there: a link (the file would be replaced by a copy),
 * bytes that are not plain UTF-8 (rewriting would change them), or a header without a column a
 * definition needs (the new rows would lose their text).
 */
async function readTarget(target: string): Promise<{ text: string; bom: boolean } | undefined> {
  const refuse = (problem: string) => new CorpusError(target, `${problem}; nothing was written`);
  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw refuse(`Cannot read the definitions file (${error.code ?? error.message})`);
  });
  if (!info) return undefined;
  if (info.isSymbolicLink())
    throw refuse('Cannot add to a definitions file that is a symbolic link (citydefs never writes through links); copy the file into the corpus');
  if (!info.isFile()) throw refuse('Cannot add to a definitions file that is not a regular file');
  const bytes = await readFile(target).catch((error: NodeJS.ErrnoException) => {
    throw refuse(`Cannot read the definitions file (${error.code === 'EACCES' ? 'permission denied' : (error.code ?? error.message)})`);
  });
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw refuse(`Cannot add to the definitions file: ${decoded.message}`);
  if (decoded.encoding !== 'UTF-8' || decoded.nul) {
    const found = decoded.nul ? `${decoded.nul.count} NUL bytes (the first on line ${decoded.nul.line})` : `${decoded.encoding} text`;
    throw refuse(`Cannot add to the definitions file: it holds ${found}, and rewriting it would change bytes it holds; save it as UTF-8 first`);
  }
  let header: string[];
  try {
    header = headerOf(decoded.text);
  } catch {
    throw refuse('Cannot add to the definitions file: its first line is not a header of column names (a quote that does not close?)');
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length) {
    throw refuse(
      `Cannot add to the definitions file: its header has no ${missing.map((m) => `\`${m}\``).join(', ')} column, so the new rows would lose their ${missing.join(', ')} (its header: \`${header.join(',')}\`)`,
    );
  }
  return { text: decoded.text, bom: decoded.bom };
}

function placeOf(origin: Origin, corpusLabel: string): string {
  const file = `${corpusLabel.replace(/\/$/, '')}/${origin.file}`;
  return `\`${file}${origin.line !== undefined ? `:${origin.line}` : origin.page !== undefined ? ` p${origin.page}` : origin.record !== undefined ? ` #${origin.record}` : ''}\``;
}

/**
 * A mined quotation is the cited author's definition, but its sector came with the quoting document's metadata.
 * When the corpus's records by that author all have one sector, the quotation takes it (a warning says so, as the user gave the other); otherwise
 * it keeps the document's, and a warning asks the user to check it, as the sector tables count it there.
 */
function withQuotedSectors(records: readonly SourceRecord[], corpus: readonly Definition[], diagnostics: Diagnostics): SourceRecord[] {
  if (!records.some((r) => r.mined?.quoted)) return [...records];
  const known = new SectorsByAuthor();
  for (const d of corpus) known.add(d.author, d.id, d.sector);
  return records.map((r) => {
    if (!r.mined?.quoted) return r;
    const author = r.fields.author?.trim() ?? '';
    const document = r.fields.sector?.trim() ?? '';
    const { ids, sectors } = known.of(author);
    const named = someNamed(ids, 3);
    const at = { ...r.origin, field: 'sector', ...(r.fields.id ? { recordId: r.fields.id } : {}) };
    const sector = known.sectorFor(author);
    if (sector !== undefined) {
      if (sector === document) return r;
      diagnostics.warn(
        'add/quoted-sector',
        `A quotation of ${author} is filed under \`${sector}\`, the sector of the corpus's records by the same author (${named}), not the quoting document's \`${document}\``,
        at,
      );
      return { ...r, fields: { ...r.fields, sector } };
    }
    const why = ids.length
      ? `the corpus's records by the same author (${named}) are ${sectors.map((x) => `\`${x}\``).join(' and ')}`
      : `no record in the corpus is by ${author || 'its source'}`;
    diagnostics.warn(
      'add/quoted-sector-unknown',
      `A quotation of ${author || 'an unnamed source'} keeps the quoting document's sector \`${document}\` (${why}); check that it is the cited source's`,
      at,
    );
    return r;
  });
}
