import type { RunResult } from '../../../model/index.js';
import { referencesOf, reportRowLimit } from '../data.js';
import { code, definitionRef, em, inl, isWebAddress, link, paragraph, text, type Block, type Inline } from '../model.js';
import type { SectionBuilder } from './common.js';

/** The reference list of the analysed sources (the first `report.maxRows`), each entry linked to the definitions citing it. */
function referencesBlocks(result: RunResult): Block[] | undefined {
  // One entry per source is a million at a million definitions: the files below hold them all.
  const { references, sources } = referencesOf(result, reportRowLimit(result));
  if (!sources) return undefined;
  // Built span by span (a list of every source: 89,000 entries at 100,000 definitions).
  const items = references.map((r): Inline[] => {
    const out: Inline[] = [];
    // The DOI or URL closes the entry: written as a link.
    const address = r.link && isWebAddress(r.link) ? r.link : undefined;
    for (const s of r.segments) {
      if (address && s.text.endsWith(address)) {
        const before = s.text.slice(0, -address.length);
        if (before) out.push(s.italic ? em(before) : text(before));
        out.push(link(address, address));
      } else out.push(s.italic ? em(s.text) : text(s.text));
    }
    out.push(text(r.ids.length > 1 ? ' Definitions: ' : ' Definition: '));
    r.ids.forEach((id, i) => {
      if (i) out.push(text(', '));
      out.push(definitionRef(id));
    });
    out.push(text('.'));
    return out;
  });
  const files = inl`${code('references.bib')}, ${code('references.ris')} and ${code('references.json')} (CSL-JSON)`;
  return [
    paragraph(
      references.length < sources
        ? inl`The first ${references.length} of the ${sources} sources of the ${result.analysed.length} analysed definitions (config ${code('report.maxRows')}), one entry per source, each with the definitions taken from it. ${files} hold every one for a reference manager.`
        : inl`The sources of the ${result.analysed.length} analysed definitions, one entry per source, each with the definitions taken from it. ${files} hold the same references for a reference manager.`,
    ),
    { kind: 'list', items, role: 'references' },
  ];
}

export const referencesSection: SectionBuilder = { id: 'references', title: 'References', build: referencesBlocks };
