import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import { cli, readFolder } from './helpers.js';

// One scenario per folder: `corpus/` in, `expected/` holds every output, stderr and the exit code.
// `npm run test:update` rewrites the goldens; review them with `git diff`.
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

// Folders without a corpus (the mining evaluation set) are data for other tests.
for (const name of readdirSync(fixtures).filter((n) => !n.startsWith('.') && existsSync(path.join(fixtures, n, 'corpus'))).sort()) {
  test(name, async () => {
    const dir = path.join(fixtures, name);
    const argsFile = path.join(dir, 'args.json');
    const extra: string[] = existsSync(argsFile) ? JSON.parse(readFileSync(argsFile, 'utf8')) : [];
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'citydefs-golden-')), 'output');
    const run = await cli(['analyze', '--corpus', 'corpus', '--out', out, ...extra], dir);
    const expected = (file: string) => path.join(fixtures, name, 'expected', file);
    await expect(`${run.code}\n`).toMatchFileSnapshot(expected('exit-code.txt'));
    await expect(run.stderr).toMatchFileSnapshot(expected('stderr.txt'));
    if (existsSync(out)) {
      for (const [file, text] of Object.entries(readFolder(out))) {
        await expect(file === 'manifest.json' ? stableManifest(text) : text).toMatchFileSnapshot(expected(file));
      }
    }
    rmSync(path.dirname(out), { recursive: true, force: true });
  });
}

/** The manifest minus what depends on the machine (Node's version, the install). */
function stableManifest(text: string): string {
  const manifest = JSON.parse(text) as { versions: Record<string, string> };
  manifest.versions = Object.fromEntries(Object.keys(manifest.versions).map((k) => [k, '…']));
  return JSON.stringify(manifest, null, 2) + '\n';
}
