import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The package root: `src/core/` and `dist/core/` are both two levels below it. */
export const packageRoot = path.resolve(here, '..', '..');

function readVersion(packageJson: string): string {
  try {
    return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Versions that decide the results: the tool's own, its NLP packages' and the network layout's. */
export function versions(): Record<string, string> {
  const dep = (name: string) => readVersion(path.join(packageRoot, 'node_modules', name, 'package.json'));
  return {
    citydefs: readVersion(path.join(packageRoot, 'package.json')),
    'wink-nlp': dep('wink-nlp'),
    'wink-eng-lite-web-model': dep('wink-eng-lite-web-model'),
    natural: dep('natural'),
    graphology: dep('graphology'),
    'graphology-layout-forceatlas2': dep('graphology-layout-forceatlas2'),
    node: process.versions.node,
  };
}
