// Whether `tsc -b` has compiled since every file it compiles from last changed (scripts/build.mjs asks before calling it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// What tsconfig.build.json compiles from, and what decides how.
const INPUT_DIRS = ['src', 'types'];
const INPUT_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'];
/** tsc's record of its last build, under `root`. */
export const BUILD_INFO = path.join('dist', '.tsbuildinfo');
/**
 * Written after every `tsc -b` that succeeds: one that had nothing to do leaves BUILD_INFO as it was, and an input
 * touched but not changed would otherwise send every later run to tsc again.
 */
export const CHECKED = path.join('dist', '.tsc-checked');

/** Whether no input under `root` is newer than the last build (or the last check); false when there is no build. */
export function compiledSinceInputs(root) {
  const info = path.join(root, BUILD_INFO);
  if (!existsSync(info)) return false;
  const checked = path.join(root, CHECKED);
  const built = Math.max(statSync(info).mtimeMs, existsSync(checked) ? statSync(checked).mtimeMs : 0);
  // (the folders themselves too: a folder's time changes when a file is added to it, removed from it or renamed in it)
  const files = [
    ...INPUT_FILES.map((f) => path.join(root, f)),
    ...INPUT_DIRS.map((dir) => path.join(root, dir)),
    ...INPUT_DIRS.flatMap((dir) =>
      existsSync(path.join(root, dir)) ? readdirSync(path.join(root, dir), { recursive: true }).map((f) => path.join(root, dir, String(f))) : [],
    ),
  ];
  return files.every((file) => !existsSync(file) || statSync(file).mtimeMs <= built);
}
