import type { Definition } from '../model/index.js';
import { type RunResult } from '../model/index.js';
import { percent } from './format.js';

/** The synthesized definition, its clauses with their support and examples, and the closest existing definition. */
export function synthesizedDefinitionMd(result: RunResult): string {
  const { synthesis, analysed } = result;
  const byId = new Map(analysed.map((d) => [d.id, d]));
  const factorOf = new Map(result.factors.map((f) => [f.id, f]));
  const n = analysed.length;
  const lines = [`# Synthesized definition of "${synthesis.term}"`, ''];
  if (!synthesis.text) {
    lines.push(`No factor is used by at least ${percent(synthesis.minShare)} of the ${n} analysed definitions (config \`synthesis.minShare\`), so there is no consensus to write.`, '');
    return lines.join('\n');
  }
  lines.push(`> ${synthesis.text}`, '');
  lines.push(
    `Built from the ${synthesis.clauses.length} factors used by at least ${percent(synthesis.minShare)} of the ${n} analysed definitions (config \`synthesis.minShare\`), most supported first.`,
    `Each factor's words are placed by the role they play in the definitions: what a city uses (means, after verbs such as "${synthesis.verbs.means}"), what it achieves (ends, after verbs such as "${synthesis.verbs.end}"), who takes part (actors); votes are the occurrences read as means / end / actor.`,
    '',
    '| clause | factor | role (votes m/e/a) | support | strong in | examples |',
    '|---|---|---|---|---|---|',
  );
  for (const c of synthesis.clauses) {
    const f = factorOf.get(c.factorId)!;
    const examples = c.examples.map((id) => cite(byId.get(id)!)).join('; ');
    lines.push(
      `| ${cell(c.phrase)} | \`${c.factorId}\` ${cell(f.label)} | ${c.role} (${c.votes.means}/${c.votes.end}/${c.votes.actor}) | ${c.definitions} of ${n} (${percent(c.share)}) | ${c.strongIn.join(', ') || '—'} | ${cell(examples)} |`,
    );
  }
  lines.push('');
  const rep = synthesis.representative;
  if (rep) {
    const d = byId.get(rep.definitionId)!;
    lines.push(
      '## Most representative existing definition',
      '',
      `${cell(cite(d))} uses ${rep.factorIds.length} of the ${synthesis.clauses.length} consensus factors (${rep.factorIds.map((id) => `\`${id}\``).join(', ')}) (ties go to the shortest text).`,
      '',
      `> ${d.text}`,
      '',
    );
  }
  return lines.join('\n');
}

/** `id` (author, year): the attribution that travels with every definition. */
export function cite(d: Definition): string {
  const who = [d.author, d.year].filter((x) => x !== undefined && x !== '').join(', ');
  return `\`${d.id}\`${who ? ` (${who})` : ''}`;
}

/** Keeps a value inside its Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}
