import { CELL_SOURCES, correctionOf, runCounts, type Definition, type RunResult } from '../model/index.js';
import { dataPackage } from './datapackage.js';
import { headerOf, OUTPUT_FILES, type ColumnContext } from './dictionary.js';
import { agreementCsv, disagreementsCsv } from './agreement.js';
import { correspondenceCsv, factorPeriodsCsv, factorTrendsCsv, thematicEvolutionCsv, thematicMapCsv } from './analyses.js';
import { codebookDraft } from './codebook-draft.js';
import { codebookSuggestionsCsv, kwicCsv } from './concordance.js';
import { kwicLeftOut } from '../model/concordance.js';
import { sensitivityCellsCsv, sensitivityFactorsCsv } from './sensitivity.js';
import { LAYOUT_SEED } from './graph/layout.js';
import type { RenderContext } from './context.js';
import { JOIN_CHARS, TextStream, whole, type OutputContent } from './content.js';
import { csvCell, csvCells, csvLineStream, csvStream, fixed, formatP, json, toCsv, type Cell } from './format.js';
import { GENERATOR } from './out-folder.js';
import { outputsReadme } from './readme.js';
import { referenceFilesInBackground, referencesJsonStream, referencesStream, type ReferenceFormat } from './references.js';
import { compare } from '../core/text.js';
import { evidenceText, termRow } from '../model/views.js';
import { synthesizedDefinitionMd } from './synthesis-md.js';
import { figureNames, reportFigureFiles, reportFigureFilesInBackground, reportHtmlStream, reportMarkdownStream } from './report/index.js';

/**
 * An output's content: text, or for a table that grows with the corpus a `TextStream` the writer
 * pulls piece by piece (see `csvStream`).
 */
export type Renderer = (result: RunResult, context: RenderContext) => string | TextStream;

/** What the sector and factor columns of this run's tables expand to. */
function columnContext(result: RunResult): ColumnContext {
  return { sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) };
}

/** A table's header, from the data dictionary, so what is written is what is documented. */
const header = (file: string, result: RunResult) => headerOf(file, columnContext(result));

/** An output of several files in a sub-folder: path inside the output folder → content. */
export type FolderRenderer = (result: RunResult, context: RenderContext) => ReadonlyMap<string, string | Uint8Array>;

function termsCsv(result: RunResult): TextStream {
  const { sectors, precision } = result.config;
  const meanYear = result.analyses.time.termMeanYear;
  const { factor, fit, lift } = result.termFactors;
  const factorCells = result.factors.map((f) => csvCell(f.id));
  // Read from the packed columns, not through a row object per term (a copy of every term's stats);
  // each line the cells `csvLine` makes of [term, frequency, definitions, share, ...sectors, factor,
  // fit, lift, words, nested, variants, mean year], with no array per row. Streamed, as `cooccurrenceCsv` is.
  const decimals = (x: number) => (Number.isNaN(x) ? '' : csvCell(fixed(x, precision)));
  return csvLineStream(header('terms.csv', result), function* () {
    let lines = '';
    for (let i = 0; i < result.terms.length; i++) {
      const t = result.terms[i]!;
      let line = `${csvCell(t.term)},${t.frequency},${t.definitions},${csvCell(fixed(t.share, precision))}`;
      for (const s of sectors) line += `,${t.bySector[s] ?? 0}`;
      lines += `${line},${factorCells[factor[i]!] ?? ''},${decimals(fit[i]!)},${decimals(lift[i]!)},${t.words},${t.nested},${csvCell(t.variants.join('; '))},${decimals(meanYear[i]!)}\n`;
      if (lines.length >= JOIN_CHARS) {
        yield lines;
        lines = '';
      }
    }
    if (lines) yield lines;
  });
}

function factorsCsv(result: RunResult): string {
  const { precision } = result.config;
  return toCsv(
    header('factors.csv', result),
    result.factors.map((f) => [
      f.id,
      f.label,
      f.terms.join(';'),
      f.definitions,
      fixed(f.share, precision),
      f.stability === undefined ? undefined : fixed(f.stability, precision),
      f.origin,
      f.seeds.join(';'),
      f.rules.join(';'),
      f.description,
    ]),
  );
}

// The tables with a row per definition, cell or use are streamed from the packed matrix and uses,
// definition by definition, rather than from the row views: at a million definitions the views'
// row objects alone would not fit in memory.

function definitionMatrixCsv(result: RunResult): TextStream {
  const { matrix } = result.tables;
  const F = result.factors.length;
  return csvStream(header('definition-matrix.csv', result), function* () {
    for (let d = 0; d < result.analysed.length; d++) {
      const definition = result.analysed[d]!;
      const row: Cell[] = [definition.id, definition.sector];
      for (let f = 0; f < F; f++) row.push(matrix.cells[d * matrix.factors + f] === 1 ? 1 : 0);
      yield row;
    }
  });
}

/** `fixed(x, precision)`, each value formatted once (at most some 65,000 kept: memory stays bounded). */
function fixedOnce(precision: number): (x: number) => string {
  const made = new Map<number, string>();
  return (x) => {
    let text = made.get(x);
    if (text === undefined) {
      if (made.size >= 1 << 16) made.clear();
      made.set(x, (text = fixed(x, precision)));
    }
    return text;
  };
}

/** Each definition's key terms, best first, streamed definition by definition. */
function definitionKeytermsCsv(result: RunResult): TextStream {
  const termCell = csvCells(result.terms, (t) => t.term);
  // The lines of `csvLine` of each of `keyTermsOf(result, d)`'s rows ([definitionId, rank, term, asWritten, score]), read
  // from the columns, the definition's id and the terms escaped once.
  return csvLineStream(header('definition-keyterms.csv', result), function* () {
    const { keyTerms } = result;
    // The scores take few values (23 in 144,000 key terms at 20,000 definitions): each formatted once.
    const score = fixedOnce(3);
    let lines = '';
    for (let d = 0; d < result.analysed.length; d++) {
      const definition = result.analysed[d]!;
      const id = csvCell(definition.id);
      for (let k = keyTerms.offsets[d]!; k < keyTerms.offsets[d + 1]!; k++) {
        const asWritten = definition.text.slice(keyTerms.start[k], keyTerms.end[k]);
        lines += `${id},${k - keyTerms.offsets[d]! + 1},${termCell(keyTerms.term[k]!)},${csvCell(asWritten)},${score(keyTerms.score[k]!)}\n`;
        if (lines.length >= JOIN_CHARS) {
          yield lines;
          lines = '';
        }
      }
    }
    if (lines) yield lines;
  });
}

/** A set's items `; `-joined, in the order added (no array made). */
function joined(items: ReadonlySet<string>): string {
  let out: string | undefined;
  for (const item of items) out = out === undefined ? item : `${out}; ${item}`;
  return out ?? '';
}

function definitionFactorsCsv(result: RunResult): TextStream {
  const { matrix } = result.tables;
  const factorCells = result.factors.map((f) => csvCell(f.id));
  const correctionSource = CELL_SOURCES.indexOf('correction');
  // The lines of `csvLine([definitionId, factorId, evidence, terms, source, note])` of each of
  // `definitionFactorRows`' rows (evidence and terms each distinct, in the order found, `; `-joined),
  // read from the matrix's columns; a definition's id and the factors' escaped once.
  return csvLineStream(header('definition-factors.csv', result), function* () {
    // Reused from cell to cell; sets, not lists, so that a cell with many matches stays linear.
    const terms = new Set<string>();
    const evidence = new Set<string>();
    let lines = '';
    for (let d = 0; d < result.analysed.length; d++) {
      const definition = result.analysed[d]!;
      let id: string | undefined;
      for (let f = 0; f < factorCells.length; f++) {
        const c = d * matrix.factors + f;
        if (matrix.cells[c] !== 1) continue;
        terms.clear();
        evidence.clear();
        for (let e = matrix.evidenceOffsets[c]!; e < matrix.evidenceOffsets[c + 1]!; e++) {
          const term = matrix.evidenceTerm[e]! >= 0 ? result.terms[matrix.evidenceTerm[e]!]!.term : result.rules[matrix.evidenceRule[e]!]!;
          const words = definition.text.slice(matrix.evidenceStart[e], matrix.evidenceEnd[e]);
          terms.add(term);
          evidence.add(words);
        }
        const correction = matrix.sources[c] === correctionSource ? correctionOf(matrix, d, f) : undefined;
        id ??= csvCell(definition.id);
        lines += `${id},${factorCells[f]},${csvCell(joined(evidence))},${csvCell(joined(terms))},${correction ? 'correction' : 'text'},${correction ? csvCell(correction.note) : ''}\n`;
        if (lines.length >= JOIN_CHARS) {
          yield lines;
          lines = '';
        }
      }
    }
    if (lines) yield lines;
  });
}

function sectorFactorsCsv(result: RunResult): string {
  const { precision } = result.config;
  const testOf = new Map(result.tables.sectorTests.map((t) => [t.factorId, t]));
  return toCsv(
    header('sector-factors.csv', result),
    result.tables.sectorCells.map((c) => {
      const t = testOf.get(c.factorId)!;
      return [
        c.factorId,
        c.sector,
        c.definitions,
        c.sectorTotal,
        c.share === undefined ? undefined : fixed(c.share, precision),
        fixed(c.expected, precision),
        fixed(c.residual, precision),
        t.test,
        fixed(t.statistic, precision),
        t.df,
        t.pValue === undefined ? undefined : formatP(t.pValue, precision),
        t.pAdjusted === undefined ? undefined : formatP(t.pAdjusted, precision),
      ];
    }),
  );
}

/** A row per edge (some 72,000 at 20,000 definitions): streamed, as `termsCsv` is. */
function cooccurrenceCsv(result: RunResult): TextStream {
  const { precision } = result.config;
  return csvStream(header('cooccurrence.csv', result), function* () {
    for (const e of result.network.edges) yield [e.source, e.target, e.cooccurrences, fixed(e.strength, precision)];
  });
}

/** How often each definition uses each term: most used first, then alphabetical. */
function definitionTermsCsv(result: RunResult): TextStream {
  const { uses, terms } = result;
  const termCell = csvCells(terms, (t) => t.term);
  // The lines of `csvLine([id, term, count])`, the id and the term escaped once.
  return csvLineStream(header('definition-terms.csv', result), function* () {
    const counts = new Int32Array(terms.length);
    const alphabetical = alphabeticalRanks(terms);
    const used: number[] = [];
    let lines = '';
    for (let d = 0; d < result.analysed.length; d++) {
      used.length = 0;
      for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) if (counts[uses.term[u]!]!++ === 0) used.push(uses.term[u]!);
      // Most used first, then alphabetical; ties (terms of the same label) in the order first used.
      const before = (a: number, b: number) => counts[b]! - counts[a]! || alphabetical[a]! - alphabetical[b]!;
      if (used.length > INSERTION_SORT_TERMS) used.sort(before);
      else {
        // A definition uses a few dozen terms: sorted by insertion, without a comparator call per comparison.
        for (let i = 1; i < used.length; i++) {
          const t = used[i]!;
          const count = counts[t]!;
          const rank = alphabetical[t]!;
          let j = i - 1;
          for (; j >= 0; j--) {
            const u = used[j]!;
            if (counts[u]! > count || (counts[u] === count && alphabetical[u]! <= rank)) break;
            used[j + 1] = u;
          }
          used[j + 1] = t;
        }
      }
      const id = csvCell(result.analysed[d]!.id);
      for (const t of used) {
        lines += `${id},${termCell(t)},${counts[t]!}\n`;
        counts[t] = 0;
        if (lines.length >= JOIN_CHARS) {
          yield lines;
          lines = '';
        }
      }
    }
    if (lines) yield lines;
  });
}

/** Terms of a definition past which `definitionTermsCsv` sorts them with a comparator rather than by insertion. */
const INSERTION_SORT_TERMS = 64;

/** Each term's place in code-point order of the labels (equal labels, equal places): sorting by it is sorting by `compare` of the labels. */
function alphabeticalRanks(terms: RunResult['terms']): Int32Array {
  const order = terms.map((_, i) => i).sort((a, b) => compare(terms[a]!.term, terms[b]!.term));
  const ranks = new Int32Array(terms.length);
  for (let k = 1; k < order.length; k++) ranks[order[k]!] = ranks[order[k - 1]!]! + (terms[order[k]!]!.term === terms[order[k - 1]!]!.term ? 0 : 1);
  return ranks;
}

/** Every valid record with whether it was analysed, and if not, why; with its text and source, so it stands alone. */
function recordsCsv(result: RunResult): TextStream {
  return csvStream(header('records.csv', result), function* () {
    const excluded = new Map(result.exclusions.map((e) => [e.id, e]));
    for (const d of result.valid) {
      const e = excluded.get(d.id);
      const note =
        e?.detail ??
        (d.mined
          ? `mined from ${d.origin.page !== undefined ? `page ${d.origin.page}` : d.origin.line !== undefined ? `line ${d.origin.line}` : 'the text'} (${d.mined.pattern}, score ${d.mined.score.toFixed(2)})`
          : undefined);
      yield [
        d.id,
        d.sector,
        d.orgType,
        d.term,
        d.kind,
        d.author,
        d.year,
        d.title,
        d.url,
        d.doi,
        e ? `excluded-${e.reason}` : 'analysed',
        e?.keptId,
        note,
        d.origin.file,
        d.origin.line,
        d.text,
      ];
    }
  });
}

/** The terms of every factor, one row each: which are seeds, and how well the others fit. */
function factorTermsCsv(result: RunResult): string {
  const { precision } = result.config;
  // Only the factors' terms are looked up (1,527 of 53,810 at 100,000 definitions): a map of every
  // term's label cost ≈ 38 ms a run there, this ≈ 10. The last term of a label wins, as a map of all did.
  const wanted = new Set(result.factors.flatMap((f) => f.terms));
  const idOf = new Map<string, number>();
  result.terms.forEach((t, i) => {
    if (wanted.has(t.term)) idOf.set(t.term, i);
  });
  const rowOf = (term: string) => (idOf.has(term) ? termRow(result, idOf.get(term)!) : undefined);
  const decimals = (x: number | undefined) => (x === undefined ? undefined : fixed(x, precision));
  return toCsv(
    header('factor-terms.csv', result),
    result.factors.flatMap((f) =>
      f.terms.map((term) => {
        const row = rowOf(term);
        const seed = f.seeds.includes(term);
        return [
          f.id,
          term,
          row?.definitions,
          seed ? 'yes' : 'no',
          seed ? undefined : decimals(row?.fit),
          seed ? undefined : decimals(row?.lift),
          row?.codes ? 'yes' : 'no',
        ];
      }),
    ),
  );
}

/** The matrix in long form, every analysed definition × every factor, with what to group by. */
function definitionFactorLongCsv(result: RunResult): TextStream {
  const { matrix } = result.tables;
  const factorCells = result.factors.map((f) => csvCell(f.id));
  const correctionSource = CELL_SOURCES.indexOf('correction');
  // The lines of `csvLine([id, sector, year, factorId, value, evidence, source, note])` of each of
  // `cellRows`' rows, read from the matrix's columns (no row object per cell), a definition's cells
  // and the factor's escaped once.
  return csvLineStream(header('definition-factor-long.csv', result), function* () {
    let lines = '';
    for (let d = 0; d < result.analysed.length; d++) {
      const definition = result.analysed[d]!;
      if (lines.length >= JOIN_CHARS) {
        yield lines;
        lines = '';
      }
      const first = `${csvCell(definition.id)},${csvCell(definition.sector)},${csvCell(definition.year)},`;
      for (let f = 0; f < factorCells.length; f++) {
        const c = d * matrix.factors + f;
        const correction = matrix.sources[c] === correctionSource ? correctionOf(matrix, d, f) : undefined;
        const value = matrix.cells[c] === 1 ? 1 : 0;
        const source = correction ? 'correction' : value ? 'text' : 'none';
        const evidence = matrix.evidenceOffsets[c + 1] === matrix.evidenceOffsets[c] ? '' : csvCell(evidenceText(matrix, c, definition.text));
        lines += `${first}${factorCells[f]},${value},${evidence},${source},${correction ? csvCell(correction.note) : ''}\n`;
      }
    }
    if (lines) yield lines;
  });
}

/**
 * Outputs that never read a factor's stability: on a large corpus `analyze` writes them while the
 * bootstrap still runs (see `analyzeInStages`); every other output waits for it. A test checks
 * that these give the same bytes with and without the stability.
 */
export const WITHOUT_STABILITY: ReadonlySet<string> = new Set([
  'terms.csv',
  'definition-terms.csv',
  'definition-keyterms.csv',
  'definition-matrix.csv',
  'definition-factors.csv',
  'sector-factors.csv',
  'cooccurrence.csv',
  'definition-factor-long.csv',
  'records.csv',
  'kwic.csv',
  'references.bib',
  'references.ris',
  'references.json',
  'diagnostics.json',
]);

/** The output names in the order the registry writes them (single files first, then folders' files as given). */
export function inRegistryOrder(names: Iterable<string>): string[] {
  const order = [...Object.keys(renderers), ...Object.keys(conditionalRenderers)];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...names].sort((a, b) => rank(a) - rank(b));
}

/** The CSV tables this run writes, in registry order; of the conditional ones, those the data dictionary documents. */
const tableNames = (result: RunResult, context: RenderContext) =>
  outputNames(result, context).filter((name) => name.endsWith('.csv') && (name in renderers || OUTPUT_FILES[name]?.columns !== undefined));

function diagnosticsJson(result: RunResult): string {
  return json(result.diagnostics);
}

function manifestJson(result: RunResult, context: RenderContext): string {
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  const kwic = kwicLeftOut(result);
  return json({
    generator: GENERATOR,
    folder: 'analysis',
    created: context.created,
    versions: context.versions,
    corpus: {
      folder: context.corpusLabel,
      files: result.inputs.files,
      ...(result.inputs.config ? { config: result.inputs.config } : {}),
      ...(result.inputs.thesaurus ? { thesaurus: result.inputs.thesaurus } : {}),
      ...(result.inputs.codebook ? { codebook: result.inputs.codebook } : {}),
    },
    config: result.config,
    // Every seed behind the outputs, by what it seeds.
    outputs: [...outputNames(result, context), ...figureNames(result, context)],
    seeds: { clustering: result.config.seed, layout: LAYOUT_SEED },
    counts: {
      ...runCounts(result),
      errors: count('error'),
      warnings: count('warning'),
      // Only when kwic.csv's cap left occurrences out (config report.kwicFilePerTerm).
      ...(kwic ? { kwic: { occurrences: kwic.occurrences, written: kwic.occurrences - kwic.leftOut, leftOut: kwic.leftOut } } : {}),
    },
  });
}

/** The output contract: file name → renderer. Adding an output is adding a line here. */
export const renderers: Readonly<Record<string, Renderer>> = {
  'terms.csv': termsCsv,
  'definition-terms.csv': definitionTermsCsv,
  'definition-keyterms.csv': definitionKeytermsCsv,
  'factors.csv': factorsCsv,
  'definition-matrix.csv': definitionMatrixCsv,
  'definition-factors.csv': definitionFactorsCsv,
  'sector-factors.csv': sectorFactorsCsv,
  'cooccurrence.csv': cooccurrenceCsv,
  'factor-terms.csv': factorTermsCsv,
  'definition-factor-long.csv': definitionFactorLongCsv,
  'kwic.csv': kwicCsv,
  'codebook-suggestions.csv': codebookSuggestionsCsv,
  'factor-periods.csv': factorPeriodsCsv,
  'factor-trends.csv': factorTrendsCsv,
  'thematic-evolution.csv': thematicEvolutionCsv,
  'thematic-map.csv': thematicMapCsv,
  'correspondence.csv': correspondenceCsv,
  'synthesized-definition.md': synthesizedDefinitionMd,
  'records.csv': recordsCsv,
  'references.bib': (result) => referencesStream('bib', result.analysed),
  'references.ris': (result) => referencesStream('ris', result.analysed),
  'references.json': (result) => referencesJsonStream(result.analysed),
  'diagnostics.json': diagnosticsJson,
  'manifest.json': manifestJson,
  'datapackage.json': (result, context) => dataPackage(tableNames(result, context), columnContext(result)),
  'report.html': reportHtmlStream,
  'report.md': reportMarkdownStream,
  'README.md': outputsReadme,
};

/**
 * Outputs a run writes only when it has their data (the renderer's undefined: not this run): the
 * draft codebook of a run without a codebook, the agreement with `corpus/reference-coding.csv`,
 * and what `--sensitivity` found.
 */
export const conditionalRenderers: Readonly<Record<string, (result: RunResult, context: RenderContext) => string | undefined>> = {
  'codebook-draft.csv': (result) => (result.config.factors.codebook ? undefined : codebookDraft(result.factors)),
  'agreement.csv': (result) => result.agreement && agreementCsv(result.agreement, result.config.precision),
  'agreement-cells.csv': (result) => result.agreement && disagreementsCsv(result.agreement),
  'sensitivity-factors.csv': (result) => result.sensitivity && sensitivityFactorsCsv(result, result.sensitivity),
  'sensitivity-cells.csv': (result) => result.sensitivity && sensitivityCellsCsv(result, result.sensitivity),
};

/** Outputs of several files: sub-folder → renderer. The report's charts as SVG and PNG figures. */
export const folderRenderers: Readonly<Record<string, FolderRenderer>> = {
  'figures/': reportFigureFiles,
};

/** Sources past which the references are formatted on worker threads (a thread costs more than a few hundred sources). */
const BACKGROUND_REFERENCES = 2000;

/** The files that can be made on another thread while the others are written, and their reference formats: used when writing. */
const BACKGROUND_FORMATS: Readonly<Record<string, ReferenceFormat>> = { 'references.bib': 'bib', 'references.ris': 'ris' };

/**
 * The outputs made on other threads (`references.bib`, `.ris`): `analyze` starts them once the
 * bootstrap, which the rest of the run waits for, is done, rather than beside it.
 */
export const ON_OTHER_THREADS: ReadonlySet<string> = new Set(Object.keys(BACKGROUND_FORMATS));

/** The wanted reference files: on a large run made on one thread for both (one copy of the sources, one citation-js), else here. */
function backgroundFiles(result: RunResult, wanted: (name: string) => boolean, ahead?: ReadonlyMap<string, OutputContent>): Map<string, OutputContent> {
  const names = Object.keys(BACKGROUND_FORMATS).filter(wanted);
  if (ahead && names.every((name) => ahead.has(name))) return new Map(names.map((name) => [name, ahead.get(name)!]));
  const formats = names.map((name) => BACKGROUND_FORMATS[name]!);
  const made = result.analysed.length > BACKGROUND_REFERENCES && formats.length ? referenceFilesInBackground(formats, result.analysed) : undefined;
  return new Map(names.map((name, i) => [name, made?.get(formats[i]!) ?? referencesStream(formats[i]!, result.analysed)]));
}

/** Sources past which the reference files are not made ahead: they are then held whole (some 0.6 kB a source), `--workers 1` on a large corpus too. */
const REFERENCES_AHEAD_AT_MOST = 50_000;

/**
 * The reference files (`ON_OTHER_THREADS`) started as soon as the analysed definitions are known,
 * their thread formatting every source at once: for a run whose tokenizing leaves a core idle
 * (one tokenizer thread), which then does this work instead of competing with the outputs for a
 * core later. Given to `renderOutputs` as `ahead`; the same bytes. Undefined on a run too small
 * for a references thread, or too large to hold the files.
 */
export function referenceFilesAhead(analysed: readonly Definition[]): ReadonlyMap<string, OutputContent> | undefined {
  if (analysed.length <= BACKGROUND_REFERENCES || analysed.length > REFERENCES_AHEAD_AT_MOST) return undefined;
  const names = Object.keys(BACKGROUND_FORMATS);
  const made = referenceFilesInBackground(
    names.map((name) => BACKGROUND_FORMATS[name]!),
    analysed,
    { whole: true },
  );
  return new Map(names.map((name) => [name, made.get(BACKGROUND_FORMATS[name]!)!]));
}

/** Folder renderers that can make their slow files in the background (PNGs drawn on libuv's threads): used when writing. */
const backgroundFolderRenderers: Readonly<Record<string, (result: RunResult, context: RenderContext) => ReadonlyMap<string, string | Promise<Uint8Array>>>> = {
  'figures/': reportFigureFilesInBackground,
};

export type { RenderContext } from './context.js';

/** The names of the single files a run writes (figures aside), in the order they are written. */
export function outputNames(result: RunResult, context: RenderContext): string[] {
  return [...Object.keys(renderers), ...Object.keys(conditionalRenderers).filter((name) => conditionalRenderers[name]!(result, context) !== undefined)];
}

/** The single-file outputs (not the folders), name → content. */
function fileOutputs(result: RunResult, context: RenderContext, wanted: (name: string) => boolean): Map<string, string | TextStream> {
  const files = new Map<string, string | TextStream>();
  for (const [name, renderer] of Object.entries(renderers)) if (wanted(name)) files.set(name, renderer(result, context));
  for (const [name, renderer] of Object.entries(conditionalRenderers)) {
    if (!wanted(name)) continue;
    const text = renderer(result, context);
    if (text !== undefined) files.set(name, text);
  }
  return files;
}

/**
 * Every output, path → content; `wanted` (given a file name or a `folder/`) renders only those. The
 * large tables are `TextStream`s, made as the writer pulls them, and the PNGs draw in the
 * background meanwhile (`writeFolder` awaits them).
 */
export function renderOutputs(
  result: RunResult,
  context: RenderContext,
  wanted: (name: string) => boolean = () => true,
  ahead?: ReadonlyMap<string, OutputContent>,
): Map<string, OutputContent> {
  // The files made on other threads come first: their threads start as they are made here (unless
  // started `ahead`, by `referenceFilesAhead` for this result's definitions), and work while this one writes the rest.
  const files = new Map<string, OutputContent>(backgroundFiles(result, wanted, ahead));
  // Made when the writer reaches them and dropped once written: made up front, the texts were all
  // held until the last was written (the report's two alone, over a gigabyte at a million definitions).
  const lazily = (name: string, renderer: (result: RunResult, context: RenderContext) => string | TextStream | undefined) => {
    if (!wanted(name) || name in BACKGROUND_FORMATS) return;
    if (name in conditionalRenderers) {
      // Whether the file is written at all is known only once it is made.
      const made = renderer(result, context);
      if (made !== undefined) files.set(name, made);
    } else files.set(name, new TextStream(() => piecesOf(renderer(result, context)!)));
  };
  for (const [name, renderer] of Object.entries(renderers)) lazily(name, renderer);
  for (const [name, renderer] of Object.entries(conditionalRenderers)) lazily(name, renderer);
  for (const [folder, renderer] of Object.entries(folderRenderers)) {
    if (!wanted(folder)) continue;
    for (const [name, content] of (backgroundFolderRenderers[folder] ?? renderer)(result, context)) files.set(name, content);
  }
  return files;
}

/** A text or a stream's pieces; a long text in slices (never between the halves of a surrogate pair), so that no one buffer holds it whole. */
function* piecesOf(content: string | TextStream): Generator<string | Uint8Array> {
  if (typeof content !== 'string') {
    yield* content.pieces();
    return;
  }
  for (let at = 0; at < content.length;) {
    let end = Math.min(content.length, at + SLICE_CHARS);
    const last = content.charCodeAt(end - 1);
    if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield content.slice(at, end);
    at = end;
  }
}

const SLICE_CHARS = 1 << 16;

/** Every output whole (text or bytes), path → content: for callers that read the content. */
export function render(result: RunResult, context: RenderContext, wanted: (name: string) => boolean = () => true): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const [name, content] of fileOutputs(result, context, wanted)) files.set(name, whole(content));
  for (const [folder, renderer] of Object.entries(folderRenderers))
    if (wanted(folder)) for (const [name, content] of renderer(result, context)) files.set(name, content);
  return files;
}
