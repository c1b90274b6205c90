import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, readFolder } from './helpers.js';

// The shipped corpus analysed twice (corpus.test.ts analyses it once): in the slow project for the second whole run
// with figures (some 2 s of the fast project's minute on two cores); cli.test.ts checks a rerun on a small corpus.
describe('the shipped corpus', () => {
  it('analyses cleanly, twice to the byte', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-corpus-'));
    cpSync('corpus', path.join(dir, 'corpus'), { recursive: true });
    const first = await cli(['analyze'], dir);
    const a = readFolder(path.join(dir, 'output'));
    const second = await cli(['analyze'], dir);
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^\d+ info diagnostics not shown \(--verbose shows them\)\n$/);
    expect(second).toEqual(first);
    expect(readFolder(path.join(dir, 'output'))).toEqual(a);
  });
});
