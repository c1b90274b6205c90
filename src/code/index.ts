import type { CodebookFactor } from '../config/codebook.js';
import { Column } from '../core/columns.js';
import { compare } from '../core/text.js';
import type { CodedCell } from '../config/coding.js';
import { CELL_SOURCES, type CodeHits, type Correction, type Factor, type Matrix, type TermFactors, type TermStats, type TermUses } from '../model/index.js';

export interface CodeInput {
  readonly terms: readonly TermStats[];
  readonly uses: TermUses;
  readonly hits: CodeHits;
  readonly codebook: readonly CodebookFactor[];
  /** The clustering's factors and its verdict on each term. */
  readonly factors: readonly Factor[];
  readonly termFactors: Omit<TermFactors, 'codes'>;
  /** A term that joined a factor codes it only with at least this lift over chance… */
  readonly minLift: number;
  /** …and in at least this many definitions; otherwise it is a suggestion for the codebook. */
  readonly minDefinitions: number;
  /** The analysed definitions' ids, in order, and the researcher's corrections (`corpus/coding.csv`), applied last. */
  readonly definitionIds?: readonly string[];
  readonly corrections?: readonly CodedCell[];
}

export interface Coded {
  /** Every factor that codes at least one definition: most definitions first, then by id. */
  readonly factors: Factor[];
  /** The clustering's verdict, re-indexed to `factors`, with which terms code their factor. */
  readonly termFactors: TermFactors;
  readonly matrix: Matrix;
  /** Factors that code no definition, by id (reported, left out). */
  readonly dropped: readonly string[];
  /** Corrections that name a definition or factor the run does not have: not applied, reported. */
  readonly unapplied: readonly { readonly cell: CodedCell; readonly why: string }[];
}

/**
 * Codes every definition for every factor. A codebook factor is coded where one of its rules
 * matches, whatever the term's frequency or nesting; the terms that joined it by co-occurrence are
 * suggestions for its rules, never evidence. An emergent factor (one the codebook does not name)
 * is coded where one of its terms clearly belongs (lift and definitions at the thresholds); without
 * a codebook, where one of its terms is used.
 */
export function code(input: CodeInput): Coded {
  const all = withEveryCodebookFactor(input.factors, input.codebook);
  const codebookIndex = all.map((f) => (f.origin === 'codebook' ? input.codebook.findIndex((c) => c.id === f.id) : -1));
  const factorOfCodebook = new Int32Array(input.codebook.length).fill(-1);
  codebookIndex.forEach((c, f) => {
    if (c >= 0) factorOfCodebook[c] = f;
  });
  // The clustering's factors keep their indices: they come first in `all`.
  const factorOfTerm = Int32Array.from(input.termFactors.factor);
  // A codebook factor is coded by its rules alone; what joined it by co-occurrence is a suggestion.
  // Without a codebook the factors are the data's own, and their terms code them.
  const dataDriven = input.codebook.length === 0;
  const codes = Uint8Array.from(input.terms, (t, i) => {
    const f = all[factorOfTerm[i]!];
    if (!f || f.origin === 'codebook') return 0;
    return dataDriven || (input.termFactors.lift[i]! >= input.minLift && t.definitions >= input.minDefinitions) ? 1 : 0;
  });
  // First which definitions each factor codes, to order the columns; then the matrix in that order
  // (one pass building the evidence, not a wide matrix and a copy of its columns).
  const coding: Coding = { uses: input.uses, hits: input.hits, factorOfTerm, codes, factorOfCodebook };
  const coded = countCoded(coding, all.length);
  const n = input.uses.offsets.length - 1;
  const { applicable, unapplied } = resolveCorrections(all, input.definitionIds ?? [], input.corrections ?? []);
  // A correction counts toward its factor's prevalence as the value it sets (cells are unique).
  const counts = [...coded.definitions];
  for (const c of applicable) counts[c.factor]! += c.value - codedCell(coding, c.definition, c.factor);
  const kept = all
    .map((f, i) => ({ f, i, definitions: counts[i]! }))
    .filter((k) => k.definitions > 0)
    .sort((a, b) => b.definitions - a.definitions || compare(a.f.id, b.f.id));
  const order = Int32Array.from(kept, (k) => k.i);
  const newIndex = new Int32Array(all.length).fill(-1);
  order.forEach((old, i) => (newIndex[old] = i));
  const factors = kept.map(({ f, definitions }) => ({ ...f, definitions, share: n ? definitions / n : 0 }));
  return {
    factors,
    termFactors: {
      ...input.termFactors,
      factor: Int32Array.from(factorOfTerm, (f) => (f < 0 ? -1 : newIndex[f]!)),
      codes: Uint8Array.from(codes, (c, t) => (c && newIndex[factorOfTerm[t]!]! >= 0 ? 1 : 0)),
    },
    matrix: applyCorrections(
      codeCells(
        { ...coding, factorOfTerm: remap(factorOfTerm, newIndex), factorOfCodebook: remap(factorOfCodebook, newIndex) },
        order.length,
        kept.reduce((sum, k) => sum + coded.items[k.i]!, 0),
      ),
      // A correction to a dropped factor set its cell to 0: nothing left to show.
      applicable.flatMap((c) => (newIndex[c.factor]! >= 0 ? [{ ...c, factor: newIndex[c.factor]! }] : [])),
    ),
    dropped: all.filter((_, i) => newIndex[i]! < 0).map((f) => f.id),
    unapplied,
  };
}

/** The researcher's corrections as cells of `factors`; one naming a definition or factor the run does not have is not applied. */
function resolveCorrections(factors: readonly Factor[], ids: readonly string[], cells: readonly CodedCell[]) {
  const definitionOf = new Map(ids.map((id, d) => [id, d]));
  const factorOf = new Map(factors.map((f, i) => [f.id, i]));
  const applicable: Correction[] = [];
  const unapplied: { cell: CodedCell; why: string }[] = [];
  for (const cell of cells) {
    const d = definitionOf.get(cell.definitionId);
    const f = factorOf.get(cell.factorId);
    if (d === undefined) unapplied.push({ cell, why: `\`${cell.definitionId}\` is not an analysed definition of this run` });
    else if (f === undefined) unapplied.push({ cell, why: `\`${cell.factorId}\` is not a factor of this run` });
    else applicable.push({ definition: d, factor: f, value: cell.value, note: cell.note, line: cell.line });
  }
  return { applicable, unapplied };
}

/** What codes a factor: a rule match of a codebook factor, or a use of a term that codes its factor. */
interface Coding {
  readonly uses: TermUses;
  readonly hits: CodeHits;
  /** Term → its factor (-1: none), and whether its uses code it. */
  readonly factorOfTerm: Int32Array;
  readonly codes: Uint8Array;
  /** Codebook factor → its factor (-1: none). */
  readonly factorOfCodebook: Int32Array;
}

/**
 * Calls `visit` with each piece of evidence of definition `d`: the factor it codes, its span, and
 * the rule (-1 for a term) or term (-1 for a rule). The one place that says what codes a cell.
 */
function eachEvidence(coding: Coding, d: number, visit: (f: number, start: number, end: number, rule: number, term: number) => void): void {
  const { uses, hits, factorOfTerm, codes, factorOfCodebook } = coding;
  for (let h = hits.offsets[d]!; h < hits.offsets[d + 1]!; h++) {
    const f = factorOfCodebook[hits.factor[h]!]!;
    if (f >= 0) visit(f, hits.start[h]!, hits.end[h]!, hits.rule[h]!, -1);
  }
  for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) {
    const t = uses.term[u]!;
    const f = codes[t] ? factorOfTerm[t]! : -1;
    if (f >= 0) visit(f, uses.start[u]!, uses.end[u]!, -1, t);
  }
}

/** Whether definition `d` is coded for factor `f` before corrections. */
function codedCell(coding: Coding, d: number, f: number): 0 | 1 {
  let coded: 0 | 1 = 0;
  eachEvidence(coding, d, (g) => {
    if (g === f) coded = 1;
  });
  return coded;
}

/**
 * The corrections over the coded cells: each sets its cell's value, marked as a correction (its
 * text evidence is kept, to show what was overridden).
 */
function applyCorrections(m: Matrix, corrections: readonly Correction[]): Matrix {
  // `m` is this run's own, just made: set in place.
  for (const c of corrections) {
    m.cells[c.definition * m.factors + c.factor] = c.value;
    m.sources[c.definition * m.factors + c.factor] = CORRECTION;
  }
  return { ...m, corrections };
}

const CORRECTION = CELL_SOURCES.indexOf('correction');

/** The clustering's factors, plus every codebook factor it did not find: its rules may still code. */
function withEveryCodebookFactor(factors: readonly Factor[], codebook: readonly CodebookFactor[]): Factor[] {
  const found = new Set(factors.map((f) => f.id));
  const rulesOf = new Map(codebook.map((c) => [c.id, c.rules.map((r) => r.source)]));
  return [
    ...factors.map((f) => ({ ...f, rules: rulesOf.get(f.id) ?? [] })),
    ...codebook
      .filter((c) => !found.has(c.id))
      .map((c): Factor => ({
        id: c.id,
        label: c.label,
        description: c.description,
        origin: 'codebook',
        terms: [],
        seeds: [],
        rules: c.rules.map((r) => r.source),
        definitions: 0,
        share: 0,
        stability: undefined,
      })),
  ];
}

/** The matrix, factor `f` in column `f` (-1: left out); `items`: how many evidence items there are. */
function codeCells(coding: Coding, F: number, items: number): Matrix {
  const n = coding.uses.offsets.length - 1;
  const cells = new Uint8Array(n * F);
  const evidenceOffsets = new Int32Array(n * F + 1);
  const evidence = { start: int32Column(), end: int32Column(), rule: int32Column(), term: int32Column() };
  for (const column of Object.values(evidence)) column.reserve(items);
  type Item = { start: number; end: number; rule: number; term: number };
  const byFactor: Item[][] = Array.from({ length: F }, () => []);
  const collect = (f: number, start: number, end: number, rule: number, term: number) => byFactor[f]!.push({ start, end, rule, term });
  for (let d = 0; d < n; d++) {
    eachEvidence(coding, d, collect);
    for (let f = 0; f < F; f++) {
      const items = byFactor[f]!.sort((a, b) => a.start - b.start || a.end - b.end || b.rule - a.rule);
      if (items.length) cells[d * F + f] = 1;
      for (const item of items) {
        evidence.start.push(item.start);
        evidence.end.push(item.end);
        evidence.rule.push(item.rule);
        evidence.term.push(item.term);
      }
      byFactor[f]!.length = 0;
      evidenceOffsets[d * F + f + 1] = evidence.start.length;
    }
  }
  return {
    definitions: n,
    factors: F,
    cells,
    sources: Uint8Array.from(cells),
    evidenceOffsets,
    evidenceStart: evidence.start.done(),
    evidenceEnd: evidence.end.done(),
    evidenceRule: evidence.rule.done(),
    evidenceTerm: evidence.term.done(),
    corrections: [],
  };
}

const int32Column = () => new Column((n) => new Int32Array(n));

/** Old factor numbers (-1: none) as new ones (-1: none or dropped). */
function remap(factors: Int32Array, newIndex: Int32Array): Int32Array {
  return Int32Array.from(factors, (f) => (f < 0 ? -1 : newIndex[f]!));
}

/** How many definitions each factor codes, and how many evidence items it has. */
function countCoded(coding: Coding, F: number): { definitions: number[]; items: number[] } {
  const definitions = new Array<number>(F).fill(0);
  const items = new Array<number>(F).fill(0);
  const last = new Int32Array(F).fill(-1);
  let d = 0;
  const mark = (f: number) => {
    items[f]!++;
    if (last[f] !== d) {
      last[f] = d;
      definitions[f]!++;
    }
  };
  for (; d + 1 < coding.uses.offsets.length; d++) eachEvidence(coding, d, mark);
  return { definitions, items };
}
