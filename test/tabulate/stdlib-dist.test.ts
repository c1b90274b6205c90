import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// tabulate/stats.ts and analyses/stats.ts load the one-file builds (`dist/`) of the two stdlib
// functions: they must give the bits the packages' `lib/` gives, wherever the analysis calls them.
const require = createRequire(import.meta.url);
type Cdf = (x: number, k: number) => number;
type Fn = (x: number) => number;

describe('stdlib one-file builds', () => {
  const chiLib = require('@stdlib/stats-base-dists-chisquare-cdf') as Cdf;
  const chiDist = require('@stdlib/stats-base-dists-chisquare-cdf/dist/index.js') as Cdf;
  const erfcLib = require('@stdlib/math-base-special-erfc') as Fn;
  const erfcDist = require('@stdlib/math-base-special-erfc/dist/index.js') as Fn;
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

  it('are other code than lib (else this test compares a function with itself)', () => {
    expect(chiDist).not.toBe(chiLib);
    expect(erfcDist).not.toBe(erfcLib);
  });

  it('give the same chi-square CDF, bit for bit', () => {
    for (let i = 0; i < 100_000; i++) {
      const x = random() < 0.1 ? Math.round(random() * 50) : random() * (random() < 0.5 ? 10 : 500);
      const k = 1 + Math.floor(random() * 60);
      if (!Object.is(chiLib(x, k), chiDist(x, k))) expect([x, k, chiDist(x, k)]).toEqual([x, k, chiLib(x, k)]);
    }
  });

  it('give the same erfc, bit for bit, edge values too', () => {
    const values = [0, -0, Infinity, -Infinity, NaN, 1e-300, 26.5, 27.3, -5.9];
    for (let i = 0; i < 100_000; i++) values.push((random() - 0.5) * (random() < 0.5 ? 8 : 60));
    for (const z of values) if (!Object.is(erfcLib(z), erfcDist(z))) expect([z, erfcDist(z)]).toEqual([z, erfcLib(z)]);
  });
});
