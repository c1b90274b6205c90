import type { Quadrant, RunResult } from '../../../model/index.js';
import { scatterSvg } from '../../figures/scatter.js';
import { analysesOf, factorColors, factorsOf } from '../data.js';
import { code, inl, paragraph, type Block } from '../model.js';
import { columnPx, figure, type SectionBuilder } from './common.js';

/** How the report names each quadrant (bibliometrix's names). */
export const QUADRANT_NAMES: Readonly<Record<Quadrant, string>> = {
  motor: 'Motor themes',
  niche: 'Niche themes',
  'emerging-or-declining': 'Emerging or declining themes',
  basic: 'Basic and transversal themes',
};

/** The strategic diagram: factors by centrality and density, quadrants at the medians. */
function thematicMapBlocks(result: RunResult): Block[] | undefined {
  const factors = factorsOf(result);
  const map = analysesOf(result).thematicMap;
  if (factors.length < 2 || map.medianCentrality === undefined || map.medianDensity === undefined) return undefined;
  const colors = factorColors(result);
  const labelOf = new Map(factors.map((f) => [f.id, f.label]));
  const svg = scatterSvg({
    title: 'Thematic map: factors by centrality and density',
    points: map.themes.map((t) => ({
      id: t.factorId,
      label: labelOf.get(t.factorId) ?? t.factorId,
      x: t.centrality,
      y: t.density,
      size: t.definitions,
      color: colors.get(t.factorId)!,
      title: `${labelOf.get(t.factorId)}: centrality ${t.centrality.toFixed(2)}, density ${t.density.toFixed(2)}, ${t.definitions} definitions, ${t.terms} terms (${QUADRANT_NAMES[t.quadrant]})`,
    })),
    xLabel: 'centrality (links to other factors)',
    yLabel: 'density (links within the factor)',
    xLine: map.medianCentrality,
    yLine: map.medianDensity,
    corners: [QUADRANT_NAMES.niche, QUADRANT_NAMES.motor, QUADRANT_NAMES['emerging-or-declining'], QUADRANT_NAMES.basic],
    width: columnPx('double'),
  });
  return [
    paragraph(
      inl`Callon's strategic diagram, as Cobo et al. (2011) and bibliometrix draw it. The clustered terms are linked by the equivalence index e = c²ᵢⱼ / (cᵢ cⱼ) (definitions using both terms, squared, over the definitions using each). A factor's centrality is 10 × the sum of e over its links to other factors' terms: how much it is tied to the rest of the concept. Its density is 100 × the sum of e over its own links / its terms: how tightly its terms hang together. The dashed lines are the medians over the factors (centrality ${map.medianCentrality.toFixed(2)}, density ${map.medianDensity.toFixed(2)}); a factor on a line counts as below it. ${code('thematic-map.csv')} has the values and ranks.`,
    ),
    figure(
      'thematic-map',
      'Thematic map: factors by centrality and density',
      svg,
      'double',
      'Factors by centrality and density (bubble area: definitions coded for the factor); motor themes top right, niche themes top left, emerging or declining themes bottom left, basic and transversal themes bottom right.',
    ),
    {
      kind: 'table',
      id: 'thematic-map',
      columns: [
        { label: 'factor', type: 'text' },
        { label: 'quadrant', type: 'text' },
        { label: 'centrality', type: 'number' },
        { label: 'density', type: 'number' },
        { label: 'terms', type: 'number' },
        { label: 'definitions', type: 'number' },
      ],
      rows: map.themes.map((t) => ({ cells: [t.factorId, QUADRANT_NAMES[t.quadrant], t.centrality.toFixed(2), t.density.toFixed(2), t.terms, t.definitions] })),
      empty: 'No factor.',
      sortable: true,
    },
  ];
}

export const thematicMapSection: SectionBuilder = { id: 'thematic-map', title: 'Thematic map', build: thematicMapBlocks };
