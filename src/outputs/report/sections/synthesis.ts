import type { RunResult } from '../../../model/index.js';
import { percent } from '../../format.js';
import { analysedOf, clausesOf, definitionsById, factorsOf, synthesisOf } from '../data.js';
import { code, heading, inl, joined, paragraph, type Block, type Column } from '../model.js';
import { cited, type SectionBuilder } from './common.js';

const CLAUSE_COLUMNS: readonly Column[] = [
  { label: 'clause', type: 'text' },
  { label: 'factor', type: 'text' },
  { label: 'role (votes m/e/a)', type: 'text' },
  { label: 'definitions', type: 'number' },
  { label: 'share', type: 'number' },
  { label: 'strong in', type: 'text' },
  { label: 'examples', type: 'long-text' },
];

/**
 * The synthesized definition, its clauses with their support and the definitions behind them, and
 * the most representative existing definition: the report's first section and, on its own,
 * `synthesized-definition.md`.
 */
export function synthesisBlocks(result: RunResult): Block[] {
  const synthesis = synthesisOf(result);
  const clauses = clausesOf(result);
  const n = analysedOf(result).length;
  // Only the definitions the section cites are looked up.
  const byId = definitionsById(result, [...clauses.flatMap((c) => c.examples), ...(synthesis.representative ? [synthesis.representative.definitionId] : [])]);
  const labelOf = new Map(factorsOf(result).map((f) => [f.id, f.label]));
  if (!synthesis.text) {
    return [
      paragraph(
        inl`No factor is used by at least ${percent(synthesis.minShare)} of the ${n} analysed definitions (config ${code('synthesis.minShare')}), so there is no consensus to write.`,
        'empty',
      ),
    ];
  }
  const blocks: Block[] = [
    { kind: 'blockquote', content: inl`${synthesis.text}`, role: 'synthesis' },
    paragraph(
      inl`Built from the ${clauses.length === 1 ? 'factor' : `${clauses.length} factors`} used by at least ${percent(synthesis.minShare)} of the ${n} analysed definitions (config ${code('synthesis.minShare')}), most supported first. Each factor's words are placed by the role they play in the definitions: what ${result.config.synthesis.genus} uses (means, after verbs such as “${synthesis.verbs.means}”), what it achieves (ends, after verbs such as “${synthesis.verbs.end}”), who takes part (actors); the votes are the occurrences read as means / end / actor.`,
    ),
  ];
  blocks.push({
    kind: 'table',
    id: 'clauses-table',
    columns: CLAUSE_COLUMNS,
    empty: 'No clause.',
    rows: clauses.map((c) => ({
      cells: [
        c.phrase,
        { value: c.factorId, content: inl`${code(c.factorId)} ${labelOf.get(c.factorId) ?? ''}` },
        `${c.role} (${c.votes.means}/${c.votes.end}/${c.votes.actor})`,
        c.definitions,
        percent(c.share),
        c.strongIn.join(', ') || '—',
        {
          value: c.examples.join('; '),
          content: joined(
            c.examples.map((id) => cited(byId.get(id), id)),
            '; ',
          ),
        },
      ],
    })),
  });
  const rep = synthesis.representative;
  const repDef = rep ? byId.get(rep.definitionId) : undefined;
  if (rep && repDef) {
    blocks.push(
      heading('Most representative existing definition'),
      paragraph(
        inl`${cited(repDef, rep.definitionId)} uses ${rep.factorIds.length} of the ${clauses.length} consensus factors (${joined(
          rep.factorIds.map((id) => [code(id)]),
          ', ',
        )}); ties go to the shortest text.`,
      ),
      { kind: 'blockquote', content: inl`${repDef.text}` },
    );
  }
  return blocks;
}

export const synthesisSection: SectionBuilder = { id: 'synthesis', title: 'Synthesized definition', build: synthesisBlocks };
