import { readFileSync } from 'node:fs';
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
  const dep = (name: string) => readVersion(path.join(packageRoot, 'node_modules', name, 'package.json'));
  const commit = gitCommit(packageRoot);
  return {
    citydefs: toolVersion(),
    ...(commit ? { 'citydefs-commit': commit } : {}),
    'wink-nlp': dep('wink-nlp'),
    'wink-eng-lite-web-model': dep('wink-eng-lite-web-model'),
    natural: dep('natural'),
    graphology: dep('graphology'),
    'graphology-layout-forceatlas2': dep('graphology-layout-forceatlas2'),
    node: process.versions.node,
  };
}
