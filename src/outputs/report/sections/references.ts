import type { RunResult } from '../../../model/index.js';
import { referencesOf } from '../data.js';
import { code, definitionRef, em, inl, isWebAddress, joined, link, paragraph, text, type Block, type Inline } from '../model.js';
import type { SectionBuilder } from './common.js';

/** The reference list of every analysed source, each entry linked to the definitions citing it. */
function referencesBlocks(result: RunResult): Block[] | undefined {
  const references = referencesOf(result);
  if (!references.length) return undefined;
  const items = references.map((r): Inline[] => {
    const parts = r.segments.flatMap((s): Inline[] => {
      // The DOI or URL closes the entry: written as a link.
      if (r.link && s.text.endsWith(r.link) && isWebAddress(r.link)) {
        const before = s.text.slice(0, -r.link.length);
        return [...(before ? [s.italic ? em(before) : text(before)] : []), link(r.link, r.link)];
      }
      return [s.italic ? em(s.text) : text(s.text)];
    });
    return [
      ...parts,
      ...inl` Definition${r.ids.length > 1 ? 's' : ''}: `,
      ...joined(
        r.ids.map((id) => [definitionRef(id)]),
        ', ',
      ),
      text('.'),
    ];
  });
  return [
    paragraph(
      inl`The sources of the ${result.analysed.length} analysed definitions, one entry per source, each with the definitions taken from it. ${code('references.bib')}, ${code('references.ris')} and ${code('references.json')} (CSL-JSON) hold the same references for a reference manager.`,
    ),
    { kind: 'list', items, role: 'references' },
  ];
}

export const referencesSection: SectionBuilder = { id: 'references', title: 'References', build: referencesBlocks };
