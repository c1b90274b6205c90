import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, HEADER, tempCorpus } from '../helpers.js';

// These tests run the built CLI (dist/, built by test/build-dist.ts) in child processes and kill them.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist', 'bin.js');

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface RunOptions {
  readonly env?: Record<string, string>;
  /** SIGKILL the process `afterMs` after a file whose name starts with `prefix` appears in `dir`. */
  readonly killWhenCreated?: { readonly dir: string; readonly prefix: string; readonly afterMs: number };
  /** SIGKILL the process `afterMs` after it reports (CITYDEFS_TRACE_WRITES) the write step `step`. */
  readonly killAtStep?: { readonly step: string; readonly afterMs: number };
}

function run(args: string[], cwd: string, options: RunOptions = {}): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, ...options.env, ...(options.killAtStep ? { CITYDEFS_TRACE_WRITES: '1' } : {}) };
    const child = spawn(process.execPath, [bin, ...args], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => {
      stderr += d;
      const at = options.killAtStep;
      if (at && stderr.includes(`write-step ${at.step}\n`)) setTimeout(() => child.kill('SIGKILL'), at.afterMs);
    });
    const kill = options.killWhenCreated;
    const watcher = kill
      ? watch(kill.dir, (_, name) => {
          if (name?.startsWith(kill.prefix)) setTimeout(() => child.kill('SIGKILL'), kill.afterMs);
        })
      : undefined;
    child.on('error', reject);
    child.on('close', (code, signal) => {
      watcher?.close();
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The last write step the child reported before it died (CITYDEFS_TRACE_WRITES), or 'none'. */
const lastStep = (exit: Exit) => [...exit.stderr.matchAll(/^write-step (\S+)$/gm)].at(-1)?.[1] ?? 'none';

/** The hidden temporary files an atomic write left beside the corpus file. */
const temps = (dir: string) => readdirSync(path.join(dir, 'corpus')).filter((n) => n.startsWith('.definitions.csv.tmp-'));

/** A corpus big enough (about 1 MB) that writing it takes a moment. */
function bigCorpus(rows: number): string {
  const lines = [HEADER];
  for (let i = 1; i <= rows; i++) {
    lines.push(
      `r-${i},academic,,smart city,definition,Author ${i},2010,Title ${i},,"Definition number ${i} of a city: ${'w' + i} ${'x' + i * 7} ${'y' + i * 13} ${'z' + i * 31} and more words ${i % 97} ${i % 89}."`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

const NEW = `${HEADER}\nnew-1,ngo,,smart city,definition,N,2020,,,A smart city is a city that shares power with its residents.\nnew-2,ngo,,smart city,definition,M,2021,,,Smart cities are places where public data serves public goals.\n`;

/** The rows of NEW as add appends them to a CRLF file. */
const NEW_ROWS = NEW.split('\n')
  .slice(1, -1)
  .map((row) => `${row}\r\n`)
  .join('');

describe('kill safety of add', () => {
  it('leaves the corpus old or new, never partial, when killed at each step of the write', async () => {
    const old = bigCorpus(200);
    const steps = ['temp-opened', 'temp-written', 'temp-synced', 'renamed'];
    const dirs = steps.map(() => tempCorpus({ 'corpus/definitions.csv': old, 'new.csv': NEW }));
    const exits = await Promise.all(steps.map((step, i) => run(['add', '--from', 'new.csv'], dirs[i]!, { env: { CITYDEFS_CRASH_AT: step } })));
    const expectedNew = old + NEW_ROWS;
    steps.forEach((step, i) => {
      expect(exits[i]!.signal, step).toBe('SIGKILL');
      const text = readFileSync(path.join(dirs[i]!, 'corpus', 'definitions.csv'), 'utf8');
      expect(text, step).toBe(step === 'renamed' ? expectedNew : old);
      // Proof the kill landed where it was aimed: the temporary file is there, empty just after
      // it was opened and whole once written; after the rename there is none.
      const left = temps(dirs[i]!);
      if (step === 'renamed') expect(left, step).toEqual([]);
      else {
        expect(left, step).toHaveLength(1);
        const size = statSync(path.join(dirs[i]!, 'corpus', left[0]!)).size;
        expect(size, step).toBe(step === 'temp-opened' ? 0 : Buffer.byteLength(expectedNew));
      }
      // The dead process' lock is still there; leftovers are hidden files, which ingest skips.
      expect(readdirSync(path.join(dirs[i]!, 'corpus')).filter((n) => !n.startsWith('.'))).toEqual(['definitions.csv']);
      expect(existsSync(path.join(dirs[i]!, 'corpus', '.citydefs.lock'))).toBe(true);
    });
    // The next add finds the lock stale (its process is dead) and completes.
    const again = await run(['add', '--from', 'new.csv'], dirs[0]!);
    expect(again).toMatchObject({ code: 0, stdout: 'Added 2 records to corpus/definitions.csv: new-1, new-2\n' });
    expect(readFileSync(path.join(dirs[0]!, 'corpus', 'definitions.csv'), 'utf8')).toBe(expectedNew);
    expect((await cli(['validate'], dirs[0]!)).code).toBe(0);
  });

  it('leaves the corpus old or new when killed at varying moments around the write, and the kills land mid-write', async () => {
    const old = bigCorpus(800);
    const expectedNew = old + NEW_ROWS;
    // The kill is aimed at the write: some milliseconds after the child reports the temporary file
    // open, or after a watcher sees it appear. Each child reports every step it reaches.
    const aims: RunOptions[] = [0, 1, 3, 8].map((afterMs) => ({ killAtStep: { step: 'temp-opened', afterMs } }));
    const outcomes: { step: string; text: 'old' | 'new'; killed: boolean }[] = [];
    for (let round = 0; round < 5 && !outcomes.some((o) => o.killed && o.step !== 'renamed' && o.step !== 'none'); round++) {
      const dirs = aims.map(() => tempCorpus({ 'corpus/definitions.csv': old, 'new.csv': NEW }));
      const watched = dirs.map((dir, i) => ({
        ...aims[i]!,
        killWhenCreated: { dir: path.join(dir, 'corpus'), prefix: '.definitions.csv.tmp-', afterMs: 4 * i },
        env: { CITYDEFS_TRACE_WRITES: '1' },
      }));
      const exits = await Promise.all(dirs.map((dir, i) => run(['add', '--from', 'new.csv'], dir, i % 2 ? watched[i]! : aims[i]!)));
      dirs.forEach((dir, i) => {
        const text = readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8');
        const step = lastStep(exits[i]!);
        expect([old, expectedNew], `killed after ${step}`).toContain(text);
        // Before the rename the corpus is certainly old; once the child reported it, new.
        if (step === 'temp-opened' || step === 'temp-written') expect(text === old, step).toBe(true);
        if (step === 'renamed') expect(text === expectedNew, step).toBe(true);
        outcomes.push({ step, text: text === old ? 'old' : 'new', killed: exits[i]!.signal === 'SIGKILL' });
      });
    }
    // At least one kill landed between opening the temporary file and renaming it.
    expect(
      outcomes.filter((o) => o.killed && ['temp-opened', 'temp-written', 'temp-synced'].includes(o.step)).length,
      JSON.stringify(outcomes),
    ).toBeGreaterThan(0);
  }, 120_000);

  it('serializes two adds at once: both land', async () => {
    const dir = tempCorpus({
      'corpus/definitions.csv': bigCorpus(200),
      'a.csv': `${HEADER}\na-1,ngo,,smart city,definition,A,2020,,,A smart city is a city that plants trees on every street.\n`,
      'b.csv': `${HEADER}\nb-1,ngo,,smart city,definition,B,2021,,,Smart cities are places where buses come on time and are free.\n`,
    });
    const [a, b] = await Promise.all([run(['add', '--from', 'a.csv'], dir), run(['add', '--from', 'b.csv'], dir)]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const text = readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8');
    expect(text).toContain('\r\na-1,ngo,');
    expect(text).toContain('\r\nb-1,ngo,');
    const validate = await cli(['validate'], dir);
    expect(validate.stdout).toBe('202 records: 202 valid, 202 would be analysed, 0 excluded.\n');
  });

  it('gives up with exit 2 while a live process holds the lock', async () => {
    const dir = tempCorpus({ 'corpus/definitions.csv': bigCorpus(3), 'a.csv': `${HEADER}\na-1,ngo,,,,A,2020,,,Some text.\n` });
    // This test process is alive: its pid makes the lock live.
    writeFileSync(path.join(dir, 'corpus', '.citydefs.lock'), `${process.pid} ${hostname()} test\n`);
    const exit = await cli(['add', '--from', 'a.csv', '--wait', '0.2'], dir);
    expect(exit.code).toBe(2);
    expect(exit.stderr).toBe(`citydefs: Cannot lock \`corpus/.citydefs.lock\`: held by process ${process.pid} on ${hostname()}; nothing written\n`);
  });
});
