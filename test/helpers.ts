import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/commands/index.js';
import { Diagnostics, formatDiagnostics } from '../src/core/diagnostics.js';
import type { TermUses } from '../src/model/index.js';
import { figureFilesInBackground, type FigureSource } from '../src/outputs/figures/files.js';

/** A fresh folder holding the given files (paths relative to it). */
export function tempCorpus(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in this process, with a pinned clock. */
export async function cli(args: readonly string[], cwd: string, options: { tty?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    now: () => new Date('2026-01-01T00:00:00Z'),
    cwd,
    ...(options.tty ? { stderrIsTTY: true } : {}),
  });
  return { code, stdout, stderr };
}

/** The files of a folder and its sub-folders, posix path → text (a PNG's bytes as base64). */
export function readFolder(dir: string, at = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(path.join(dir, at), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const name = at ? `${at}/${entry.name}` : entry.name;
    if (entry.isDirectory()) Object.assign(out, readFolder(dir, name));
    else out[name] = readFileSync(path.join(dir, name), name.endsWith('.png') ? 'base64' : 'utf8');
  }
  return out;
}

/** Diagnostics as one-line strings, for compact assertions. */
export function lines(diagnostics: Diagnostics): string[] {
  return formatDiagnostics(diagnostics.list()).trim().split('\n').slice(0, -1);
}

export const HEADER = 'id,sector,org_type,term,kind,author,year,title,url,text';

/** Term uses for definitions given as lists of term labels (for stage tests that need no tokenizer). */
export function termUses(documents: readonly (readonly string[])[], terms: readonly { readonly term: string }[]): TermUses {
  const idOf = new Map(terms.map((t, i) => [t.term, i]));
  const ids = documents.map((doc) => doc.map((t) => idOf.get(t)!));
  const total = ids.reduce((n, d) => n + d.length, 0);
  const offsets = new Int32Array(documents.length + 1);
  ids.forEach((d, i) => (offsets[i + 1] = offsets[i]! + d.length));
  const zeros = () => new Int32Array(total);
  return {
    offsets,
    term: Int32Array.from(ids.flat()),
    start: zeros(),
    end: zeros(),
    sentence: new Uint16Array(total),
    info: new Uint8Array(total),
    cue: new Int16Array(total).fill(-1),
    cues: [],
    sentenceOffsets: new Int32Array(documents.length + 1),
    sentenceStart: new Int32Array(0),
    sentenceEnd: new Int32Array(0),
  };
}

/** One figure's PNG as a run draws it, on a PNG thread (`figureFilesInBackground`'s). */
export function pngInBackground(figure: FigureSource): Promise<Uint8Array> {
  return figureFilesInBackground([figure]).get(`figures/${figure.name}.png`) as Promise<Uint8Array>;
}
