import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { compiledSinceInputs } from '../scripts/build-inputs.mjs';

// `npm run analyze` skips `tsc -b` when compiledSinceInputs says so (scripts/build.mjs): times set by hand, in seconds.
let root: string;
const at = (file: string, seconds: number) => utimesSync(path.join(root, file), seconds, seconds);
function project(): void {
  root = mkdtempSync(path.join(tmpdir(), 'citydefs-build-'));
  for (const dir of ['src/mine', 'types', 'dist']) mkdirSync(path.join(root, dir), { recursive: true });
  for (const file of ['src/pipeline.ts', 'src/mine/index.ts', 'types/natural.d.ts', 'tsconfig.json', 'package.json', 'dist/.tsbuildinfo'])
    writeFileSync(path.join(root, file), '');
  for (const file of ['src/pipeline.ts', 'src/mine/index.ts', 'types/natural.d.ts', 'tsconfig.json', 'package.json', 'src/mine', 'src', 'types'])
    at(file, 1_000);
  at('dist/.tsbuildinfo', 2_000);
}
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('whether tsc -b must run', () => {
  it('not when every input is older than the last build', () => {
    project();
    expect(compiledSinceInputs(root)).toBe(true);
  });

  it('when there is no build', () => {
    project();
    rmSync(path.join(root, 'dist/.tsbuildinfo'));
    expect(compiledSinceInputs(root)).toBe(false);
  });

  it('when a source file, deep or not, a type file or a tsconfig is newer', () => {
    for (const file of ['src/mine/index.ts', 'src/pipeline.ts', 'types/natural.d.ts', 'tsconfig.json', 'package.json']) {
      project();
      at(file, 3_000);
      expect(compiledSinceInputs(root), file).toBe(false);
    }
  });

  it('when a file was removed from a folder (the folder is newer)', () => {
    project();
    rmSync(path.join(root, 'src/pipeline.ts'));
    at('src', 3_000);
    expect(compiledSinceInputs(root)).toBe(false);
  });

  it('not once a later check stamped the time tsc started (an input touched, nothing to compile)', () => {
    project();
    at('src/pipeline.ts', 3_000);
    writeFileSync(path.join(root, 'dist/.tsc-checked'), '');
    at('dist/.tsc-checked', 4_000);
    expect(compiledSinceInputs(root)).toBe(true);
  });
});
