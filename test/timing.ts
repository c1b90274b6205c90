// Growth checks for the linear-time tests: the time of a small and a 4× larger input, best of five
// each. A shared machine can slow one measurement down for a moment; a quadratic cost is 16× every
// time. So when the ratio is over the bound, both are measured again (up to `tries` rounds) and the
// lowest ratio counts.

/** Best of five, in milliseconds: the least disturbed by other work on the machine (and the GC). */
export function bestTime(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export interface Growth {
  small: number;
  large: number;
  ratio: number;
}

/** The lowest large/small ratio over up to `tries` rounds, stopping at the first within `bound`. */
export function growth(small: () => void, large: () => void, bound: number, tries = 3): Growth {
  let best: Growth | undefined;
  for (let round = 0; round < tries; round++) {
    const s = bestTime(small);
    const l = bestTime(large);
    const g = { small: s, large: l, ratio: l / Math.max(s, 1) };
    if (!best || g.ratio < best.ratio) best = g;
    if (best.ratio <= bound) break;
  }
  return best!;
}
