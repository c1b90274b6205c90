import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { gitCommit } from '../../src/core/git.js';
import { dependencyVersion, toolVersion, versions } from '../../src/core/versions.js';
import { cli, tempCorpus } from '../helpers.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);

describe('the git commit', () => {
  it('is read from a loose ref, packed-refs, a detached HEAD and a worktree, and is absent elsewhere', () => {
    const loose = tempCorpus({ '.git/HEAD': 'ref: refs/heads/main\n', [`.git/refs/heads/main`]: `${A}\n` });
    expect(gitCommit(loose)).toBe(A);
    const packed = tempCorpus({
      '.git/HEAD': 'ref: refs/heads/feat/x\n',
      '.git/packed-refs': `# pack-refs with: peeled\n${B} refs/heads/feat/x\n${A} refs/heads/main\n`,
    });
    expect(gitCommit(packed)).toBe(B);
    expect(gitCommit(tempCorpus({ '.git/HEAD': `${B}\n` }))).toBe(B);
    // A worktree: `.git` is a file naming its git folder, whose commondir holds the refs.
    const main = tempCorpus({ '.git/worktrees/wt/HEAD': 'ref: refs/heads/wt\n', '.git/worktrees/wt/commondir': '../..\n', '.git/refs/heads/wt': `${A}\n` });
    const worktree = tempCorpus({});
    writeFileSync(path.join(worktree, '.git'), `gitdir: ${path.join(main, '.git/worktrees/wt')}\n`);
    expect(gitCommit(worktree)).toBe(A);
    expect(gitCommit(tempCorpus({}))).toBeUndefined();
    expect(gitCommit(tempCorpus({ '.git/HEAD': 'ref: refs/heads/gone\n' }))).toBeUndefined();
    const odd = tempCorpus({});
    mkdirSync(path.join(odd, '.git'));
    expect(gitCommit(odd)).toBeUndefined();
  });

  it("is in the manifest's versions when run from this checkout", () => {
    expect(versions()['citydefs-commit']).toMatch(/^[0-9a-f]{40}$/);
  });
});

describe("the dependencies' versions", () => {
  it('are read where Node finds the packages: beside citydefs when it is installed, in its own node_modules in a checkout', () => {
    const project = tempCorpus({
      'node_modules/citydefs/package.json': '{"name":"citydefs","version":"0.2.0"}',
      'node_modules/citydefs/dist/core/versions.js': '',
      // Installed: npm puts the dependencies beside citydefs, not inside it.
      'node_modules/graphology/package.json': '{"name":"graphology","version":"9.8.7","exports":{".":"./index.js"}}',
      'node_modules/natural/package.json': '{"name":"natural","version":"1.2.3"}',
      // A copy of its own, when one beside it does not fit: that one is the one Node loads.
      'node_modules/citydefs/node_modules/natural/package.json': '{"name":"natural","version":"8.1.1"}',
    });
    const from = pathToFileURL(path.join(project, 'node_modules/citydefs/dist/core/versions.js')).href;
    expect(dependencyVersion('graphology', from)).toBe('9.8.7');
    expect(dependencyVersion('natural', from)).toBe('8.1.1');
    expect(dependencyVersion('wink-nlp-nowhere', from)).toBe('unknown');
  });

  it('of this checkout are its installed ones', () => {
    const installed = (name: string) => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    for (const name of ['wink-nlp', 'wink-eng-lite-web-model', 'natural', 'graphology', 'graphology-layout-forceatlas2'])
      expect(versions()[name]).toBe(installed(name));
  });
});

describe('the version', () => {
  it('prints with --version and -V', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(toolVersion()).toBe(pkg.version);
    for (const flag of ['--version', '-V']) {
      const run = await cli([flag], tempCorpus({}));
      expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    }
  });
});

describe('CITATION.cff', () => {
  // The keys CFF 1.2.0 allows at the top level, and those it requires.
  const KEYS = [
    'abstract',
    'authors',
    'cff-version',
    'commit',
    'contact',
    'date-released',
    'doi',
    'identifiers',
    'keywords',
    'license',
    'license-url',
    'message',
    'preferred-citation',
    'references',
    'repository',
    'repository-artifact',
    'repository-code',
    'title',
    'type',
    'url',
    'version',
  ];

  it('is valid CFF 1.2.0 and names the package version', () => {
    const cff = YAML.parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title']) expect(typeof cff[key]).toBe('string');
    for (const key of Object.keys(cff)) expect(KEYS).toContain(key);
    expect(['software', 'dataset']).toContain(cff.type);
    const authors = cff.authors as Record<string, string>[];
    expect(authors.length).toBeGreaterThan(0);
    for (const a of authors) expect(Boolean(a.name) || Boolean(a['family-names'])).toBe(true);
    expect(cff.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(cff.license).toBe(JSON.parse(readFileSync('package.json', 'utf8')).license);
  });
});
