import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cli, HEADER, readFolder, tempCorpus } from '../helpers.js';

const corpus = {
  'corpus/definitions.csv': `${HEADER}\na,academic,,smart city,definition,Ann,2010,,,A smart city uses ICT to improve the quality of life.\n`,
  'corpus/config.json': '{}',
  'notes/ideas.txt': 'my notes',
};

describe('analyze --out never replaces what citydefs did not write', () => {
  it.each([
    ['.', 'the folder the command runs in'],
    ['corpus', 'the corpus folder'],
    ['corpus/out', 'inside the corpus folder'],
    ['/', 'the root folder'],
  ])('refuses --out %s (%s) with exit 2, even with --force, and changes nothing', async (out) => {
    const dir = tempCorpus(corpus);
    for (const force of [[], ['--force']]) {
      const run = await cli(['analyze', '--out', out, ...force], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^citydefs: Refusing to write the outputs/);
      expect(run.stderr).not.toContain('--force');
    }
    expect(readdirSync(path.join(dir, 'corpus')).sort()).toEqual(['config.json', 'definitions.csv']);
    expect(readFileSync(path.join(dir, 'notes/ideas.txt'), 'utf8')).toBe('my notes');
  });

  it('refuses a folder holding files it did not write, naming them and --force', async () => {
    const dir = tempCorpus(corpus);
    const run = await cli(['analyze', '--out', 'notes'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('`ideas.txt`');
    expect(run.stderr).toContain('--force');
    expect(readdirSync(path.join(dir, 'notes'))).toEqual(['ideas.txt']);
    const forced = await cli(['analyze', '--no-png', '--out', 'notes', '--force'], dir);
    expect(forced.code).toBe(0);
    expect(existsSync(path.join(dir, 'notes/ideas.txt'))).toBe(false);
  });

  it('refuses a project folder (with .git or package.json) even with --force', async () => {
    const dir = tempCorpus({ ...corpus, 'other/package.json': '{}' });
    const run = await cli(['analyze', '--out', 'other', '--force'], dir);
    expect(run.code).toBe(2);
    expect(existsSync(path.join(dir, 'other/package.json'))).toBe(true);
  });

  it('refuses a user file added to its own output folder; removes outputs an older run listed', async () => {
    const dir = tempCorpus(corpus);
    expect((await cli(['analyze', '--no-png', '--out', 'out'], dir)).code).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'out/manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ generator: 'citydefs', folder: 'analysis' });
    // An output an older version wrote (listed in its manifest) goes; nothing else is left behind.
    writeFileSync(path.join(dir, 'out/retired.csv'), 'old');
    writeFileSync(path.join(dir, 'out/manifest.json'), JSON.stringify({ ...manifest, outputs: [...manifest.outputs, 'retired.csv'] }));
    expect((await cli(['analyze', '--no-png', '--out', 'out'], dir)).code).toBe(0);
    expect(existsSync(path.join(dir, 'out/retired.csv'))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.includes('out.'))).toEqual([]);
    writeFileSync(path.join(dir, 'out/my-notes.md'), 'keep me');
    const run = await cli(['analyze', '--out', 'out'], dir);
    expect(run.code).toBe(2);
    expect(readFileSync(path.join(dir, 'out/my-notes.md'), 'utf8')).toBe('keep me');
  });

  it('writes into an empty folder, and over a folder holding only what it would write (a fresh clone)', async () => {
    const dir = tempCorpus(corpus);
    mkdirSync(path.join(dir, 'empty'));
    expect((await cli(['analyze', '--no-png', '--out', 'empty'], dir)).code).toBe(0);
    const readme = readFileSync(path.join(dir, 'empty/README.md'), 'utf8');
    const clone = tempCorpus({ ...corpus, 'output/README.md': readme });
    expect((await cli(['analyze', '--no-png'], clone)).code).toBe(0);
    expect(existsSync(path.join(clone, 'output/manifest.json'))).toBe(true);
  });

  it('export refuses the analysis folder and the corpus; analyze refuses the exports folder', async () => {
    const dir = tempCorpus(corpus);
    expect((await cli(['analyze', '--no-png', '--out', 'out'], dir)).code).toBe(0);
    expect((await cli(['export', '--format', 'gexf', '--out', 'out'], dir)).code).toBe(2);
    expect((await cli(['export', '--format', 'gexf', '--out', 'corpus', '--force'], dir)).code).toBe(2);
    expect((await cli(['export', '--format', 'gexf'], dir)).code).toBe(0);
    expect((await cli(['export', '--format', 'graphml'], dir)).code).toBe(0);
    expect(readdirSync(path.join(dir, 'exports')).sort()).toEqual(['manifest.json', 'term-network.gexf', 'term-network.graphml']);
    const run = await cli(['analyze', '--out', 'exports'], dir);
    expect(run.code).toBe(2);
    expect(existsSync(path.join(dir, 'exports/term-network.gexf'))).toBe(true);
  });

  it('export writes beside the user’s own files, and refuses to replace a file of an export’s name it did not write', async () => {
    const dir = tempCorpus({ ...corpus, 'exports/my-notes.txt': 'keep me', 'figures/term-network.gexf': 'my own network' });
    expect((await cli(['analyze', '--no-png'], dir)).code).toBe(0);
    expect((await cli(['export', '--format', 'gexf'], dir)).code).toBe(0);
    expect(readdirSync(path.join(dir, 'exports')).sort()).toEqual(['manifest.json', 'my-notes.txt', 'term-network.gexf']);
    expect(readFileSync(path.join(dir, 'exports/my-notes.txt'), 'utf8')).toBe('keep me');
    const refused = await cli(['export', '--format', 'gexf', '--out', 'figures'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Refusing to replace files citydefs did not write (`term-network.gexf`)');
    expect(readFileSync(path.join(dir, 'figures/term-network.gexf'), 'utf8')).toBe('my own network');
    expect((await cli(['export', '--format', 'gexf', '--out', 'figures', '--force'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'figures/term-network.gexf'), 'utf8')).toContain('<gexf');
  });

  it('puts the previous outputs back when a run was killed between its two renames', async () => {
    const dir = tempCorpus(corpus);
    expect((await cli(['analyze', '--no-png', '--out', 'out'], dir)).code).toBe(0);
    const before = readFileSync(path.join(dir, 'out/terms.csv'), 'utf8');
    // What a kill between "move the old folder aside" and "move the new one in" leaves: no pid runs as 2^22+1.
    const { renameSync } = await import('node:fs');
    renameSync(path.join(dir, 'out'), path.join(dir, `.out.old-${2 ** 22 + 1}-abcd0123`));
    mkdirSync(path.join(dir, `.out.tmp-${2 ** 22 + 1}-abcd0124`));
    expect((await cli(['validate'], dir)).code).toBe(0);
    expect((await cli(['analyze', '--no-png', '--out', 'out'], dir)).code).toBe(0);
    expect(readFileSync(path.join(dir, 'out/terms.csv'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.out.'))).toEqual([]);
  });
});

describe('a refused --out is refused before the corpus is read', () => {
  // The analysis of this corpus stops at once with its own message (exit 2 too): a refusal naming
  // the out folder instead was made before the corpus was read, not after the analysis.
  const unreadable = { ...corpus, 'corpus/config.json': '{ not json', 'other/package.json': '{}', 'sub/terms.csv/x': 'a folder of an output’s name' };
  const commands = [['analyze'], ['export', '--format', 'gexf'], ['agree', 'coded.csv']];
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['.', 'Refusing to write the outputs over the corpus folder or a folder containing it'],
    ['corpus', 'Refusing to write the outputs over the corpus folder or a folder containing it'],
    ['corpus/out', 'Refusing to write the outputs inside the corpus folder'],
    ['/', 'Refusing to write the outputs over the root folder'],
    ['other', 'Refusing to write the outputs over a project folder'],
    ['notes/ideas.txt', 'Expected a folder for the outputs, not a file'],
  ])('--out %s: %s, by analyze, export and agree, even with --force', async (out, message) => {
    const dir = tempCorpus(unreadable);
    for (const command of commands) {
      for (const force of [[], ['--force']]) {
        const run = await cli([...command, '--out', out, ...force], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(message);
        expect(run.stderr).not.toContain('config.json');
      }
    }
    expect(readFileSync(path.join(dir, 'notes/ideas.txt'), 'utf8')).toBe('my notes');
  });

  it('refuses the home folder', async () => {
    const dir = tempCorpus(unreadable);
    const home = tempCorpus({ 'mine.txt': 'keep me' });
    vi.stubEnv('HOME', home);
    for (const command of commands) {
      const run = await cli([...command, '--out', home, '--force'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Refusing to write the outputs over the home folder');
    }
    expect(readdirSync(home)).toEqual(['mine.txt']);
  });

  it('refuses a folder holding files citydefs did not write, unless --force; a sub-folder of an output’s name is not one', async () => {
    const dir = tempCorpus(unreadable);
    for (const command of [commands[0]!, commands[2]!]) {
      for (const out of ['notes', 'sub']) {
        const run = await cli([...command, '--out', out], dir);
        expect(run.code).toBe(2);
        expect(run.stderr).toContain(`Refusing to replace a folder holding files citydefs did not write (\`${out === 'notes' ? 'ideas.txt' : 'terms.csv'}\`)`);
        expect(run.stderr).not.toContain('config.json');
        // Forced, the refusal goes, and the analysis (or the coding file) is reached.
        const forced = await cli([...command, '--out', out, '--force'], dir);
        expect(forced.code).toBe(2);
        expect(forced.stderr).not.toContain('Refusing');
      }
    }
    const exported = await cli(['export', '--format', 'gexf', '--out', 'sub'], dir);
    expect(exported.stderr).not.toContain('Refusing');
    const gexf = tempCorpus({ ...unreadable, 'sub/term-network.gexf/x': 'a folder of an export’s name' });
    const refused = await cli(['export', '--format', 'gexf', '--out', 'sub'], gexf);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Refusing to replace files citydefs did not write (`term-network.gexf`)');
    expect(readFileSync(path.join(dir, 'notes/ideas.txt'), 'utf8')).toBe('my notes');
  });

  it('leaves a file of an output’s name to the check at writing, which alone can compare it', async () => {
    const files = { 'output/README.md': 'my own readme', 'exports/term-network.gexf': 'my own network' };
    const dir = tempCorpus({ ...unreadable, ...files });
    for (const command of [['analyze'], ['export', '--format', 'gexf']]) {
      const run = await cli(command, dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('config.json');
      expect(run.stderr).not.toContain('Refusing');
    }
    const readable = tempCorpus({ ...corpus, ...files });
    const analysed = await cli(['analyze', '--no-png'], readable);
    expect(analysed.code).toBe(2);
    expect(analysed.stderr).toContain('Refusing to replace a folder holding files citydefs did not write (`README.md`)');
    const exported = await cli(['export', '--format', 'gexf'], readable);
    expect(exported.code).toBe(2);
    expect(exported.stderr).toContain('Refusing to replace files citydefs did not write (`term-network.gexf`)');
    expect(readFolder(path.join(readable, 'output'))).toEqual({ 'README.md': 'my own readme' });
    expect(readFolder(path.join(readable, 'exports'))).toEqual({ 'term-network.gexf': 'my own network' });
  });
});
