import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, readFolder } from './helpers.js';

// The shipped corpus, end to end: what a newcomer's `npm run analyze` does.
describe('the shipped corpus', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-corpus-'));
  cpSync('corpus', path.join(dir, 'corpus'), { recursive: true });

  // One whole run with figures: about 3 s on a quiet machine, far more when other jobs share its 2 cores. That a second
  // run gives the same bytes is checked in corpus.slow.test.ts (cli.test.ts checks a rerun on a small corpus here).
  it('analyses cleanly, as the README shows', { timeout: 120_000 }, async () => {
    const first = await cli(['analyze'], dir);
    const a = readFolder(path.join(dir, 'output'));
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^\d+ info diagnostics not shown \(--verbose shows them\)\n$/);
    // The README shows this run's output: keep it true.
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(first.stderr + first.stdout);
    expect(readme).toContain(a['synthesized-definition.md']!.split('\n')[2]!);
  });

  it('finds 6 to 15 factors, puts every definition with a factor in the matrix and writes a definition', async () => {
    const out = readFolder(path.join(dir, 'output'));
    const factors = out['factors.csv']!.trim().split('\n').slice(1);
    expect(factors.length).toBeGreaterThanOrEqual(6);
    expect(factors.length).toBeLessThanOrEqual(15);
    const manifest = JSON.parse(out['manifest.json']!);
    expect(out['definition-matrix.csv']!.trim().split('\n')).toHaveLength(1 + manifest.counts.analysed);
    expect(out['synthesized-definition.md']).toMatch(/^> A smart sustainable city is a city that .{40,}\.$/m);
    const sectors = new Set(
      out['sector-factors.csv']!.trim()
        .split('\n')
        .slice(1)
        .map((l) => l.split(',')[1]),
    );
    expect(sectors).toEqual(new Set(['academic', 'private', 'government', 'ngo']));
  });
});
