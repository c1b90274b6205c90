// `npm run build` (and the scripts that run the CLI from source: analyze, validate, bench): `tsc -b` only when a file
// it compiles from is newer than its last build, then the bundle (which checks its own inputs the same way). A `tsc -b`
// with nothing to do still costs about 0.4 s of start-up and checking on every `npm run analyze`; a stat of each input
// costs a few milliseconds.
import { spawnSync } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHECKED, compiledSinceInputs } from './build-inputs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!compiledSinceInputs(root)) {
  // (stamped with the time tsc started, so that a file saved while it ran is looked at again next time)
  const started = new Date();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const { status } = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
  writeFileSync(path.join(root, CHECKED), '');
  utimesSync(path.join(root, CHECKED), started, started);
}
await import('./bundle.mjs');
