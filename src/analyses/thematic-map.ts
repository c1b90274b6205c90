import type { Factor, Quadrant, TermNetwork, ThematicMap, ThemePlacement } from '../model/index.js';
import { averageRanks, median } from './stats.js';

/**
 * Callon's strategic diagram as Cobo et al. (2011) compute it. Links between the clustered terms
 * are weighted by the equivalence index e = c²ᵢⱼ / (cᵢ cⱼ) (definitions using both terms, squared,
 * over the definitions using each). A factor's centrality is 10 × the sum of e over its links to
 * other factors' terms; its density is 100 × the sum of e over its internal links / its terms.
 * The quadrants are cut at the medians over the factors: above both, motor; dense only, niche;
 * central only, basic and transversal; neither, emerging or declining. A factor at a median
 * counts as below it.
 */
export function thematicMap(network: TermNetwork, factors: readonly Factor[]): ThematicMap {
  const index = new Map(factors.map((f, i) => [f.id, i]));
  const factorOf = new Map<string, number>();
  const definitionsOf = new Map<string, number>();
  const termCount = new Array<number>(factors.length).fill(0);
  for (const node of network.nodes) {
    const f = node.factorId === undefined ? undefined : index.get(node.factorId);
    definitionsOf.set(node.term, node.definitions);
    if (f === undefined) continue;
    factorOf.set(node.term, f);
    termCount[f]!++;
  }
  const external = new Array<number>(factors.length).fill(0);
  const internal = new Array<number>(factors.length).fill(0);
  for (const e of network.edges) {
    const a = factorOf.get(e.source);
    const b = factorOf.get(e.target);
    if (a === undefined || b === undefined) continue;
    const equivalence = (e.cooccurrences * e.cooccurrences) / (definitionsOf.get(e.source)! * definitionsOf.get(e.target)!);
    if (a === b) internal[a]! += equivalence;
    else {
      external[a]! += equivalence;
      external[b]! += equivalence;
    }
  }
  // 12 significant digits: sums of the same links in another order must tie, not differ in the last bit.
  const centrality = external.map((x) => settle(10 * x));
  const density = internal.map((x, f) => (termCount[f]! ? settle((100 * x) / termCount[f]!) : 0));
  const medianCentrality = median(centrality);
  const medianDensity = median(density);
  const centralityRank = averageRanks(centrality);
  const densityRank = averageRanks(density);
  const themes: ThemePlacement[] = factors.map((f, i) => ({
    factorId: f.id,
    terms: termCount[i]!,
    definitions: f.definitions,
    centrality: centrality[i]!,
    density: density[i]!,
    centralityRank: centralityRank[i]!,
    densityRank: densityRank[i]!,
    quadrant: quadrantOf(centrality[i]! > medianCentrality!, density[i]! > medianDensity!),
  }));
  return { themes, medianCentrality, medianDensity };
}

export function quadrantOf(central: boolean, dense: boolean): Quadrant {
  if (central) return dense ? 'motor' : 'basic';
  return dense ? 'niche' : 'emerging-or-declining';
}

const settle = (x: number): number => Number(x.toPrecision(12));
