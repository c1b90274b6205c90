import type { RunResult } from '../../model/index.js';
import type { RenderContext } from '../context.js';
import { analysedOf, recordsRead } from './data.js';
import { code, inl, type Report } from './model.js';
import { REPORT_SECTIONS, type SectionBuilder } from './sections/index.js';

/** The report's title, naming the configured concept. */
export const reportTitle = (result: RunResult) => `How the corpus defines the ${result.config.concept.name}`;

/** The report model, built by each section builder in turn; a builder returning undefined is left out. */
export function buildReport(result: RunResult, context: RenderContext, builders: readonly SectionBuilder[] = REPORT_SECTIONS): Report {
  const sections = builders.flatMap((b) => {
    const blocks = b.build(result, context);
    return blocks ? [{ id: b.id, title: b.title, blocks }] : [];
  });
  return {
    title: reportTitle(result),
    lead: inl`${analysedOf(result).length} definitions analysed from ${recordsRead(result)} records in ${code(context.corpusLabel)}. The tables behind every number are in the same folder (${code('terms.csv')}, ${code('records.csv')}, …); the charts are in ${code('figures/')} as ${result.config.report.png ? 'SVG and PNG' : 'SVG'}.`,
    sections,
    footer: inl`Written by citydefs ${context.versions.citydefs ?? ''}. The corpus files, config and versions behind this report are in ${code('manifest.json')}.`,
  };
}

// The report, its Markdown twin and the figures all come from one model: built once per run.
const built = new WeakMap<RunResult, WeakMap<RenderContext, Report>>();

/** `buildReport` with the default sections, once per result and context. */
export function reportOf(result: RunResult, context: RenderContext): Report {
  let byContext = built.get(result);
  if (!byContext) built.set(result, (byContext = new WeakMap()));
  let report = byContext.get(context);
  if (!report) byContext.set(context, (report = buildReport(result, context)));
  return report;
}
