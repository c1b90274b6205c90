import { REFERENCE_CODING_FILE, type CodedCell } from '../config/coding.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { pushTo } from '../core/text.js';
import type { Agreement, Disagreement, Figures, RunResult } from '../model/index.js';
import { definitionFactorRows, matrixRows, type DefinitionFactorRow } from '../model/views.js';
import { cohensKappa, krippendorffAlpha, precisionRecall } from './stats.js';

export type { Agreement, Disagreement, FactorFigures, Figures } from '../model/index.js';
export { alphaLabel, cohensKappa, kappaLabel, krippendorffAlpha, precisionRecall } from './stats.js';

/** A cell as agreement needs it: where it is, its value, and why (a coder's note, the tool's evidence). */
export interface Cell {
  readonly definitionId: string;
  readonly factorId: string;
  readonly value: 0 | 1;
  readonly note: string;
}

const keyOf = (c: { readonly definitionId: string; readonly factorId: string }) => `${c.definitionId}\u0000${c.factorId}`;

/**
 * Compares two codings cell by cell. Only cells both coded count; the figures are per factor (in
 * the order the reference first names them) and pooled over all cells.
 */
export function compareCodings(reference: readonly Cell[], compared: readonly Cell[], names: { reference: string; compared: string }): Agreement {
  const other = new Map(compared.map((c) => [keyOf(c), c]));
  const byFactor = new Map<string, [Cell, Cell][]>();
  const all: [Cell, Cell][] = [];
  const disagreements: Disagreement[] = [];
  let referenceOnly = 0;
  const matched = new Set<string>();
  for (const cell of reference) {
    const twin = other.get(keyOf(cell));
    if (!twin) {
      referenceOnly++;
      continue;
    }
    matched.add(keyOf(cell));
    const pair: [Cell, Cell] = [cell, twin];
    all.push(pair);
    pushTo(byFactor, cell.factorId, pair);
    if (cell.value !== twin.value) {
      disagreements.push({
        definitionId: cell.definitionId,
        factorId: cell.factorId,
        reference: cell.value,
        compared: twin.value,
        referenceNote: cell.note,
        comparedNote: twin.note,
      });
    }
  }
  return {
    reference: names.reference,
    compared: names.compared,
    factors: [...byFactor].map(([factorId, pairs]) => ({ factorId, ...figures(pairs) })),
    overall: figures(all),
    disagreements,
    referenceOnly,
    comparedOnly: compared.length - matched.size,
  };
}

function figures(pairs: readonly (readonly [Cell, Cell])[]): Figures {
  const values = pairs.map(([a, b]) => [a.value, b.value] as [0 | 1, 0 | 1]);
  const kappa = cohensKappa(values);
  const alpha = krippendorffAlpha(values);
  const pr = precisionRecall(values);
  return {
    cells: values.length,
    agreements: values.filter(([a, b]) => a === b).length,
    referenceOnes: values.filter(([a]) => a === 1).length,
    comparedOnes: values.filter(([, b]) => b === 1).length,
    bothOnes: pr.truePositives,
    percentAgreement: kappa.observed,
    expectedAgreement: kappa.expected,
    kappa: kappa.kappa,
    alpha: alpha.alpha,
    precision: pr.precision,
    recall: pr.recall,
    f1: pr.f1,
  };
}

/** How the tool is named as a coder in agreement files. */
export const TOOL_NAME = 'citydefs';

/** What the tool's coding is read from: a run's matrix and the evidence behind it. */
export interface ToolMatrix {
  /** The analysed definitions, in order. */
  readonly analysed: readonly string[];
  /** Why a valid definition was not analysed, by id. */
  readonly excluded: ReadonlyMap<string, string>;
  readonly factorIds: readonly string[];
  readonly matrix: readonly { readonly definitionId: string; readonly factorIds: ReadonlySet<string> }[];
  readonly definitionFactors: readonly DefinitionFactorRow[];
}

/** The tool's coding of a run. */
export function toolMatrix(run: RunResult): ToolMatrix {
  return {
    analysed: run.analysed.map((d) => d.id),
    excluded: new Map(run.exclusions.map((e) => [e.id, e.reason === 'duplicate' && e.keptId ? `a duplicate of \`${e.keptId}\`` : `excluded: ${e.reason}`])),
    factorIds: run.factors.map((f) => f.id),
    matrix: matrixRows(run),
    definitionFactors: [...definitionFactorRows(run)],
  };
}

/**
 * The agreement of the tool's matrix with a hand coding. The tool codes every analysed definition
 * for every factor; a factor the reference names but the run does not have is a 0 for the tool (a
 * warning says so). Reference cells on definitions the run did not analyse are left out: an info
 * for excluded ones and merged duplicates, a warning for ids the corpus does not have.
 */
export function agreementWithTool(tool: ToolMatrix, reference: readonly CodedCell[], referenceName: string, diagnostics: Diagnostics): Agreement {
  const analysed = new Set(tool.analysed);
  const factors = new Set(tool.factorIds);
  const rowOf = new Map(tool.matrix.map((row) => [row.definitionId, row.factorIds]));
  const evidenceOf = new Map(tool.definitionFactors.map((d) => [keyOf(d), d.evidence.join('; ')]));
  const missingFactors = new Map<string, number>();
  const notAnalysed = new Map<string, CodedCell>();
  const toolCells: Cell[] = [];
  for (const cell of reference) {
    if (!analysed.has(cell.definitionId)) {
      if (!notAnalysed.has(cell.definitionId)) notAnalysed.set(cell.definitionId, cell);
      continue;
    }
    if (!factors.has(cell.factorId) && !missingFactors.has(cell.factorId)) missingFactors.set(cell.factorId, cell.line);
    const value = rowOf.get(cell.definitionId)?.has(cell.factorId) ? 1 : 0;
    toolCells.push({ definitionId: cell.definitionId, factorId: cell.factorId, value, note: evidenceOf.get(keyOf(cell)) ?? '' });
  }
  for (const [factorId, line] of missingFactors) {
    diagnostics.warn(
      'agree/factor-not-in-run',
      `Factor \`${factorId}\` is not a factor of this run (${tool.factorIds.map((f) => `\`${f}\``).join(', ') || 'none'}); the tool's cells for it count as 0`,
      {
        file: referenceName,
        line,
        field: 'factor_id',
      },
    );
  }
  const excluded = [...notAnalysed.keys()].filter((id) => tool.excluded.has(id));
  const unknown = [...notAnalysed.values()].filter((c) => !tool.excluded.has(c.definitionId));
  if (excluded.length) {
    diagnostics.info(
      'agree/not-analysed',
      `${excluded.length} coded definition(s) were not analysed, so their cells are not compared: ${excluded.map((id) => `\`${id}\` (${tool.excluded.get(id)})`).join(', ')}`,
      { file: referenceName },
    );
  }
  for (const cell of unknown) {
    diagnostics.warn('agree/unknown-definition', 'Expected the id of a definition in the corpus; its cells are not compared', {
      file: referenceName,
      line: cell.line,
      field: 'definition_id',
      actual: cell.definitionId,
    });
  }
  const compared = reference.filter((c) => analysed.has(c.definitionId));
  return { ...compareCodings(compared, toolCells, { reference: referenceName, compared: TOOL_NAME }), referenceOnly: reference.length - compared.length };
}

/**
 * The run's agreement with the corpus's `reference-coding.csv`: the one call `analyze` makes when
 * the corpus has that file (its cells read by `loadCorpusCoding`).
 */
export function referenceAgreement(reference: readonly CodedCell[], run: RunResult, diagnostics: Diagnostics): Agreement {
  return agreementWithTool(toolMatrix(run), reference, REFERENCE_CODING_FILE, diagnostics);
}
