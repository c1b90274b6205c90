import type { RunResult } from '../../model/index.js';
import type { RenderContext } from '../context.js';
import { figureFiles, figureFilesInBackground, type FigureSource } from '../figures/files.js';
import { reportOf } from './build.js';
import type { Block, Report } from './model.js';
import { reportHtmlParts, reportToHtml } from './to-html.js';
import { reportMarkdownParts, reportToMarkdown } from './to-markdown.js';
import { TextStream, textPieces } from '../content.js';

/** `report.html`: one self-contained, printable page (inline CSS, SVG and script; no network). */
export function reportHtml(result: RunResult, context: RenderContext): string {
  return reportToHtml(reportOf(result, context));
}

/** `reportHtml` written as it is made, section by section (see `pageParts`). */
export function reportHtmlStream(result: RunResult, context: RenderContext): TextStream {
  return new TextStream(() => textPieces(reportHtmlParts(reportOf(result, context))));
}

/** `report.md`: the same report in GitHub-flavoured Markdown, its figures linked from `figures/`. */
export function reportMarkdown(result: RunResult, context: RenderContext): string {
  return reportToMarkdown(reportOf(result, context));
}

/** `reportMarkdown` written as it is made, section by section (see `reportMarkdownParts`). */
export function reportMarkdownStream(result: RunResult, context: RenderContext): TextStream {
  return new TextStream(() => textPieces(reportMarkdownParts(reportOf(result, context))));
}

/** Every figure of a report, in reading order. */
export function reportFigures(report: Report): FigureSource[] {
  const walk = (blocks: readonly Block[]): FigureSource[] =>
    blocks.flatMap((b) => (b.kind === 'figure' ? [{ name: b.name, svg: b.svg, column: b.column }] : b.kind === 'row' ? b.cells.flatMap(walk) : []));
  return report.sections.flatMap((s) => walk(s.blocks));
}

/** The names of the figure files, without drawing them (for the manifest). */
export function figureNames(result: RunResult, context: RenderContext): string[] {
  const png = result.config.report.png;
  return reportFigures(reportOf(result, context)).flatMap((f) => [`figures/${f.name}.svg`, ...(png ? [`figures/${f.name}.png`] : [])]);
}

/** `figures/`: every chart of the report as a standalone SVG and a 300 dpi PNG sized for a journal column (config `report.png`). */
export function reportFigureFiles(result: RunResult, context: RenderContext): Map<string, string | Uint8Array> {
  return figureFiles(reportFigures(reportOf(result, context)), result.config.report.png);
}

/** `reportFigureFiles` with the PNGs drawing in the background while other outputs are written. */
export function reportFigureFilesInBackground(result: RunResult, context: RenderContext): Map<string, string | Promise<Uint8Array>> {
  // The PNG threads start when a figure is to be drawn: on a rerun whose figures are unchanged, none is.
  return figureFilesInBackground(reportFigures(reportOf(result, context)), result.config.report.png, context.previous);
}
