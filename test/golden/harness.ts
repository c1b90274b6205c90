import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPORT_CSS, REPORT_SCRIPT } from '../../src/outputs/report/assets.js';

/**
 * The golden harness's pure parts: how a run's files become the text kept in `expected/`, and how
 * that text is compared. A golden fails on a missing, a stale or a changed file; it is rewritten
 * only on request (UPDATE_GOLDENS=1).
 */

/** Where the report's stylesheet and script stand in a golden `report.html`: tested once, in test/outputs/report/assets.test.ts. */
export const CSS_PLACEHOLDER = '/* REPORT_CSS: see src/outputs/report/assets.ts */';
export const SCRIPT_PLACEHOLDER = '/* REPORT_SCRIPT: see src/outputs/report/assets.ts */';
const SCRIPT_HASH = createHash('sha256').update(REPORT_SCRIPT).digest('base64');

/**
 * `report.html` with the shared assets (and the script's hash in the CSP) replaced by
 * placeholders: a golden holds what this corpus changes, not the page's stylesheet. Anything else in
 * a `<style>` or `<script>` (an asset that is not the shared one) stays, and shows in the diff.
 */
export function withoutAssets(page: string): string {
  return page
    .replace(`<style>${REPORT_CSS}</style>`, `<style>${CSS_PLACEHOLDER}</style>`)
    .replace(`<script>${REPORT_SCRIPT}</script>`, `<script>${SCRIPT_PLACEHOLDER}</script>`)
    .replace(`sha256-${SCRIPT_HASH}`, 'sha256-(REPORT_SCRIPT)');
}

/** The manifest minus what depends on the machine (Node's version, the install, the checkout). */
export function stableManifest(text: string): string {
  const manifest = JSON.parse(text) as { versions: Record<string, string> };
  manifest.versions = Object.fromEntries(
    Object.keys(manifest.versions)
      .filter((k) => k !== 'citydefs-commit')
      .map((k) => [k, '…']),
  );
  return JSON.stringify(manifest, null, 2) + '\n';
}

/**
 * A PNG as the golden keeps it: its size and resolution. Its bytes depend on the rasteriser's
 * build; that the same run gives the same bytes is tested in test/outputs/figures.
 */
export function pngSummary(bytes: Uint8Array): string {
  const png = Buffer.from(bytes);
  if (png.subarray(1, 4).toString('latin1') !== 'PNG') return 'not a PNG\n';
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const phys = png.indexOf('pHYs', 0, 'latin1');
  const dpi = phys > 0 ? Math.round(png.readUInt32BE(phys + 4) * 0.0254) : undefined;
  return `PNG ${width} × ${height} px${dpi ? `, ${dpi} dpi` : ''}\n`;
}

/** The name a run's file has in `expected/`: a PNG's summary is text, so `x.png.txt`. */
export const goldenName = (name: string): string => (name.endsWith('.png') ? `${name}.txt` : name);

/** A run's file as its golden text. */
export function goldenText(name: string, bytes: Uint8Array): string {
  if (name.endsWith('.png')) return pngSummary(bytes);
  const text = Buffer.from(bytes).toString('utf8');
  if (name === 'manifest.json') return stableManifest(text);
  if (name === 'report.html') return withoutAssets(text);
  return text;
}

/** Every file under `dir`, by posix path relative to it; none when `dir` is missing. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (at: string) => {
    for (const entry of readdirSync(path.join(dir, at), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = at ? `${at}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  if (exists(dir)) walk('');
  return files;
}

function exists(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

export type Problem =
  | { readonly kind: 'missing'; readonly file: string }
  | { readonly kind: 'stale'; readonly file: string }
  | { readonly kind: 'changed'; readonly file: string; readonly actual: string; readonly expected: string };

/** What differs between a run's golden texts and the expected ones, file by file, in name order. */
export function compareGoldens(actual: ReadonlyMap<string, string>, expected: ReadonlyMap<string, string>): Problem[] {
  const names = [...new Set([...actual.keys(), ...expected.keys()])].sort();
  return names.flatMap((file): Problem[] => {
    const a = actual.get(file);
    const e = expected.get(file);
    if (e === undefined) return [{ kind: 'missing', file }];
    if (a === undefined) return [{ kind: 'stale', file }];
    return a === e ? [] : [{ kind: 'changed', file, actual: a, expected: e }];
  });
}

/** Rewrites `dir` to hold exactly `files`: writes each, removes every other file. */
export function writeGoldens(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [name] of readTree(dir)) if (!files.has(name)) rmSync(path.join(dir, name));
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  removeEmptyFolders(dir);
}

function removeEmptyFolders(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const sub = path.join(dir, entry.name);
    removeEmptyFolders(sub);
    if (!readdirSync(sub).length) rmSync(sub, { recursive: true });
  }
}

/** The first line where two texts differ, both versions from a little before the first changed character. */
export function firstDifference(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  let at = 0;
  while (at < Math.max(a.length, e.length) && a[at] === e[at]) at++;
  const [got, want] = [a[at] ?? '', e[at] ?? ''];
  let char = 0;
  while (char < got.length && got[char] === want[char]) char++;
  const from = Math.max(0, char - 60);
  const show = (text: string) => JSON.stringify(text.slice(from, from + 160));
  return `line ${at + 1}: expected ${at < e.length ? show(want) : '(no line)'}, got ${at < a.length ? show(got) : '(no line)'}`;
}

/** One line per problem, saying how to accept the change if it is intended. */
export function describeProblems(fixture: string, problems: readonly Problem[]): string {
  const lines = problems.map((p) =>
    p.kind === 'missing'
      ? `${p.file}: written by the run, but no expected file`
      : p.kind === 'stale'
        ? `${p.file}: expected, but the run no longer writes it`
        : `${p.file}: differs from the expected file, ${firstDifference(p.actual, p.expected)}`,
  );
  return `Golden ${fixture}:\n  ${lines.join('\n  ')}\nIf the change is intended: UPDATE_GOLDENS=1 npx vitest run test/golden.test.ts (or npm run test:update), then review git diff.`;
}
