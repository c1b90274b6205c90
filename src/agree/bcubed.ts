/** B-cubed precision, recall and F1 of a clustering against reference classes. */
export interface BCubed {
  /** Items scored: those with both a cluster and a reference class. */
  readonly items: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/**
 * B-cubed (Bagga & Baldwin 1998; Amigó et al. 2009): for each item, the share of its cluster that
 * shares its reference class (precision) and the share of its class that shares its cluster
 * (recall), averaged over items; F1 is their harmonic mean. Items missing from either map are
 * left out (a term the reference marks as naming no theme, say).
 */
export function bcubed(clusterOf: ReadonlyMap<string, string>, classOf: ReadonlyMap<string, string>): BCubed {
  const items = [...clusterOf.keys()].filter((item) => classOf.has(item));
  if (!items.length) return { items: 0, precision: 0, recall: 0, f1: 0 };
  const count = (keyOf: (item: string) => string) => {
    const n = new Map<string, number>();
    for (const item of items) n.set(keyOf(item), (n.get(keyOf(item)) ?? 0) + 1);
    return n;
  };
  const clusterSize = count((i) => clusterOf.get(i)!);
  const classSize = count((i) => classOf.get(i)!);
  const both = count((i) => `${clusterOf.get(i)}\u0000${classOf.get(i)}`);
  let precision = 0;
  let recall = 0;
  for (const item of items) {
    const shared = both.get(`${clusterOf.get(item)}\u0000${classOf.get(item)}`)!;
    precision += shared / clusterSize.get(clusterOf.get(item)!)!;
    recall += shared / classSize.get(classOf.get(item)!)!;
  }
  precision /= items.length;
  recall /= items.length;
  return { items: items.length, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
