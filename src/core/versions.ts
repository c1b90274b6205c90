import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gitCommit } from './git.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The package root: `src/core/` and `dist/core/` are both two levels below it. */
export const packageRoot = path.resolve(here, '..', '..');

/** The tool's own version, as `citydefs --version` prints it. */
export function toolVersion(): string {
  return readVersion(path.join(packageRoot, 'package.json'));
}

/**
 * A dependency's version, read from its `package.json` where Node finds the package from `from` (a
 * file of citydefs): the project's own `node_modules` in a checkout, the installing project's when
 * citydefs is installed (npm puts its dependencies beside it). Looked up by folder, as some packages
 * (graphology) do not export the file.
 */
export function dependencyVersion(name: string, from: string = import.meta.url): string {
  for (const folder of createRequire(from).resolve.paths(name) ?? []) {
    const file = path.join(folder, name, 'package.json');
    if (existsSync(file)) return readVersion(file);
  }
  return 'unknown';
}

function readVersion(packageJson: string): string {
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * Versions that decide the results: the tool's own (and its git commit when run from a checkout),
 * its NLP packages' and the network layout's.
 */
export function versions(): Record<string, string> {
  const commit = gitCommit(packageRoot);
  return {
    citydefs: toolVersion(),
    ...(commit ? { 'citydefs-commit': commit } : {}),
    'wink-nlp': dependencyVersion('wink-nlp'),
    'wink-eng-lite-web-model': dependencyVersion('wink-eng-lite-web-model'),
    natural: dependencyVersion('natural'),
    graphology: dependencyVersion('graphology'),
    'graphology-layout-forceatlas2': dependencyVersion('graphology-layout-forceatlas2'),
    node: process.versions.node,
  };
}
