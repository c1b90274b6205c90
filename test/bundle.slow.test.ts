import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { readTree } from './golden/harness.js';

// npm's `citydefs` runs the bundle (`dist/bundle/cli.js`, scripts/bundle.mjs; built with dist/ by
// test/build-dist.ts): it must write what the unbundled CLI (`dist/bin.js`) writes, byte for byte,
// but the manifest's time of making. The corpora: the shipped one, one of JSON files (with errors), and one with
// the sensitivity reruns.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = promisify(execFile);
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function outputs(bin: string, corpus: string, flags: readonly string[]): Promise<Map<string, string>> {
  const work = mkdtempSync(path.join(tmpdir(), 'citydefs-bundle-'));
  temps.push(work);
  cpSync(corpus, path.join(work, 'corpus'), { recursive: true });
  // Exit code 1 (problems found in the data) rejects, with the same output.
  const { stdout, stderr, code } = await run(process.execPath, [path.join(root, bin), 'analyze', '--corpus', 'corpus', '--out', 'out', ...flags], {
    cwd: work,
  }).then(
    (done) => ({ ...done, code: 0 }),
    (failed: { stdout: string; stderr: string; code: number }) => failed,
  );
  const files = new Map([
    ['(exit code)', String(code)],
    ['(stdout)', stdout],
    ['(stderr)', stderr],
  ]);
  for (const [name, bytes] of readTree(path.join(work, 'out'))) {
    const text = name.endsWith('.png') ? bytes.toString('base64') : bytes.toString('utf8');
    files.set(name, name === 'manifest.json' ? text.replace(/"created": "[^"]*"/, '"created": "…"') : text);
  }
  return files;
}

const cases: [string, string, string[]][] = [
  ['the shipped corpus', path.join(root, 'corpus'), []],
  ['JSON files', path.join(root, 'test/fixtures/json-formats/corpus'), []],
  ['the sensitivity reruns', path.join(root, 'test/fixtures/sensitivity/corpus'), ['--sensitivity', '--no-png']],
];

test("the launcher (npm's bin) runs the bundle when it is newer than dist/, dist/bin.js when tsc compiled since", async () => {
  const made = (file: string) => statSync(path.join(root, 'dist', file)).mtimeMs;
  expect(made('bundle/inputs.json')).toBeGreaterThanOrEqual(made('.tsbuildinfo'));
  const launcher = readFileSync(path.join(root, 'dist/bundle/bin.js'), 'utf8');
  expect(launcher).toContain("'./cli.js' : '../bin.js'");
  const { stdout } = await run(process.execPath, [path.join(root, 'dist/bundle/bin.js'), '--version']);
  expect(stdout.trim()).toBe((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
});

for (const [name, corpus, flags] of cases) {
  test(`the bundle writes what dist/bin.js writes: ${name}`, async () => {
    expect(readFileSync(path.join(root, 'package.json'), 'utf8')).toContain('"citydefs": "dist/bundle/bin.js"');
    const [unbundled, bundled] = await Promise.all([outputs('dist/bin.js', corpus, flags), outputs('dist/bundle/cli.js', corpus, flags)]);
    expect([...bundled.keys()]).toEqual([...unbundled.keys()]);
    expect(bundled.size).toBeGreaterThan(3);
    for (const [file, text] of unbundled) expect(bundled.get(file), file).toBe(text);
  });
}
