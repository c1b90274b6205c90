import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderers } from '../../src/outputs/write.js';
import { cli, HEADER, readFolder, tempCorpus } from '../helpers.js';

const corpus = {
  'corpus/definitions.csv': [
    HEADER,
    'a,academic,,smart city,definition,Ann,2010,,,A smart city uses ICT to improve the quality of life.',
    'b,private,,smart city,definition,Corp,2012,,,Services for citizens.',
    'c,ngo,,smart city,definition,,,,,',
  ].join('\n'),
};

describe('citydefs analyze', () => {
  it('writes byte-identical outputs on a rerun, except the manifest time', async () => {
    const dir = tempCorpus(corpus);
    const first = await cli(['analyze'], dir);
    const a = readFolder(path.join(dir, 'output'));
    const second = await cli(['analyze'], dir);
    const b = readFolder(path.join(dir, 'output'));
    expect(first.code).toBe(1);
    expect(second).toEqual(first);
    expect(b).toEqual(a);
    // Every file the registry names, and the figures the manifest lists.
    const manifest = JSON.parse(a['manifest.json']!) as { outputs: string[] };
    expect(manifest.outputs.slice(0, Object.keys(renderers).length)).toEqual(Object.keys(renderers));
    expect(Object.keys(a).sort()).toEqual([...manifest.outputs].sort());
  });

  it('prints one line per problem on stderr, names the file and line, and exits 1', async () => {
    const run = await cli(['analyze', '--no-png'], tempCorpus(corpus));
    expect(run.stderr).toBe(
      'corpus/definitions.csv:4 [text]  error  Expected the definition `text`, not an empty cell (record `c`)  [validate/invalid-text]\n' +
        '1 error, 0 warnings, 0 info\n' +
        '1 info diagnostic not shown (--verbose shows them)\n',
    );
    expect(run.stdout).toContain('Analysed 2 of 3 records');
  });

  it('prints the informational diagnostics too with --verbose', async () => {
    const dir = tempCorpus(corpus);
    const run = await cli(['analyze', '--no-png', '--verbose'], dir);
    expect(run.stderr).toContain('corpus  info  2 analysed definition(s) have no factor');
    expect(run.stderr).toContain('1 error, 0 warnings, 1 info');
    expect(run.stderr).not.toContain('not shown');
  });

  it('counts warnings as problems with --strict', async () => {
    const dir = tempCorpus({ 'corpus/d.csv': `${HEADER},notes\na,academic,,,definition,,,,,Some text.,x\n` });
    expect((await cli(['analyze', '--no-png'], dir)).code).toBe(0);
    const strict = await cli(['analyze', '--no-png', '--strict'], dir);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('warning  Ignored column `notes`');
  });

  it('applies flags over the config file', async () => {
    const dir = tempCorpus({ ...corpus, 'corpus/config.json': '{"kinds": ["goal"]}' });
    await cli(['analyze', '--no-png', '--kinds', 'definition'], dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'output', 'manifest.json'), 'utf8'));
    expect(manifest.config.kinds).toEqual(['definition']);
    expect(manifest.counts.analysed).toBe(2);
  });

  it('takes every analysis setting from a flag, as the manifest records', async () => {
    const dir = tempCorpus(corpus);
    const run = await cli(
      ['analyze', '--no-png', '--no-codebook', '--seed', '7', '--resolution', '1.5', '--sectors', 'academic,private,ngo', '--no-merge-duplicates'],
      dir,
    );
    const manifest = JSON.parse(readFileSync(path.join(dir, 'output', 'manifest.json'), 'utf8'));
    expect(manifest.config).toMatchObject({
      seed: 7,
      sectors: ['academic', 'private', 'ngo'],
      factors: { codebook: false, resolution: 1.5 },
      duplicates: { merge: false },
    });
    expect(manifest.seeds.clustering).toBe(7);
    expect(run.code).toBe(1);
    expect((await cli(['analyze', '--seed', 'x'], dir)).code).toBe(2);
  });

  it('exits 2 and writes nothing for a corpus folder that does not exist', async () => {
    const dir = tempCorpus({});
    const run = await cli(['analyze', '--corpus', 'nope'], dir);
    expect(run).toMatchObject({ code: 2, stderr: 'citydefs: Cannot read the corpus folder (ENOENT): `nope`\n' });
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  });
});

describe('progress, --quiet and --json', () => {
  it('shows progress on a terminal only, and clears it before the summary', async () => {
    const dir = tempCorpus(corpus);
    const plain = await cli(['analyze', '--no-png'], dir);
    expect(plain.stderr).not.toContain('\r');
    const tty = await cli(['analyze', '--no-png'], dir, { tty: true });
    expect(tty.stderr).toContain('citydefs: tokenizing definitions 100% (2/2)');
    expect(tty.stderr.startsWith('\r\u001b[2Kcitydefs: reading the corpus…')).toBe(true);
    expect(tty.stderr).toContain('\r\u001b[2Kcorpus/definitions.csv:4 [text]  error');
    expect(tty.stdout).toBe(plain.stdout);
    const quiet = await cli(['analyze', '--no-png', '--quiet'], dir, { tty: true });
    // Quiet keeps the diagnostics, not the hint about hidden ones.
    expect(quiet.stderr).toBe(plain.stderr.replace(/^\d+ info diagnostics? not shown.*\n/m, ''));
    expect(quiet.stdout).toBe('');
  });

  it('prints a JSON summary with --json', async () => {
    const run = await cli(['analyze', '--json'], tempCorpus(corpus));
    expect(JSON.parse(run.stdout)).toEqual({
      command: 'analyze',
      exitCode: 1,
      corpus: 'corpus',
      out: 'output',
      files: [
        ...Object.keys(renderers),
        ...['corpus-by-sector', 'corpus-by-term', 'corpus-by-year', 'top-terms', 'top-terms-by-sector'].flatMap((f) => [
          `figures/${f}.svg`,
          `figures/${f}.png`,
        ]),
      ],
      counts: { records: 3, valid: 2, analysed: 2, excluded: 0, duplicateGroups: 0, terms: expect.any(Number), factors: 0, definitionsWithoutFactor: 2 },
      // Milliseconds per stage, for the benchmark.
      timings: {
        start: expect.any(Number),
        read: expect.any(Number),
        load: expect.any(Number),
        tokenize: expect.any(Number),
        terms: expect.any(Number),
        cluster: expect.any(Number),
        code: expect.any(Number),
        tabulate: expect.any(Number),
        analyses: expect.any(Number),
        synthesize: expect.any(Number),
        render: expect.any(Number),
        outputs: expect.any(Number),
        report: expect.any(Number),
        figures: expect.any(Number),
        total: expect.any(Number),
      },
      diagnostics: { errors: 1, warnings: 0, info: 1 },
    });
    const missing = await cli(['analyze', '--json', '--corpus', 'nope'], tempCorpus({}));
    expect(JSON.parse(missing.stdout)).toEqual({ command: 'analyze', exitCode: 2, error: 'Cannot read the corpus folder (ENOENT): `nope`' });
    const validate = await cli(['validate', '--json'], tempCorpus(corpus));
    expect(JSON.parse(validate.stdout)).toMatchObject({ command: 'validate', exitCode: 1, counts: { records: 3, valid: 2 } });
  });

  it('reproduces a run from the config in its manifest', async () => {
    const dir = tempCorpus({ ...corpus, 'corpus/config.json': '{"kinds": ["definition"], "precision": 2}' });
    await cli(['analyze', '--no-png', '--no-merge-duplicates'], dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'output', 'manifest.json'), 'utf8'));
    writeFileSync(path.join(dir, 'from-manifest.json'), JSON.stringify(manifest.config));
    await cli(['analyze', '--config', 'from-manifest.json', '--out', 'again'], dir);
    const a = readFolder(path.join(dir, 'output'));
    const b = readFolder(path.join(dir, 'again'));
    for (const name of ['terms.csv', 'definition-terms.csv', 'records.csv', 'report.html', 'report.md']) expect(b[name], name).toBe(a[name]);
    expect(JSON.parse(b['manifest.json']!).config).toEqual(manifest.config);
  });

  it('records the layout seed and the layout library in the manifest', async () => {
    const dir = tempCorpus(corpus);
    await cli(['analyze', '--no-png'], dir);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'output', 'manifest.json'), 'utf8'));
    expect(manifest.seeds).toEqual({ clustering: 1, layout: expect.any(Number) });
    expect(Object.keys(manifest.versions)).toEqual(expect.arrayContaining(['graphology', 'graphology-layout-forceatlas2']));
  });
});

describe('citydefs validate', () => {
  it('prints the same diagnostics and writes nothing', async () => {
    const dir = tempCorpus(corpus);
    const run = await cli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('corpus/definitions.csv:4 [text]  error');
    expect(run.stdout).toBe('3 records: 2 valid, 2 would be analysed, 0 excluded.\n');
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('says how many rows could not be read at all (they are not records)', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': `${HEADER}\na,ngo,,,,,,,,A smart city listens.\nb,ngo\nc,ngo,,,,,,,,A smart city shares.,extra\n` });
    const run = await cli(['validate'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('1 record (2 rows or files could not be read: see the errors): 1 valid, 1 would be analysed, 0 excluded.\n');
  });
});

describe('citydefs --help', () => {
  it('describes every command and exits 0', async () => {
    const run = await cli(['--help'], tempCorpus({}));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/analyze.*\n.*validate/s);
    const sub = await cli(['analyze', '--help'], tempCorpus({}));
    expect(sub.stdout).toContain('--corpus <dir>');
    expect(sub.stdout).toContain('--out <dir>');
  });

  it('exits 2 on an unknown option', async () => {
    expect((await cli(['analyze', '--bogus'], tempCorpus({}))).code).toBe(2);
  });
});

describe('selections that select nothing', () => {
  it('refuses kinds that match no record (exit 2, naming the kinds there are), and writes nothing', async () => {
    const dir = tempCorpus(corpus);
    const run = await cli(['analyze', '--kinds', 'definitoin'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('citydefs: The kinds to analyse (`definitoin`) match no record; the corpus has `definition`; nothing was written\n');
    expect(existsSync(path.join(dir, 'output'))).toBe(false);
  });

  it('refuses a sector or kind named twice', async () => {
    const dir = tempCorpus(corpus);
    const run = await cli(['analyze', '--sectors', 'academic,academic,private'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Expected each sector once');
  });
});
