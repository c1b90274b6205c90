import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, HEADER, tempCorpus } from '../helpers.js';
import { relative } from '../../src/cli/flags.js';
import { count } from '../../src/cli/print.js';

const rows = [
  HEADER,
  'a,academic,,smart city,definition,Ann,2011,,,A smart city uses ICT to improve the quality of life of its citizens.',
  'b,private,,smart city,definition,IBM,2009,,,A smart city uses information and communication technologies to make services efficient for citizens.',
  'c,government,,smart sustainable city,definition,Ministry,2014,,,A smart sustainable city improves the quality of life and protects the environment with ICT.',
  'd,ngo,,smart city,definition,,,,,Citizens govern the city together with sustainable services and ICT.',
  'e,academic,,smart city,definition,Ben,2015,,,A smart city invests in people and the environment to improve the quality of life.',
];
const corpus = () =>
  tempCorpus({
    'corpus/definitions.csv': rows.join('\n') + '\n',
    'corpus/config.json': '{"factors": {"minDefinitions": 2, "bootstrap": 0}}',
    'corpus/codebook.csv': 'factor_id,label,description,seed_terms\nict,ICT,,ict\nquality-of-life,Quality of life,,quality of life\n',
  });

describe('flag mistakes', () => {
  it("a typo prints commander's one-line error with its hint, not the whole help (exit 2)", async () => {
    const run = await cli(['analyze', '--kindz', 'definition'], corpus());
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: unknown option '--kindz'\n(Did you mean --kinds?)\n(citydefs <command> --help lists its flags)\n");
    expect(run.stdout).toBe('');
  });

  it('a bad value names the flag, never the config file (exit 2, nothing written)', async () => {
    const dir = corpus();
    const cases: [string[], string][] = [
      [['--resolution', '-1'], 'citydefs: Invalid value for --resolution: Too small: expected number to be >0\n'],
      [['--resolution', '0'], 'citydefs: Invalid value for --resolution: Too small: expected number to be >0\n'],
      [['--sectors', 'academic,Private'], 'citydefs: Invalid value for --sectors: Expected a lower-case slug such as `academic` (item 2)\n'],
      [['--kinds', ','], 'citydefs: Invalid value for --kinds: Too small: expected array to have >=1 items\n'],
    ];
    for (const [args, stderr] of cases) {
      const run = await cli(['analyze', ...args], dir);
      expect(run, args.join(' ')).toEqual({ code: 2, stdout: '', stderr });
    }
    const seed = await cli(['analyze', '--seed', '1.5'], dir);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain("error: option '--seed <n>' argument '1.5' is invalid. Expected a whole number; found `1.5`");
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('a bad value in the config file still names the file', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': rows.join('\n') + '\n', 'corpus/config.json': '{"factors": {"resolution": -1}}' });
    const run = await cli(['analyze', '--seed', '2'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('citydefs: Cannot use `corpus/config.json`:\n  factors.resolution: Too small: expected number to be >0\n');
  });
});

describe('citydefs export', () => {
  it('takes the analysis flags as analyze does', async () => {
    const dir = corpus();
    const withCodebook = await cli(['export', '--format', 'gexf', '--out', 'a'], dir);
    expect(withCodebook.code).toBe(0);
    expect(readFileSync(path.join(dir, 'a', 'term-network.gexf'), 'utf8')).toContain('value="quality-of-life"');
    const run = await cli(
      [
        'export',
        '--format',
        'gexf',
        '--out',
        'b',
        '--no-codebook',
        '--seed',
        '3',
        '--resolution',
        '1.5',
        '--kinds',
        'definition',
        '--sectors',
        'academic,private,government,ngo',
        '--no-merge-duplicates',
      ],
      dir,
    );
    expect(run.code).toBe(0);
    const gexf = readFileSync(path.join(dir, 'b', 'term-network.gexf'), 'utf8');
    expect(gexf).not.toContain('value="quality-of-life"');
    expect(gexf).toMatch(/value="factor-1"/);
    const bad = await cli(['export', '--resolution', '-2', '--out', 'c'], dir);
    expect(bad).toEqual({ code: 2, stdout: '', stderr: 'citydefs: Invalid value for --resolution: Too small: expected number to be >0\n' });
  });
});

describe('selections that select nothing', () => {
  it('refuses --sectors that match no record (exit 2), leaving the previous outputs', async () => {
    const dir = corpus();
    expect((await cli(['analyze', '--no-png'], dir)).code).toBe(0);
    const before = readFileSync(path.join(dir, 'output', 'records.csv'), 'utf8');
    const run = await cli(['analyze', '--no-png', '--sectors', 'acadmic,privat'], dir);
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: 'citydefs: The sectors (`acadmic`, `privat`) match no record; the corpus has `academic`, `government`, `ngo`, `private`; nothing was written\n',
    });
    expect(readFileSync(path.join(dir, 'output', 'records.csv'), 'utf8')).toBe(before);
    // Sectors that match some records are a choice, not a typo: the others are reported and skipped.
    expect((await cli(['analyze', '--no-png', '--sectors', 'academic,private'], dir)).code).toBe(1);
  });
});

describe('paths and counts as printed', () => {
  it('names a path relative to the working folder inside it, absolute outside it', () => {
    expect(relative('/work/project', '/work/project/output')).toBe('output');
    expect(relative('/work/project', '/work/project')).toBe('.');
    expect(relative('/work/project', '/tmp/out')).toBe('/tmp/out');
    expect(relative('/work/project', '/work/other/out')).toBe('/work/other/out');
    expect(relative('/work/project', '/work/project/..x/out')).toBe('..x/out');
  });

  it('counts a noun in the singular for one', () => {
    expect([count(1, 'factor'), count(0, 'factor'), count(2, 'duplicate group'), count(1, 'analysis', 'analyses')]).toEqual([
      '1 factor',
      '0 factors',
      '2 duplicate groups',
      '1 analysis',
    ]);
  });
});
