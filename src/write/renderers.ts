import type { RunResult } from '../pipeline.js';
import { LAYOUT_SEED } from '../network/layout.js';
import { fixed, json, toCsv } from './format.js';
import { outputsReadme } from './readme.js';
import { reportHtml } from './report-html.js';
import { reportMarkdown } from './report-md.js';

/** Everything a renderer may need besides the result: kept out of the result so tests can pin it. */
export interface RenderContext {
  /** ISO time for the manifest's `created`, the only clock in the outputs. */
  readonly created: string;
  readonly versions: Readonly<Record<string, string>>;
  /** How the corpus folder is named in the manifest (relative, so outputs do not depend on the machine). */
  readonly corpusLabel: string;
}

export type Renderer = (result: RunResult, context: RenderContext) => string;

function termsCsv(result: RunResult): string {
  const { sectors, precision } = result.config;
  return toCsv(
    ['term', 'frequency', 'definitions', 'share', ...sectors, 'words', 'variants'],
    result.terms.map((t) => [t.term, t.frequency, t.definitions, fixed(t.share, precision), ...sectors.map((s) => t.bySector[s] ?? 0), t.words, t.variants.join('; ')]),
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
      return [d.id, d.sector, d.term, d.kind, d.author, d.year, e ? `excluded-${e.reason}` : 'analysed', e?.keptId, e?.detail, d.origin.file, d.origin.line];
    }),
  );
}

function diagnosticsJson(result: RunResult): string {
  return json(result.diagnostics);
}

function manifestJson(result: RunResult, context: RenderContext): string {
  const count = (severity: string) => result.diagnostics.filter((d) => d.severity === severity).length;
  return json({
    created: context.created,
    versions: context.versions,
    corpus: {
      folder: context.corpusLabel,
      files: result.inputs.files,
      ...(result.inputs.configFile ? { config: result.inputs.configFile } : {}),
      ...(result.inputs.thesaurus ? { thesaurus: result.inputs.thesaurus } : {}),
    },
    config: result.config,
    // Every seed behind the outputs, by what it seeds; later stages add theirs (clustering, bootstrap).
    seeds: { layout: LAYOUT_SEED },
    counts: {
      records: result.records,
      valid: result.valid.length,
      analysed: result.analysed.length,
      excluded: result.exclusions.length,
      duplicateGroups: result.duplicates.length,
      terms: result.terms.length,
      errors: count('error'),
      warnings: count('warning'),
    },
  });
}

/** The output contract: file name → renderer. Adding an output is adding a line here. */
export const renderers: Readonly<Record<string, Renderer>> = {
  'terms.csv': termsCsv,
  'definition-terms.csv': definitionTermsCsv,
  'definitions.csv': definitionsCsv,
  'diagnostics.json': diagnosticsJson,
  'manifest.json': manifestJson,
  'report.html': reportHtml,
  'report.md': reportMarkdown,
  'README.md': () => outputsReadme,
};

export function render(result: RunResult, context: RenderContext): Map<string, string> {
  return new Map(Object.entries(renderers).map(([name, renderer]) => [name, renderer(result, context)]));
}
