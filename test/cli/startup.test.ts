import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// `citydefs --help` must answer at once: the modules loaded at start-up (the static imports
// reachable from src/bin.ts) may not include the heavy packages, which commands load when run.
const HEAVY = [/^zod/, /^graphology/, /^exceljs/, /^jszip/, /^pdf-parse/, /^wink-/, /^natural/, /^@citation-js\//, /^@stdlib\//, /^vega/];

/** Static imports and re-exports of a module, `import type` excepted (verbatimModuleSyntax keeps `import { type X }` as a load). */
function staticImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?'([^']+)'/gm)) specifiers.push(m[1]!);
  return specifiers;
}

function startupPackages(): { packages: Set<string>; modules: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (modules.has(file)) return;
    modules.add(file);
    for (const spec of staticImports(file)) {
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit(path.resolve('src/bin.ts'));
  return { packages, modules };
}

describe('start-up', () => {
  it('loads no heavy package before a command runs', () => {
    const { packages, modules } = startupPackages();
    expect(modules.size).toBeGreaterThan(5);
    expect([...packages].filter((p) => HEAVY.some((h) => h.test(p)))).toEqual([]);
    const relative = [...modules].map((m) => path.relative('src', m).split(path.sep).join('/'));
    for (const heavy of ['pipeline.ts', 'outputs/index.ts', 'amend/index.ts', 'validate/index.ts', 'config/load.ts']) expect(relative).not.toContain(heavy);
  });
});
