import { compare } from '../../core/text.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Agreement, Analyses, Clause, Definition, Factor, SectorCell, SectorTest, Sensitivity, Synthesis, TermStats } from '../../model/index.js';
import {
  concordanceOccurrences,
  concordanceSpans,
  contextParts,
  kwicLeftOut,
  type ConcordanceOccurrence,
  type ConcordanceRow,
} from '../../model/concordance.js';
import { codebookSuggestions, type CodebookSuggestion } from '../../model/suggestions.js';
import { firstReferences, type Reference } from '../references.js';
import { type RunResult } from '../../model/index.js';
import { definitionFactorRows } from '../../model/views.js';
import { colorsById } from '../figures/palette.js';
import { networkOf } from '../graph/view.js';
import type { Network } from '../graph/types.js';

/*
 * Every read of the run result by the report and its figures goes through this file, so a change
 * in the result's shape (terms, factors, tables) is met here once, not in every section.
 */

/** A labelled count, the row shape behind every overview table and bar chart. */
export interface Count {
  readonly label: string;
  readonly value: number;
}

export const sectorsOf = (result: RunResult): readonly string[] => result.config.sectors;
/** Every record read, valid or not. */
export const recordsRead = (result: RunResult): number => result.records;
export const validOf = (result: RunResult): readonly Definition[] => result.valid;
export const analysedOf = (result: RunResult): readonly Definition[] => result.analysed;
export const factorsOf = (result: RunResult): readonly Factor[] => result.factors;
export const termsOf = (result: RunResult): readonly TermStats[] => result.terms;
export const synthesisOf = (result: RunResult): Synthesis => result.synthesis;
export const clausesOf = (result: RunResult): readonly Clause[] => result.synthesis.clauses;
export const sectorCellsOf = (result: RunResult): readonly SectorCell[] => result.tables.sectorCells;
export const sectorTestsOf = (result: RunResult): readonly SectorTest[] => result.tables.sectorTests;
export const withoutFactorOf = (result: RunResult): readonly string[] => result.tables.withoutFactor;
export const diagnosticsOf = (result: RunResult): readonly Diagnostic[] => result.diagnostics;
export const networkFor = (result: RunResult): Network => networkOf(result);
/** Time, thematic map and correspondence analysis. */
export const analysesOf = (result: RunResult): Analyses => result.analyses;

/**
 * The mean publication year of each of the terms `labels` that some dated definition uses (label →
 * year), and the earliest and latest mean year over every term (`lo` > `hi` when no term has one).
 * Only the labels asked for are looked up, among the most used terms first: a large corpus has
 * tens of thousands of terms and the overlay draws a few hundred.
 */
export function termMeanYears(result: RunResult, labels: Iterable<string>): { years: Map<string, number>; lo: number; hi: number } {
  const meanYear = result.analyses.time.termMeanYear;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < meanYear.length; i++) {
    const year = meanYear[i]!;
    if (Number.isNaN(year)) continue;
    if (year < lo) lo = year;
    if (year > hi) hi = year;
  }
  const wanted = new Set(labels);
  const years = new Map<string, number>();
  const { terms } = result;
  for (let i = 0; i < terms.length && wanted.size; i++) {
    const label = terms[i]!.term;
    if (!wanted.delete(label)) continue;
    const year = meanYear[i]!;
    if (!Number.isNaN(year)) years.set(label, year);
  }
  return { years, lo, hi };
}

/** The settings the report quotes. */
export function settingsOf(result: RunResult) {
  const { config } = result;
  return {
    kinds: config.kinds,
    mergeDuplicates: config.duplicates.merge,
    minDefinitions: config.factors.minDefinitions,
    bootstrap: config.factors.bootstrap,
  };
}

/** The run's headline counts, in the order the report lists them. */
export function runStats(result: RunResult): Count[] {
  return [
    { label: 'records read', value: result.records },
    { label: 'valid', value: result.valid.length },
    { label: 'analysed', value: result.analysed.length },
    { label: 'excluded', value: result.exclusions.length },
    { label: 'duplicate groups', value: result.duplicates.length },
    { label: 'terms', value: result.terms.length },
  ];
}

/** Factor id → colour, over all the run's factors, so every chart and chip agrees (see `colorsById`). */
export function factorColors(result: RunResult): ReadonlyMap<string, string> {
  return colorsById(result.factors.map((f) => f.id));
}

const validByRun = new WeakMap<RunResult, ReadonlyMap<string, Definition>>();
/**
 * The valid records the excluded-records listings name (excluded ones, duplicate groups' members)
 * by id, made once per run: not a map of every record of a million-record corpus.
 */
function validById(result: RunResult): ReadonlyMap<string, Definition> {
  let byId = validByRun.get(result);
  if (!byId) {
    // Plain loops: spreading, `flatMap` and `filter` over a large corpus's records cost ten times more.
    const named = new Set<string>();
    for (const e of result.exclusions) named.add(e.id);
    for (const g of result.duplicates) {
      named.add(g.keptId);
      for (const m of g.members) named.add(m.id);
    }
    const found = new Map<string, Definition>();
    for (const d of result.valid) if (named.has(d.id)) found.set(d.id, d);
    validByRun.set(result, (byId = found));
  }
  return byId;
}

/** Analysed definitions by id: all, or only those of `ids`. */
export function definitionsById(result: RunResult, ids?: Iterable<string>): ReadonlyMap<string, Definition> {
  const wanted = ids && new Set(ids);
  return new Map(result.analysed.filter((d) => !wanted || wanted.has(d.id)).map((d) => [d.id, d]));
}

/** A definition's factors, in factor order, with the words of its text that put each there. */
export interface DefinitionFactors {
  readonly definition: Definition;
  readonly factors: readonly { readonly factorId: string; readonly evidence: readonly string[] }[];
}

/**
 * The analysed definitions with their factors (the matrix's cells, the evidence of each), the first
 * `limit` of them (all by default).
 */
export function definitionFactors(result: RunResult, limit = Infinity): DefinitionFactors[] {
  const factorsOf = new Map<string, { factorId: string; evidence: readonly string[] }[]>();
  for (const d of definitionFactorRows(result, limit)) {
    // A corrected cell says so first, with the researcher's note: corrections are never silent.
    const evidence = d.source === 'correction' ? [`corrected in coding.csv${d.note ? `: ${d.note}` : ''}`, ...d.evidence] : d.evidence;
    factorsOf.set(d.definitionId, [...(factorsOf.get(d.definitionId) ?? []), { factorId: d.factorId, evidence }]);
  }
  return result.analysed.slice(0, limit).map((definition) => ({ definition, factors: factorsOf.get(definition.id) ?? [] }));
}

/** Rows a per-record listing of the report shows at most (config `report.maxRows`). */
export const reportRowLimit = (result: RunResult): number => result.config.report.maxRows;

/** Analysed definitions per configured sector, in config order, zeros included. */
export function bySector(result: RunResult): Count[] {
  return result.config.sectors.map((s) => ({ label: s, value: result.analysed.filter((d) => d.sector === s).length }));
}

/** Analysed definitions per term defined ("smart city", …), most first; empty term as "(none)". */
export function byTerm(result: RunResult): Count[] {
  return countBy(result.analysed, (d) => d.term || '(none)').sort((a, b) => b.value - a.value || compare(a.label, b.label));
}

/** Analysed definitions per year, oldest first; records without a year last, as "unknown". */
export function byYear(result: RunResult): Count[] {
  const counts = countBy(result.analysed, (d) => (d.year === undefined ? 'unknown' : String(d.year)));
  return counts.sort((a, b) => (a.label === 'unknown' ? 1 : b.label === 'unknown' ? -1 : Number(a.label) - Number(b.label)));
}

/** Records left out for their kind, per kind, most first. */
export function excludedKinds(result: RunResult): Count[] {
  const byId = validById(result);
  const kinds = result.exclusions.filter((e) => e.reason === 'kind').map((e) => byId.get(e.id)?.kind ?? '');
  return countBy(kinds, (k) => k || '(none)').sort((a, b) => b.value - a.value || compare(a.label, b.label));
}

export interface ExcludedRecord {
  readonly definition: Definition;
  readonly reason: 'kind' | 'duplicate';
  readonly detail: string;
  readonly keptId?: string;
}

/** Every excluded record with its definition (the first `limit`), in corpus order (as `exclusions` is). */
export function excludedRecords(result: RunResult, limit = Infinity): ExcludedRecord[] {
  const byId = validById(result);
  return result.exclusions.slice(0, limit).flatMap((e) => {
    const definition = byId.get(e.id);
    return definition ? [{ definition, reason: e.reason, detail: e.detail, ...(e.keptId ? { keptId: e.keptId } : {}) }] : [];
  });
}

export interface DuplicateRow {
  readonly keptId: string;
  readonly keptAuthor: string;
  readonly why: string;
  /** The other members: id, author, similarity to the kept text (1 = same words). */
  readonly others: readonly { readonly id: string; readonly author: string; readonly similarity: number; readonly exact: boolean }[];
}

/** The duplicate groups (the first `limit`), with the authors of their members. */
export function duplicateRows(result: RunResult, limit = Infinity): DuplicateRow[] {
  const byId = validById(result);
  return result.duplicates.slice(0, limit).map((g) => ({
    keptId: g.keptId,
    keptAuthor: byId.get(g.keptId)?.author ?? '',
    why: g.why,
    others: g.members.filter((m) => m.id !== g.keptId).map((m) => ({ ...m, author: byId.get(m.id)?.author ?? '' })),
  }));
}

/** The `n` terms in the most definitions (the order of `terms.csv`). */
export function topTerms(result: RunResult, n = 25): TermStats[] {
  return result.terms.slice(0, n);
}

/** Definitions per sector, the denominators of the sector shares. */
export function sectorTotals(result: RunResult): Record<string, number> {
  return Object.fromEntries(bySector(result).map((c) => [c.label, c.value]));
}

export interface TermSectorCell {
  readonly term: string;
  readonly sector: string;
  readonly definitions: number;
  readonly total: number;
  /** definitions / total: the share of the sector's definitions using the term (0 if none). */
  readonly share: number;
}

/** Term × sector shares for the top terms: compares sectors of different sizes fairly. */
export function termSectorShares(result: RunResult, n = 20): TermSectorCell[] {
  const totals = sectorTotals(result);
  return topTerms(result, n).flatMap((t) =>
    result.config.sectors.map((sector) => {
      const definitions = t.bySector[sector] ?? 0;
      const total = totals[sector] ?? 0;
      return { term: t.term, sector, definitions, total, share: total ? definitions / total : 0 };
    }),
  );
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Count[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].map(([label, value]) => ({ label, value }));
}

/** Definition `d`'s part of the concordance, its contexts not cut yet (`withContext` cuts them). */
export const concordanceOccurrencesOf = (result: RunResult, d: number): readonly ConcordanceOccurrence[] => concordanceOccurrences(result, d);
/** Definition `d`'s places in the concordance, without its occurrences (see `concordanceSpans`). */
export const concordanceSpansOf = (result: RunResult, d: number, visit: (start: number, end: number, term: number) => void): void =>
  concordanceSpans(result, d, visit);
/** What `kwic.csv`'s cap (`report.kwicFilePerTerm`) leaves out; undefined when it lists every occurrence. */
export const kwicLeftOutOf = (result: RunResult) => kwicLeftOut(result);
/** The codebook rules as written, numbered as the concordance and the evidence number them. */
export const rulesOf = (result: RunResult): readonly string[] => result.rules;
/** Whether the run was guided by a codebook (`factors.codebook`). */
export const usesCodebook = (result: RunResult): boolean => result.config.factors.codebook;
/** The terms that joined a codebook factor without coding it (see `codebook-suggestions.csv`). */
export const suggestionsOf = (result: RunResult): readonly CodebookSuggestion[] => codebookSuggestions(result);
/** A concordance row's context as one line (before, keyword, after), spaced as in its definition. */
export const contextOf = (result: RunResult, row: ConcordanceRow): [string, string, string] => contextParts(row, result.analysed[row.definition]!.text);
export const agreementOf = (result: RunResult): Agreement | undefined => result.agreement;
export const sensitivityOf = (result: RunResult): Sensitivity | undefined => result.sensitivity;
/** The report's settings for the concordance view. */
export const concordanceSettings = (result: RunResult) => result.config.report;
/** The first `limit` entries of the formatted reference list of the analysed definitions' sources, and how many sources there are. */
export const referencesOf = (result: RunResult, limit: number): { references: Reference[]; sources: number } => firstReferences(result.analysed, limit);
