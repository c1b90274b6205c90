// `npm run build` (and the scripts that run the CLI from source: analyze, validate, bench): `tsc -b` only when a file
// it compiles from is newer than its last build, then the bundle (which checks its own inputs the same way). A `tsc -b`
// with nothing to do still costs about 0.4 s of start-up and checking on every `npm run analyze`; a stat of each input
// costs a few milliseconds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// What tsconfig.build.json compiles from, and what decides how.
const INPUT_DIRS = ['src', 'types'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
const BUILD_INFO = path.join(root, 'dist', '.tsbuildinfo');
// Written after every `tsc -b` that succeeds: one that had nothing to do leaves BUILD_INFO as it was, and an input
// touched but not changed would otherwise send every later run to tsc again.
const CHECKED = path.join(root, 'dist', '.tsc-checked');

function compiledSinceInputs() {
  if (!existsSync(BUILD_INFO)) return false;
  const built = Math.max(statSync(BUILD_INFO).mtimeMs, existsSync(CHECKED) ? statSync(CHECKED).mtimeMs : 0);
  const files = [
    ...INPUT_FILES.map((f) => path.join(root, f)),
    ...INPUT_DIRS.flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true }).map((f) => path.join(root, dir, String(f)))),
  ];
  // (a directory's time changes when a file is added to it, removed from it or renamed in it)
  return files.every((file) => !existsSync(file) || statSync(file).mtimeMs <= built);
}

if (!compiledSinceInputs()) {
  // (stamped with the time tsc started, so that a file saved while it ran is looked at again next time)
  const started = new Date();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const { status } = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  writeFileSync(CHECKED, '');
  utimesSync(CHECKED, started, started);
}
await import('./bundle.mjs');
