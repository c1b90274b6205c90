import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Global setup of the slow project: its tests run the built CLI (`node dist/bin.js`) in child
 * processes and kill them, so dist/ is built once, before any of them starts; and the bundle made
 * from it (npm's `citydefs`, scripts/bundle.mjs), as `npm run build` makes both.
 */
export default function buildDist(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
}
