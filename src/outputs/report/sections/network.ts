import type { RunResult } from '../../../model/index.js';
import { networkSvg } from '../../figures/term-map.js';
import { networkFor } from '../data.js';
import { paragraph, text, type Block } from '../model.js';
import { columnPx, figure, type SectionBuilder } from './common.js';

/** The clustered terms as a network coloured by factor. */
function networkBlocks(result: RunResult): Block[] {
  const net = networkFor(result);
  if (net.nodes.length < 2) return [paragraph([text('Too few frequent terms to draw a network.')], 'empty')];
  const svg = networkSvg(net, {
    title: 'Term co-occurrence network',
    sizeLabel: 'definitions',
    weightLabel: 'definitions with both terms',
    width: columnPx('double'),
  });
  return [
    figure(
      'term-network',
      'Term co-occurrence network',
      svg,
      'double',
      `${net.nodes.length} clustered terms coloured by factor (node area: definitions using the term) and ${net.edges.length} links between terms used together in at least two definitions, more often than chance (line width: definitions using both). Laid out with ForceAtlas2 from seeded start positions; a label is left out where it would cover a node or another label (hover a node for its term).`,
    ),
  ];
}

export const networkSection: SectionBuilder = { id: 'network', title: 'Term co-occurrence network', build: networkBlocks };
