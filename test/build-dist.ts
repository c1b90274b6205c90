import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Global setup of the slow project: its tests run the built CLI (`node dist/bin.js`) in child
 * processes and kill them, so dist/ is built once, before any of them starts; and the bundle made
 * from it (npm's `citydefs`, scripts/bundle.mjs): `npm run build` (scripts/build.mjs) makes both.
 */
export default function buildDist(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
