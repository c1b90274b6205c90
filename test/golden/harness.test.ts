import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { figurePng } from '../../src/outputs/figures/files.js';
import { compareGoldens, describeProblems, firstDifference, goldenName, goldenText, pngSummary, readTree, stableManifest, writeGoldens } from './harness.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const temp = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-harness-'));
  dirs.push(dir);
  return dir;
};

// The golden harness must be able to fail: each way a golden can go wrong is caught.
describe('compareGoldens', () => {
  const expected = new Map([
    ['a.csv', 'x\n'],
    ['figures/f.svg', '<svg/>\n'],
  ]);

  it('passes only when the same files hold the same text', () => {
    expect(compareGoldens(new Map(expected), expected)).toEqual([]);
  });

  it('fails on a file the run writes without an expected file (a deleted golden is never rewritten silently)', () => {
    expect(compareGoldens(new Map([...expected, ['new.csv', 'y\n']]), expected)).toEqual([{ kind: 'missing', file: 'new.csv' }]);
  });

  it('fails on an expected file the run no longer writes (stale)', () => {
    expect(compareGoldens(new Map([['a.csv', 'x\n']]), expected)).toEqual([{ kind: 'stale', file: 'figures/f.svg' }]);
  });

  it('fails on a changed file and says where it changed', () => {
    const problems = compareGoldens(new Map([...expected, ['a.csv', 'x\nz\n']]), expected);
    expect(problems).toEqual([{ kind: 'changed', file: 'a.csv', actual: 'x\nz\n', expected: 'x\n' }]);
    expect(describeProblems('demo', problems)).toContain('a.csv: differs from the expected file, line 2: expected "", got "z"');
    expect(describeProblems('demo', problems)).toContain('UPDATE_GOLDENS=1');
    expect(firstDifference('abc\ndef', 'abc\ndxf')).toBe('line 2: expected "dxf", got "def"');
    expect(firstDifference('abc', 'abc\nmore')).toBe('line 2: expected "more", got (no line)');
  });
});

describe('writeGoldens', () => {
  it('writes every file and removes stale ones, sub-folders included', () => {
    const dir = temp();
    mkdirSync(path.join(dir, 'figures'));
    writeFileSync(path.join(dir, 'figures', 'old.svg'), 'old');
    writeFileSync(path.join(dir, 'keep.txt'), 'old text');
    writeGoldens(
      dir,
      new Map([
        ['keep.txt', 'new text'],
        ['b/c.txt', 'c'],
      ]),
    );
    expect([...readTree(dir).keys()]).toEqual(['b/c.txt', 'keep.txt']);
    expect(readFileSync(path.join(dir, 'keep.txt'), 'utf8')).toBe('new text');
    expect(existsSync(path.join(dir, 'figures'))).toBe(false);
  });
});

describe('golden texts', () => {
  it('keep a PNG as its size and resolution, and the manifest without machine versions', () => {
    const png = figurePng({
      name: 'x',
      column: 'single',
      svg: '<svg xmlns="http://www.w3.org/2000/svg" width="360" height="180" viewBox="0 0 360 180"><title>t</title><rect width="10" height="10"/></svg>',
    });
    expect(pngSummary(png)).toBe('PNG 1004 × 502 px, 300 dpi\n');
    expect(goldenName('figures/x.png')).toBe('figures/x.png.txt');
    expect(goldenText('figures/x.png', png)).toBe('PNG 1004 × 502 px, 300 dpi\n');
    expect(stableManifest('{"versions":{"node":"20.1"},"a":1}')).toBe('{\n  "versions": {\n    "node": "…"\n  },\n  "a": 1\n}\n');
  });
});
