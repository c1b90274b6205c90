import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { cli } from './helpers.js';
import { compareGoldens, describeProblems, goldenName, goldenText, readTree, writeGoldens } from './golden/harness.js';

// One scenario per folder: `corpus/` in (the folder is copied, `expected/` aside, to a temporary
// one where the command runs, so a run can never touch the fixture), `expected/` holds every output, the stderr and the exit code, and `README.md`
// works the key numbers out by hand. A missing, stale or changed file fails; only
// `UPDATE_GOLDENS=1 npx vitest run test/golden.test.ts` (`npm run test:update`) rewrites them.
//
// `args.json`, optional: an array of extra `analyze` flags, or `{ "args": [...] }`, a whole command
// line in which `{out}` stands for the output folder (for scenarios of other commands).
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const update = process.env.UPDATE_GOLDENS === '1';
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function commandLine(dir: string, out: string): string[] {
  const file = path.join(dir, 'args.json');
  const args: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : [];
  if (Array.isArray(args)) return ['analyze', '--corpus', 'corpus', '--out', out, ...args.map(String)];
  const full = (args as { args?: unknown }).args;
  if (!Array.isArray(full)) throw new Error(`${file}: expected an array of flags or {"args": [...]}`);
  return full.map((a) => String(a).replace('{out}', out));
}

// Folders with a corpus are scenarios; the others (hostile inputs, reference sets, the mining evaluation) are data for other tests.
const scenarios = readdirSync(fixtures)
  .filter((n) => !n.startsWith('.') && existsSync(path.join(fixtures, n, 'corpus')))
  .sort();

for (const name of scenarios) {
  test(name, async () => {
    const dir = path.join(fixtures, name);
    const work = mkdtempSync(path.join(tmpdir(), 'citydefs-golden-'));
    temps.push(work);
    cpSync(dir, work, { recursive: true, filter: (from) => path.relative(dir, from) !== 'expected' });
    const out = path.join(work, 'output');
    const run = await cli(commandLine(dir, out), work);
    const actual = new Map<string, string>([
      ['exit-code.txt', `${run.code}\n`],
      ['stderr.txt', run.stderr],
    ]);
    for (const [file, bytes] of readTree(out)) actual.set(goldenName(file), goldenText(file, bytes));
    const expectedDir = path.join(dir, 'expected');
    if (update) {
      writeGoldens(expectedDir, actual);
      return;
    }
    const expected = new Map([...readTree(expectedDir)].map(([file, bytes]) => [file, bytes.toString('utf8')]));
    const problems = compareGoldens(actual, expected);
    expect(problems.length, describeProblems(name, problems)).toBe(0);
  });
}

test('every fixture explains its numbers in a README', () => {
  const missing = scenarios.filter((name) => !existsSync(path.join(fixtures, name, 'README.md')));
  expect(missing).toEqual([]);
});
