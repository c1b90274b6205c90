import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { CODES } from '../../src/core/codes.js';
import { cli, HEADER } from '../helpers.js';

// The hostile-input catalogue: each case puts one input from test/fixtures/hostile/ (or one made
// in the test) into a corpus beside a good file, runs a command, and checks the diagnostic codes,
// the exit code, that the good file is still read, and that no file of the user's changed.

export const HOSTILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hostile');

/** An input of the catalogue, by file name. */
export const fixture = (name: string): Buffer => readFileSync(path.join(HOSTILE, name));

/** Three valid definitions every case's corpus holds besides the hostile input: the run must still read them. */
export const GOOD = `${HEADER}
g1,academic,,smart city,definition,Ann,2010,Paper A,,A smart city is a city that uses ICT to improve the quality of life of its citizens.
g2,government,,smart city,definition,City,2012,Plan B,,A smart city uses data and sensors to make public services efficient and sustainable.
g3,ngo,,smart city,definition,Group,2014,Note C,,A smart city is a city where citizens take part in governance through digital tools.
`;

export interface CaseSetup {
  /** Files of the project folder (`corpus/…` for the corpus), path → content. */
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  /** Symbolic links to make: path in the project → target. */
  readonly links?: Readonly<Record<string, string>>;
  /** Files to date back (seconds), path → age. */
  readonly ages?: Readonly<Record<string, number>>;
  /** Leave out `corpus/good.csv`. */
  readonly withoutGood?: boolean;
}

export interface CaseRun {
  readonly dir: string;
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The codes on stderr, in order, with their severities. */
  readonly diagnostics: readonly { readonly code: string; readonly severity: string }[];
  /** The error and warning codes (the analysis' info diagnostics are left out). */
  readonly codes: readonly string[];
  /** Wall time of the command, in milliseconds. */
  readonly ms: number;
}

/**
 * Runs `args` (with `--verbose`, so every diagnostic prints) in a fresh project made from `setup`.
 * Asserts that every code printed is in the registry with its severity, and that no file outside
 * `output/` and `exports/` changed, except the ones in `mayChange`.
 */
export async function runCase(setup: CaseSetup, args: readonly string[], options: { mayChange?: readonly string[] } = {}): Promise<CaseRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-hostile-'));
  const files = { ...(setup.withoutGood ? {} : { 'corpus/good.csv': GOOD }), ...setup.files };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  for (const [name, target] of Object.entries(setup.links ?? {})) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    symlinkSync(target, path.join(dir, name));
  }
  for (const [name, seconds] of Object.entries(setup.ages ?? {})) {
    const when = new Date(Date.now() - seconds * 1000);
    utimesSync(path.join(dir, name), when, when);
  }
  const before = snapshot(dir);
  const start = performance.now();
  const run = await cli([...args, '--verbose'], dir);
  const ms = Math.round(performance.now() - start);
  const after = snapshot(dir);
  for (const name of options.mayChange ?? []) {
    delete before[name];
    delete after[name];
  }
  expect(after, 'files of the user changed').toEqual(before);
  const diagnostics = [...run.stderr.matchAll(/ {2}(error|warning|info) {2}.*\[([a-z]+\/[a-z0-9-]+)\]$/gm)].map((m) => ({ severity: m[1]!, code: m[2]! }));
  for (const d of diagnostics) {
    const info = CODES[d.code];
    expect(info, `${d.code} is in src/core/codes.ts`).toBeDefined();
    expect(typeof info!.severity === 'string' ? [info!.severity] : info!.severity, d.code).toContain(d.severity);
  }
  return { dir, ...run, diagnostics, codes: diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code), ms };
}

/** Every file under `dir` but the outputs, path → hash of its bytes (or its link target). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    const rel = path.relative(dir, full).split(path.sep).join('/');
    if (/^(output|exports)(\/|$)/.test(rel)) continue;
    const info = lstatSync(full);
    if (info.isSymbolicLink()) out[rel] = `-> ${readlinkSync(full)}`;
    else if (info.isFile()) out[rel] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

/** `validate`'s summary line: how many records were read and valid. */
export function validCount(run: CaseRun): number {
  const m = /(\d+) valid/.exec(run.stdout);
  return m ? Number(m[1]) : -1;
}
