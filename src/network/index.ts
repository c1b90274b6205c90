import type { RunResult } from '../pipeline.js';
import { termNetwork } from './cooccurrence.js';
import type { Network } from './types.js';

export type { Network, NetworkEdge, NetworkGroup, NetworkNode, Positions } from './types.js';
export { layoutNetwork, LAYOUT_SEED } from './layout.js';

/**
 * The network the report draws and the exports write. Today: term co-occurrence, ungrouped. When
 * the clustering stage exists, return its network here (nodes grouped by factor) and every consumer
 * follows.
 */
export function networkOf(result: RunResult): Network {
  return termNetwork(result);
}
