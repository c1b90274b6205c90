import { UndirectedGraph } from 'graphology';
import forceAtlas2Cjs from 'graphology-layout-forceatlas2';
import { seededRandom } from '../../core/random.js';
import { compare } from '../../core/text.js';
import type { Network, NetworkEdge, NetworkNode, Positions } from './types.js';

// The CJS typings declare `export default`, which NodeNext reads as the module object; at run time
// the default import *is* the layout function.
const forceAtlas2 = forceAtlas2Cjs as unknown as typeof forceAtlas2Cjs.default;

/** The seed of the start positions; recorded in the manifest (`seeds.layout`). */
export const LAYOUT_SEED = 20140101;
const ITERATIONS = 400;

/**
 * ForceAtlas2 (as Gephi runs it) from seeded random start positions, nodes and edges taken in id
 * order so the input's order does not matter; positions are scaled into the unit square and
 * rounded, so the same network always gives the same bytes downstream.
 */
export function layoutNetwork(network: Network, seed = LAYOUT_SEED): Positions {
  const nodes = [...network.nodes].sort((a, b) => compare(a.id, b.id));
  const edges = [...network.edges].sort((a, b) => compare(a.source, b.source) || compare(a.target, b.target));
  // The report lays out the same network twice (by factor, and by year): the last layout is kept,
  // keyed by all it is made from.
  const key = JSON.stringify([seed, nodes.map((n) => [n.id, String(n.size)]), edges.map((e) => [e.source, e.target, String(e.weight)])]);
  if (lastLayout?.key !== key) lastLayout = { key, positions: forceLayout(nodes, edges, seed) };
  return lastLayout.positions;
}

let lastLayout: { key: string; positions: Positions } | undefined;

function forceLayout(nodes: readonly NetworkNode[], edges: readonly NetworkEdge[], seed: number): Positions {
  const graph = new UndirectedGraph();
  const random = seededRandom(seed);
  for (const n of nodes) graph.addNode(n.id, { x: random() * 100, y: random() * 100, size: Math.sqrt(Math.max(n.size, 1)) });
  for (const e of edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.source, e.target)) graph.updateEdgeAttribute(e.source, e.target, 'weight', (w: number | undefined) => (w ?? 0) + e.weight);
    else graph.addEdge(e.source, e.target, { weight: e.weight });
  }
  const raw =
    graph.order > 1
      ? forceAtlas2(graph, {
          iterations: ITERATIONS,
          getEdgeWeight: 'weight',
          settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, strongGravityMode: true, linLogMode: false, barnesHutOptimize: false },
        })
      : Object.fromEntries(graph.mapNodes((id) => [id, { x: 0.5, y: 0.5 }]));
  return normalise(
    raw,
    nodes.map((n) => n.id),
  );
}

function normalise(raw: Record<string, { x: number; y: number }>, ids: readonly string[]): Positions {
  const xs = ids.map((id) => raw[id]!.x);
  const ys = ids.map((id) => raw[id]!.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const span = Math.max(maxX - minX, maxY - minY) || 1;
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  // One scale for both axes keeps the layout's proportions; centre the shorter axis.
  const offX = (1 - (maxX - minX) / span) / 2;
  const offY = (1 - (maxY - minY) / span) / 2;
  return new Map(ids.map((id) => [id, { x: round(offX + (raw[id]!.x - minX) / span), y: round(offY + (raw[id]!.y - minY) / span) }]));
}
