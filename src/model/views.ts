import { CELL_SOURCES, cellEvidence, correctionOf, type Definition, type Matrix, type RunResult, type TermStats } from './index.js';

// The run's packed structures as the rows tables and reports show: the one place outputs read them.
// Each view is computed once per run (several outputs read the same one).

/** `view` computed once per run and kept while the run is. */
export function memo<T>(view: (result: RunResult) => T): (result: RunResult) => T {
  const cache = new WeakMap<RunResult, T>();
  return (result) => {
    if (!cache.has(result)) cache.set(result, view(result));
    return cache.get(result)!;
  };
}

/** A term with the factor it is in and how well it fits there. */
export interface TermRow extends TermStats {
  readonly factorId: string | undefined;
  /** See `TermFactors`: undefined for a seed term or a term in no factor. */
  readonly fit: number | undefined;
  readonly lift: number | undefined;
  /** Its uses code its factor (see the coding stage). */
  readonly codes: boolean;
}

/**
 * Term `i` with its factor. Made per term when asked, not kept: a memo of every term's row held
 * some 1.5 kB a term for the whole run (a quarter of a gigabyte at a million definitions).
 */
export function termRow(result: RunResult, i: number): TermRow {
  const { factor, fit, lift, codes } = result.termFactors;
  return {
    ...result.terms[i]!,
    factorId: result.factors[factor[i]!]?.id,
    fit: Number.isNaN(fit[i]!) ? undefined : fit[i]!,
    lift: Number.isNaN(lift[i]!) ? undefined : lift[i]!,
    codes: codes[i] === 1,
  };
}

/** Each analysed definition with the ids of its factors. */
export const matrixRows = memo((result: RunResult): { definition: Definition; definitionId: string; sector: string; factorIds: ReadonlySet<string> }[] => {
  const { matrix } = result.tables;
  return result.analysed.map((definition, d) => ({
    definition,
    definitionId: definition.id,
    sector: definition.sector,
    factorIds: new Set(result.factors.filter((_, f) => matrix.cells[d * matrix.factors + f] === 1).map((f) => f.id)),
  }));
});

/** Why a definition has a factor: the factor's terms it uses, and its words as they stand in the text. */
export interface DefinitionFactorRow {
  readonly definitionId: string;
  readonly factorId: string;
  readonly terms: readonly string[];
  readonly evidence: readonly string[];
  /** `text` when the rules or terms coded it, `correction` when the researcher's `coding.csv` set it. */
  readonly source: 'text' | 'correction';
  /** The correction's note; empty for a cell the text coded. */
  readonly note: string;
}

/**
 * Every cell that is 1, definitions in order (the first `limit` of them), factors in order. A
 * generator, not an array: at a million definitions the rows alone would not fit in memory.
 */
export function* definitionFactorRows(result: RunResult, limit = Infinity): Generator<DefinitionFactorRow> {
  const { matrix } = result.tables;
  const n = Math.min(limit, result.analysed.length);
  for (let d = 0; d < n; d++) {
    const definition = result.analysed[d]!;
    for (let f = 0; f < result.factors.length; f++) {
      if (matrix.cells[d * matrix.factors + f] !== 1) continue;
      const terms = new Set<string>();
      const evidence = new Set<string>();
      for (const e of cellEvidence(matrix, d, f)) {
        terms.add(e.term >= 0 ? result.terms[e.term]!.term : result.rules[e.rule]!);
        evidence.add(definition.text.slice(e.start, e.end));
      }
      const correction = correctionOf(matrix, d, f);
      yield {
        definitionId: definition.id,
        factorId: result.factors[f]!.id,
        terms: [...terms],
        evidence: [...evidence],
        source: correction ? 'correction' : 'text',
        note: correction?.note ?? '',
      };
    }
  }
}

/** Every cell of the matrix, 0 or 1, with what decided it: the long form of the matrix. */
export function* cellRows(
  result: RunResult,
): Generator<{ definition: Definition; factorId: string; value: 0 | 1; source: 'none' | 'text' | 'correction'; note: string; evidence: string }> {
  const { matrix } = result.tables;
  const correctionSource = CELL_SOURCES.indexOf('correction');
  for (let d = 0; d < result.analysed.length; d++) {
    const definition = result.analysed[d]!;
    for (let f = 0; f < result.factors.length; f++) {
      const factorId = result.factors[f]!.id;
      const c = d * matrix.factors + f;
      const correction = matrix.sources[c] === correctionSource ? correctionOf(matrix, d, f) : undefined;
      const value = matrix.cells[c] === 1 ? 1 : 0;
      const source = correction ? 'correction' : value ? 'text' : 'none';
      // The text's evidence even where a correction overrode it, to show what was overridden.
      yield { definition, factorId, value, source, note: correction?.note ?? '', evidence: evidenceText(matrix, c, definition.text) };
    }
  }
}

/** Cell `c`'s evidence as written in `text`, each distinct span once, `; `-separated (most cells have none or one: no set made for them). */
export function evidenceText(matrix: Matrix, c: number, text: string): string {
  const from = matrix.evidenceOffsets[c]!;
  const to = matrix.evidenceOffsets[c + 1]!;
  if (from === to) return '';
  if (to - from === 1) return text.slice(matrix.evidenceStart[from], matrix.evidenceEnd[from]);
  const spans = new Set<string>();
  for (let e = from; e < to; e++) spans.add(text.slice(matrix.evidenceStart[e], matrix.evidenceEnd[e]));
  return [...spans].join('; ');
}

/** A key term of a definition: rank (1 = most key), term, as first written, score. */
export interface KeyTermRow {
  readonly definitionId: string;
  readonly rank: number;
  readonly term: string;
  readonly asWritten: string;
  readonly score: number;
}

/** The key terms of definition `d` (its index among the analysed), best first. */
export function keyTermsOf(result: RunResult, d: number): KeyTermRow[] {
  const { keyTerms, terms } = result;
  const definition = result.analysed[d]!;
  const rows: KeyTermRow[] = [];
  for (let k = keyTerms.offsets[d]!; k < keyTerms.offsets[d + 1]!; k++) {
    const asWritten = definition.text.slice(keyTerms.start[k], keyTerms.end[k]);
    rows.push({ definitionId: definition.id, rank: k - keyTerms.offsets[d]! + 1, term: terms[keyTerms.term[k]!]!.term, asWritten, score: keyTerms.score[k]! });
  }
  return rows;
}
