import { domainStopwords } from '../config/concept.js';
import type { Config } from '../config/schema.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { normalizeText, someNamed, words } from '../core/text.js';
import type { Definition, DuplicateGroup, Exclusion, SourceRecord } from '../model/index.js';
import { groupPairs, similarPairs, type SimilarPair } from './duplicates.js';
import { citationOf, FIELDS, OPTIONAL_FIELDS, parseValidRecord, recordSchema } from './record.js';

export interface Validated {
  /** Every valid record, in corpus order. */
  readonly valid: Definition[];
  /** The records the analysis counts: the configured kinds, each distinct definition once. */
  readonly analysed: Definition[];
  readonly exclusions: Exclusion[];
  readonly duplicates: DuplicateGroup[];
}

const REQUIRED = ['id', 'sector', 'text'] as const;
const KNOWN = new Set<string>([...FIELDS, ...OPTIONAL_FIELDS]);

/**
 * Validates records into definitions, then picks the ones the analysis counts. `beforeDuplicates`
 * is told the definitions of the configured kinds (those `analysed` is picked from, in order)
 * before duplicates are looked for: a caller can start work on them meanwhile.
 */
export function validate(
  records: readonly SourceRecord[],
  config: Config,
  diagnostics: Diagnostics,
  beforeDuplicates?: (candidates: readonly Definition[]) => void,
): Validated {
  const valid = toDefinitions(records, config, diagnostics);
  const exclusions: Exclusion[] = [];
  const ofKind: Definition[] = [];
  for (const d of valid) {
    if (config.kinds.includes(d.kind)) ofKind.push(d);
    else exclusions.push({ id: d.id, reason: 'kind', detail: `kind \`${d.kind}\` is not analysed (config \`kinds\`)` });
  }
  beforeDuplicates?.(ofKind);
  const duplicates = findDuplicates(ofKind, config, diagnostics);
  const dropped = new Map<string, DuplicateGroup>();
  if (config.duplicates.merge) {
    for (const group of duplicates) for (const m of group.members) if (m.id !== group.keptId) dropped.set(m.id, group);
  }
  for (const [id, group] of dropped) {
    const member = group.members.find((m) => m.id === id)!;
    exclusions.push({
      id,
      reason: 'duplicate',
      keptId: group.keptId,
      detail: `${member.exact ? 'same text as' : `near-duplicate (similarity ${member.similarity.toFixed(2)}) of`} \`${group.keptId}\`, kept for: ${group.why}`,
    });
  }
  const analysed = ofKind.filter((d) => !dropped.has(d.id));
  return { valid, analysed, exclusions: sortExclusions(exclusions, valid), duplicates };
}

/** Valid records as definitions, in order; each invalid one is reported and left out. */
export function toDefinitions(records: readonly SourceRecord[], config: Config, diagnostics: Diagnostics): Definition[] {
  const schema = recordSchema(config.sectors);
  // Fields with few distinct values are kept once each: a million records repeat a handful of sectors.
  const shared = new Map<string, string>();
  const once = (value: string) => {
    const kept = shared.get(value);
    if (kept !== undefined) return kept;
    if (shared.size < 10_000) shared.set(value, value);
    return value;
  };
  const checkedFiles = new Map<string, boolean>();
  const seenIds = new Map<string, SourceRecord>();
  const out: Definition[] = [];
  for (const record of records) {
    const { file } = record.origin;
    if (!checkedFiles.has(file)) checkedFiles.set(file, checkColumns(record, diagnostics));
    if (!checkedFiles.get(file)) continue;
    const valid = parseValidRecord(record.fields, config.sectors);
    const parsed = valid ? ({ success: true, data: valid } as const) : schema.safeParse(record.fields);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.');
        const actual = record.fields[field];
        diagnostics.error(`validate/invalid-${field || 'record'}`, issue.message, {
          ...record.origin,
          field,
          ...(record.fields.id ? { recordId: record.fields.id } : {}),
          ...(actual !== undefined ? { actual } : {}),
        });
      }
      continue;
    }
    const r = parsed.data;
    const first = seenIds.get(r.id);
    if (first) {
      diagnostics.error('validate/duplicate-id', `Expected a unique id; \`${r.id}\` is already used at ${placeOf(first)}`, {
        ...record.origin,
        field: 'id',
        recordId: r.id,
      });
      continue;
    }
    seenIds.set(r.id, record);
    out.push({
      id: r.id,
      sector: once(r.sector),
      orgType: once(r.org_type),
      term: once(r.term),
      kind: once(r.kind),
      author: r.author,
      year: r.year,
      title: r.title,
      url: r.url,
      text: normalizeText(r.text),
      ...citationOf(r),
      origin: record.origin,
      ...(record.mined ? { mined: record.mined } : {}),
    });
  }
  return out;
}

/** Checks a file's columns once, on its first record: a missing required column skips the file. */
function checkColumns(record: SourceRecord, diagnostics: Diagnostics): boolean {
  const { file } = record.origin;
  const missing = REQUIRED.filter((f) => !(f in record.fields));
  const unknown = Object.keys(record.fields).filter((f) => !KNOWN.has(f));
  if (unknown.length) {
    // At most 20 named: a file of 20,000 columns makes one readable line, not a 150 kB one.
    const named = someNamed(unknown, 20);
    diagnostics.warn('validate/unknown-column', `Ignored column${unknown.length > 1 ? 's' : ''} ${named}`, {
      file,
      expected: [...FIELDS, ...OPTIONAL_FIELDS].join(','),
    });
  }
  if (missing.length && record.origin.line !== undefined && /\.csv$/i.test(file)) {
    diagnostics.error(
      'validate/missing-column',
      `Expected column${missing.length > 1 ? 's' : ''} ${missing.map((m) => `\`${m}\``).join(', ')} in the header; the file is skipped`,
      {
        file,
        line: 1,
        expected: FIELDS.join(','),
      },
    );
    return false;
  }
  return true;
}

/** Pairs of definitions that are one definition, as the config measures it (domain stopwords left out). */
export function similarDefinitionPairs(definitions: readonly Definition[], config: Config): SimilarPair[] {
  const { shingle, similarity, minShared } = config.duplicates;
  return similarPairs(definitions, shingle, similarity, new Set(domainStopwords(config).map((w) => w.toLowerCase())), minShared);
}

function findDuplicates(definitions: readonly Definition[], config: Config, diagnostics: Diagnostics): DuplicateGroup[] {
  const pairs = similarDefinitionPairs(definitions, config);
  // Similarity by pair (a < b), and each record's best, to say how close a member is to the kept one.
  const similarity = new Map(pairs.map((p) => [p.a * definitions.length + p.b, p.similarity]));
  const best = new Map<number, number>();
  for (const p of pairs) {
    best.set(p.a, Math.max(best.get(p.a) ?? 0, p.similarity));
    best.set(p.b, Math.max(best.get(p.b) ?? 0, p.similarity));
  }
  const groups: DuplicateGroup[] = [];
  for (const indices of groupPairs(definitions.length, pairs)) {
    const members = indices.map((i) => definitions[i]!);
    const { kept, why } = chooseKept(members);
    const keptWords = words(kept.text).join(' ');
    const keptIndex = indices[members.indexOf(kept)]!;
    const similarityTo = (i: number) => similarity.get(Math.min(i, keptIndex) * definitions.length + Math.max(i, keptIndex)) ?? best.get(i) ?? 0;
    const group: DuplicateGroup = {
      keptId: kept.id,
      why,
      members: indices.map((i) => {
        const d = definitions[i]!;
        const exact = words(d.text).join(' ') === keptWords;
        return { id: d.id, exact, similarity: d === kept || exact ? 1 : round(similarityTo(i)) };
      }),
    };
    groups.push(group);
    const others = group.members.filter((m) => m.id !== kept.id);
    const verb = config.duplicates.merge ? 'counted once' : 'all counted (duplicates.merge is off)';
    diagnostics.info(
      'validate/duplicate-definition',
      `Same definition in ${members.length} records, ${verb}: kept \`${kept.id}\` (${why}); ${others
        .map((m) => `\`${m.id}\` ${m.exact ? 'same text' : `similarity ${m.similarity.toFixed(2)}`}`)
        .join(', ')}`,
      { ...kept.origin, recordId: kept.id },
    );
  }
  return groups;
}

/** What makes a record the one to count, in order; ties keep corpus order. */
const KEEP_CRITERIA: readonly [string, (d: Definition) => number][] = [
  ['earliest year', (d) => d.year ?? Infinity],
  ['its title does not say `quoted`', (d) => (/\bquoted\b/i.test(d.title) ? 1 : 0)],
  ['names its author', (d) => (d.author ? 0 : 1)],
];

/** The original source is the one to count; `why` names the criterion that decided. */
function chooseKept(members: readonly Definition[]): { kept: Definition; why: string } {
  const rank = (a: Definition, b: Definition) => {
    for (const [, value] of KEEP_CRITERIA) if (value(a) !== value(b)) return value(a) - value(b);
    return 0;
  };
  const [kept, runnerUp] = [...members].sort(rank) as [Definition, Definition];
  const decisive = KEEP_CRITERIA.find(([, value]) => value(kept) !== value(runnerUp));
  if (!decisive) return { kept, why: 'first in the corpus' };
  return { kept, why: decisive[0] === 'earliest year' ? `earliest year, ${kept.year}` : decisive[0] };
}

function sortExclusions(list: Exclusion[], order: readonly Definition[]): Exclusion[] {
  const index = new Map(order.map((d, i) => [d.id, i]));
  return list.sort((a, b) => index.get(a.id)! - index.get(b.id)!);
}

function placeOf(record: SourceRecord): string {
  const { file, line, field } = record.origin;
  return `${file}${line !== undefined ? `:${line}` : record.origin.record !== undefined ? ` #${record.origin.record}` : field ? ` ${field}` : ''}`;
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}
