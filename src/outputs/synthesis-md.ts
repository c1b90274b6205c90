import type { RunResult } from '../model/index.js';
import type { RenderContext } from './context.js';
import { reportOf } from './report/build.js';
import { synthesisOf } from './report/data.js';
import { mdText } from './report/markdown.js';
import { synthesisSection } from './report/sections/synthesis.js';
import { sectionMarkdown } from './report/to-markdown.js';

/**
 * `synthesized-definition.md`: the report's synthesis section on its own (the same model, the same
 * Markdown writer), under a title naming the configured term.
 */
export function synthesizedDefinitionMd(result: RunResult, context: RenderContext): string {
  const section = reportOf(result, context).sections.find((s) => s.id === synthesisSection.id) ?? {
    id: synthesisSection.id,
    title: synthesisSection.title,
    blocks: synthesisSection.build(result, context) ?? [],
  };
  return `# Synthesized definition of “${mdText(synthesisOf(result).term)}”\n\n${sectionMarkdown(section, 1)}`;
}
