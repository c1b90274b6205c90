// Growth checks for the linear-time tests: the time of a small and a 4× larger input, best of five
// each. A shared machine can slow one measurement down for a moment; a quadratic cost is 16× every
// time. So when the ratio is over the bound, both are measured again (up to `tries` rounds) and the
// lowest ratio counts.
//
// The time is the process's CPU time, not the wall clock: on a loaded machine a run of 90 ms is
// preempted where one of 8 ms is not, so wall-clock ratios grew to 10–13 for work whose CPU time grew
// 7–8× (the `.md` reader on 100,000 → 400,000 characters at load 8, 2026-12-06). Each test file runs
// in its own process (vitest's forks pool), so no other test's work is counted.

/** Best of five, in milliseconds of CPU (user + system): the least disturbed by the GC and caches. */
export function bestTime(work: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
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
