import type { Config } from '../../config/schema.js';
import type { TermNetwork, Factor } from '../../model/index.js';
import { colorsById } from '../figures/palette.js';
import type { Network } from './types.js';

export type { Network, NetworkEdge, NetworkGroup, NetworkNode, Positions } from './types.js';
export { layoutNetwork, LAYOUT_SEED } from './layout.js';

/**
 * The network the report draws and the exports write: the most frequent clustered terms (config
 * `network.maxNodes`), grouped by factor (in factor order), linked where at least
 * `network.minCooccurrences` definitions use both terms and more often than chance would have them
 * together (association strength above `network.minStrength`). Edge weight = definitions using
 * both terms, the link strength VOSviewer and Gephi expect.
 */
export function networkOf(result: { readonly network: TermNetwork; readonly factors: readonly Factor[]; readonly config: Pick<Config, 'network'> }): Network {
  const { maxNodes, minCooccurrences, minStrength } = result.config.network;
  const nodes = result.network.nodes
    .filter((n) => n.factorId !== undefined)
    .slice(0, maxNodes)
    .map((n) => ({ id: n.term, label: n.term, size: n.definitions, group: n.factorId! }));
  const kept = new Set(nodes.map((n) => n.id));
  const edges = result.network.edges
    .filter((e) => kept.has(e.source) && kept.has(e.target) && e.cooccurrences >= minCooccurrences && e.strength > minStrength)
    .map((e) => ({ source: e.source, target: e.target, weight: e.cooccurrences }));
  const used = new Set(nodes.map((n) => n.group));
  // Colours over all factors, so a factor has the same colour here as in every other chart.
  const colors = colorsById(result.factors.map((f) => f.id));
  const groups = result.factors.filter((f) => used.has(f.id)).map((f) => ({ id: f.id, label: f.label, color: colors.get(f.id)! }));
  return { nodes, edges, groups };
}
