import { compare } from '../core/text.js';
import type { DefinitionTerm, TermStats } from '../core/types.js';
import type { Network } from './types.js';

export interface CooccurrenceOptions {
  /** Terms in at least this many analysed definitions become nodes. */
  readonly minDefinitions?: number;
  /** At most this many nodes, the most frequent terms first (keeps the drawing readable). */
  readonly maxNodes?: number;
  /** Edges need at least this many definitions sharing both terms. */
  readonly minEdgeWeight?: number;
}

/**
 * Thresholds that scale with the corpus, so a small corpus still has a network and a large one is
 * not a hairball: a term in 1 of 10 definitions (2 to 6), an edge from 1 of 20 (1 to 3).
 */
export function cooccurrenceDefaults(definitions: number): Required<CooccurrenceOptions> {
  return {
    minDefinitions: Math.max(2, Math.min(6, Math.ceil(definitions / 10))),
    maxNodes: 60,
    minEdgeWeight: Math.max(1, Math.min(3, Math.ceil(definitions / 20))),
  };
}

/**
 * The term co-occurrence network: frequent terms as nodes (size = definitions containing the term),
 * an edge between two terms weighted by the definitions containing both. No groups yet: the
 * clustering stage (issue 3) replaces this with its factor network, in the same `Network` shape.
 */
export function termNetwork(
  result: { readonly terms: readonly TermStats[]; readonly definitionTerms: readonly DefinitionTerm[] },
  options: CooccurrenceOptions = {},
): Network {
  const definitions = new Set(result.definitionTerms.map((d) => d.definitionId)).size;
  const { minDefinitions, maxNodes, minEdgeWeight } = { ...cooccurrenceDefaults(definitions), ...options };
  // `terms` is already sorted most definitions first, so the cut is stable.
  const kept = result.terms.filter((t) => t.definitions >= minDefinitions).slice(0, maxNodes);
  const inNetwork = new Set(kept.map((t) => t.term));
  const termsOf = new Map<string, string[]>();
  for (const dt of result.definitionTerms) {
    if (!inNetwork.has(dt.term)) continue;
    const list = termsOf.get(dt.definitionId) ?? [];
    list.push(dt.term);
    termsOf.set(dt.definitionId, list);
  }
  const weights = new Map<string, number>();
  for (const list of termsOf.values()) {
    const sorted = [...new Set(list)].sort(compare);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const key = `${sorted[i]}\u0000${sorted[j]}`;
        weights.set(key, (weights.get(key) ?? 0) + 1);
      }
    }
  }
  const edges = [...weights]
    .filter(([, w]) => w >= minEdgeWeight)
    .map(([key, weight]) => {
      const [source, target] = key.split('\u0000') as [string, string];
      return { source, target, weight };
    })
    .sort((a, b) => b.weight - a.weight || compare(a.source, b.source) || compare(a.target, b.target));
  return { nodes: kept.map((t) => ({ id: t.term, label: t.term, size: t.definitions })), edges, groups: [] };
}
