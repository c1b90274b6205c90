import { runCounts, type RunResult } from '../model/index.js';
import { LAYOUT_SEED } from './graph/layout.js';
import type { RenderContext } from './context.js';
import { fixed, formatP, json, toCsv } from './format.js';
import { GENERATOR } from './out-folder.js';
import { outputsReadme } from './readme.js';
import { synthesizedDefinitionMd } from './synthesis-md.js';
import { figureNames, reportFigureFiles, reportHtml, reportMarkdown } from './report/index.js';

export type Renderer = (result: RunResult, context: RenderContext) => string;

/** An output of several files in a sub-folder: path inside the output folder → content. */
export type FolderRenderer = (result: RunResult, context: RenderContext) => ReadonlyMap<string, string | Uint8Array>;

function termsCsv(result: RunResult): string {
  const { sectors, precision } = result.config;
  return toCsv(
    ['term', 'frequency', 'definitions', 'share', ...sectors, 'factor_id', 'factor_fit', 'factor_lift', 'words', 'nested', 'variants'],
    result.terms.map((t) => [
      t.term,
      t.frequency,
      t.definitions,
      fixed(t.share, precision),
      ...sectors.map((s) => t.bySector[s] ?? 0),
      result.factorOf.get(t.term),
      ...(result.fitOf.has(t.term) ? [fixed(result.fitOf.get(t.term)!.fit, precision), fixed(result.fitOf.get(t.term)!.lift, precision)] : [undefined, undefined]),
      t.words,
      t.nested,
      t.variants.join('; '),
    ]),
  );
}

function factorsCsv(result: RunResult): string {
  const { precision } = result.config;
  return toCsv(
    ['factor_id', 'label', 'terms', 'definitions', 'share', 'stability', 'origin', 'seeds', 'description'],
    result.factors.map((f) => [
      f.id,
      f.label,
      f.terms.join(';'),
      f.definitions,
      fixed(f.share, precision),
      f.stability === undefined ? undefined : fixed(f.stability, precision),
      f.origin,
      f.seeds.join(';'),
      f.description,
    ]),
  );
}

function definitionMatrixCsv(result: RunResult): string {
  const ids = result.factors.map((f) => f.id);
  return toCsv(
    ['definition_id', 'sector', ...ids],
    result.tables.matrix.map((row) => [row.definitionId, row.sector, ...ids.map((id) => (row.factorIds.has(id) ? 1 : 0))]),
  );
}

function definitionFactorsCsv(result: RunResult): string {
  return toCsv(
    ['definition_id', 'factor_id', 'evidence', 'terms'],
    result.tables.definitionFactors.map((d) => [d.definitionId, d.factorId, d.evidence.join('; '), d.terms.join('; ')]),
  );
}

function sectorFactorsCsv(result: RunResult): string {
  const { precision } = result.config;
  const testOf = new Map(result.tables.sectorTests.map((t) => [t.factorId, t]));
  return toCsv(
    ['factor_id', 'sector', 'definitions', 'sector_total', 'share', 'expected', 'residual', 'test', 'chi_square', 'df', 'p_value', 'p_adjusted'],
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

function cooccurrenceCsv(result: RunResult): string {
  const { precision } = result.config;
  return toCsv(
    ['source', 'target', 'cooccurrences', 'strength'],
    result.network.edges.map((e) => [e.source, e.target, e.cooccurrences, fixed(e.strength, precision)]),
  );
}

function definitionTermsCsv(result: RunResult): string {
  return toCsv(
    ['definition_id', 'term', 'count'],
    result.definitionTerms.map((d) => [d.definitionId, d.term, d.count]),
  );
}

/** Every valid record with whether it was analysed, and if not, why. */
function definitionsCsv(result: RunResult): string {
  const excluded = new Map(result.exclusions.map((e) => [e.id, e]));
  return toCsv(
    ['definition_id', 'sector', 'term', 'kind', 'author', 'year', 'status', 'kept_id', 'note', 'file', 'line'],
    result.valid.map((d) => {
      const e = excluded.get(d.id);
      const note = e?.detail ?? (d.mined ? `mined from page ${d.origin.page} (${d.mined.pattern}, score ${d.mined.score.toFixed(2)})` : undefined);
      return [d.id, d.sector, d.term, d.kind, d.author, d.year, e ? `excluded-${e.reason}` : 'analysed', e?.keptId, note, d.origin.file, d.origin.line];
    }),
  );
}

function diagnosticsJson(result: RunResult): string {
  return json(result.diagnostics);
}

function manifestJson(result: RunResult, context: RenderContext): string {
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
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
    outputs: [...Object.keys(renderers), ...figureNames(result, context)],
    seeds: { clustering: result.config.seed, layout: LAYOUT_SEED },
    counts: {
      ...runCounts(result),
      errors: count('error'),
      warnings: count('warning'),
    },
  });
}

/** The output contract: file name → renderer. Adding an output is adding a line here. */
export const renderers: Readonly<Record<string, Renderer>> = {
  'terms.csv': termsCsv,
  'definition-terms.csv': definitionTermsCsv,
  'factors.csv': factorsCsv,
  'definition-matrix.csv': definitionMatrixCsv,
  'definition-factors.csv': definitionFactorsCsv,
  'sector-factors.csv': sectorFactorsCsv,
  'cooccurrence.csv': cooccurrenceCsv,
  'synthesized-definition.md': synthesizedDefinitionMd,
  'definitions.csv': definitionsCsv,
  'diagnostics.json': diagnosticsJson,
  'manifest.json': manifestJson,
  'report.html': reportHtml,
  'report.md': reportMarkdown,
  'README.md': () => outputsReadme,
};

/** Outputs of several files: sub-folder → renderer. The report's charts as SVG and PNG figures. */
export const folderRenderers: Readonly<Record<string, FolderRenderer>> = {
  'figures/': reportFigureFiles,
};

export type { RenderContext } from './context.js';

/** Every output, path → content; `wanted` (given a file name or a `folder/`) renders only those. */
export function render(result: RunResult, context: RenderContext, wanted: (name: string) => boolean = () => true): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const [name, renderer] of Object.entries(renderers)) if (wanted(name)) files.set(name, renderer(result, context));
  for (const [folder, renderer] of Object.entries(folderRenderers)) if (wanted(folder)) for (const [name, content] of renderer(result, context)) files.set(name, content);
  return files;
}
