import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, HEADER, readFolder } from '../helpers.js';

// Faults: kill -9 during `analyze`, a full disk (a small tmpfs), a read-only corpus (a tmpfs
// remounted read-only). Mounting needs root; without it those tests are skipped with a message.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(root, 'dist', 'bin.js');

/** A corpus of `n` definitions, so a run has something to write. */
function corpusText(n: number, extra = ''): string {
  const rows = Array.from({ length: n }, (_, i) => {
    const sector = ['academic', 'private', 'government', 'ngo'][i % 4];
    return `d${i},${sector},,smart city,definition,Author ${i},${2000 + (i % 20)},,,"A smart city ${i} uses ICT, data and sensors to improve the quality of life of citizens and make services ${['efficient', 'sustainable', 'open', 'inclusive'][i % 4]}."`;
  });
  return `${HEADER}\n${rows.join('\n')}\n${extra}`;
}

/** The outputs minus the manifest's clock, for comparing two runs. */
function outputsOf(dir: string): Record<string, string> {
  const files = readFolder(dir);
  if (files['manifest.json']) files['manifest.json'] = files['manifest.json'].replace(/"created": "[^"]*"/, '"created": "…"');
  return files;
}

function spawnKilled(
  args: string[],
  cwd: string,
  kill: { watchDir: string; prefix: string; afterMs: number } | { afterMs: number },
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<{ signal: NodeJS.Signals | null; sawTemp: boolean; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, stdio: 'ignore' });
    let sawTemp = false;
    let sentAt = 0;
    const send = () => {
      sentAt = Date.now();
      child.kill(signal);
    };
    const watcher =
      'watchDir' in kill
        ? watch(kill.watchDir, (_, name) => {
            if (!sawTemp && name?.startsWith(kill.prefix)) {
              sawTemp = true;
              setTimeout(send, kill.afterMs);
            }
          })
        : undefined;
    if (!('watchDir' in kill)) setTimeout(send, kill.afterMs);
    child.on('error', reject);
    child.on('close', (_, signal) => {
      watcher?.close();
      resolve({ signal, sawTemp, ms: sentAt ? Date.now() - sentAt : 0 });
    });
  });
}

describe('kill -9, Ctrl-C or SIGTERM during analyze', () => {
  // kill -9 leaves a hidden temporary folder beside the outputs (or the previous outputs aside),
  // which the next run removes or puts back. SIGINT and SIGTERM do that themselves before ending
  // by the signal: nothing hidden is left.
  it.each(['SIGKILL', 'SIGINT', 'SIGTERM'] as const)(
    '%s leaves the previous outputs whole (or the new ones), at every moment; the next run cleans up',
    async (sent) => {
      const base = mkdtempSync(path.join(tmpdir(), 'citydefs-kill-analyze-'));
      // Reference outputs: A from the old corpus, B from the new one.
      const reference = (name: string, text: string) => {
        const dir = path.join(base, name);
        mkdirSync(path.join(dir, 'corpus'), { recursive: true });
        writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), text);
        return dir;
      };
      const oldText = corpusText(120);
      const newText = corpusText(120, 'extra,ngo,,smart city,definition,Extra,2024,,,"A smart city shares power, budgets and data with its residents."\n');
      const a = reference('a', oldText);
      const b = reference('b', newText);
      expect((await cli(['analyze', '--quiet'], a)).code).toBe(0);
      expect((await cli(['analyze', '--quiet'], b)).code).toBe(0);
      const outputsA = outputsOf(path.join(a, 'output'));
      const outputsB = outputsOf(path.join(b, 'output'));
      expect(outputsA).not.toEqual(outputsB);

      const kinds: string[] = [];
      const aims = [...[0, 5, 20, 60, 150].map((afterMs) => ({ temp: true, afterMs })), ...[300, 1200, 2500].map((afterMs) => ({ temp: false, afterMs }))];
      for (const [i, aim] of aims.entries()) {
        const dir = path.join(base, `run-${i}`);
        cpSync(a, dir, { recursive: true });
        writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), newText);
        const exit = await spawnKilled(
          ['analyze', '--quiet'],
          dir,
          aim.temp ? { watchDir: dir, prefix: '.output.tmp-', afterMs: aim.afterMs } : { afterMs: aim.afterMs },
          sent,
        );
        const names = readdirSync(dir);
        const output = path.join(dir, 'output');
        const aside = names.filter((n) => n.startsWith('.output.old-'));
        const temp = names.filter((n) => n.startsWith('.output.tmp-'));
        if (sent !== 'SIGKILL') expect(names.filter((n) => n.startsWith('.output.'))).toEqual([]);
        let kind: string;
        // Ended promptly by the signal, or had finished before it came.
        if (exit.signal === sent) expect(exit.ms).toBeLessThan(5_000);
        if (exit.signal !== sent) {
          kind = 'finished';
          expect(outputsOf(output)).toEqual(outputsB);
        } else if (!existsSync(output)) {
          // Killed between the two renames: the previous outputs are whole, aside.
          kind = 'between renames';
          expect(aside).toHaveLength(1);
          expect(outputsOf(path.join(dir, aside[0]!))).toEqual(outputsA);
        } else {
          const now = outputsOf(output);
          const isA = JSON.stringify(now) === JSON.stringify(outputsA);
          const midWrite = temp.length > 0 || (sent !== 'SIGKILL' && exit.sawTemp && isA);
          kind = midWrite ? 'mid-write' : isA ? 'before writing' : 'after the swap';
          expect([outputsA, outputsB]).toContainEqual(now);
          if (temp.length) expect(now).toEqual(outputsA);
        }
        kinds.push(`${aim.temp ? 'temp+' : ''}${aim.afterMs}ms: ${kind}`);
        // The next run puts back or removes whatever the kill left, and writes the new outputs.
        expect((await cli(['analyze', '--quiet'], dir)).code).toBe(0);
        expect(outputsOf(output)).toEqual(outputsB);
        expect(readdirSync(dir).filter((n) => n.startsWith('.output.'))).toEqual([]);
      }
      // At least one kill landed while the new outputs were being written.
      expect(kinds.filter((k) => k.endsWith('mid-write')).length, kinds.join('; ')).toBeGreaterThan(0);
    },
    300_000,
  );
});

/** Root can mount a tmpfs here; elsewhere the disk tests are skipped, saying why. */
function canMount(): boolean {
  const probe = mkdtempSync(path.join(tmpdir(), 'citydefs-mount-probe-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', probe], { stdio: 'ignore' });
    execFileSync('umount', [probe], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    rmSync(probe, { recursive: true, force: true });
  }
}

const mountable = canMount();
if (!mountable) console.warn('Skipping the full-disk and read-only tests: mounting a tmpfs needs root (mount -t tmpfs).');

describe.skipIf(!mountable)('a full disk and a read-only corpus', () => {
  const mounts: string[] = [];
  const mountTmpfs = (size: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-disk-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
    mounts.push(dir);
    return dir;
  };
  /** Fills the file system at `dir` until `leave` bytes or fewer are free. */
  const fill = (dir: string, leave: number) => {
    const free = () => {
      const out = execFileSync('df', ['-B1', '--output=avail', dir], { encoding: 'utf8' });
      return Number(out.trim().split('\n').at(-1));
    };
    let n = 0;
    for (let avail = free(); avail > leave; avail = free()) {
      try {
        writeFileSync(path.join(dir, `.filler-${n++}`), Buffer.alloc(Math.max(4096, avail - leave)));
      } catch {
        break;
      }
    }
  };

  afterAll(() => {
    for (const dir of mounts) execFileSync('umount', ['-l', dir]);
  });

  it('add on a full disk: exit 2 saying so, the corpus whole, no temporary file or lock left', async () => {
    const dir = mountTmpfs('2m');
    mkdirSync(path.join(dir, 'corpus'));
    const text = corpusText(400);
    writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), text);
    fill(dir, 16 * 1024);
    const run = await cli(
      ['add', '--text', 'A smart city is a city that leaves room on its disks.', '--sector', 'ngo', '--author', 'Disk', '--year', '2024'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('citydefs: Cannot write `corpus/definitions.csv`: the disk is full; the previous files are left as they were\n');
    expect(run.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toBe(text);
    expect(readdirSync(path.join(dir, 'corpus'))).toEqual(['definitions.csv']);
  });

  it('add on a disk too full for the lock: exit 2, no empty lock left behind to block the next add', async () => {
    const dir = mountTmpfs('1m');
    mkdirSync(path.join(dir, 'corpus'));
    const text = corpusText(20);
    writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), text);
    fill(dir, 0);
    const run = await cli(['add', '--text', 'A smart city is a city with no room left.', '--sector', 'ngo', '--author', 'Full', '--year', '2024'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('citydefs: Cannot write `corpus/.citydefs.lock`: the disk is full; the previous files are left as they were\n');
    expect(readdirSync(path.join(dir, 'corpus'))).toEqual(['definitions.csv']);
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toBe(text);
  });

  it('analyze --out on a full disk: exit 2, the previous outputs whole, no temporary folder left', async () => {
    const dir = mountTmpfs('8m');
    mkdirSync(path.join(dir, 'corpus'));
    writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), corpusText(60));
    expect((await cli(['analyze', '--quiet', '--out', 'results'], dir)).code).toBe(0);
    const before = readFolder(path.join(dir, 'results'));
    writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), corpusText(200));
    fill(dir, 64 * 1024);
    const run = await cli(['analyze', '--quiet', '--out', 'results'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('citydefs: Cannot write `results`: the disk is full; the previous files are left as they were\n');
    expect(readFolder(path.join(dir, 'results'))).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.startsWith('.results.'))).toEqual([]);
  });

  it('export on a full disk: exit 2, the previous exports whole', async () => {
    const dir = mountTmpfs('8m');
    mkdirSync(path.join(dir, 'corpus'));
    writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), corpusText(60));
    expect((await cli(['export', '--quiet'], dir)).code).toBe(0);
    const before = readdirSync(path.join(dir, 'exports')).map((n) => [n, readFileSync(path.join(dir, 'exports', n)).toString('base64')]);
    writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), corpusText(200));
    fill(dir, 8 * 1024);
    const run = await cli(['export', '--quiet'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^citydefs: Cannot write `exports\/[^`]+`: the disk is full; the previous files are left as they were\n$/);
    expect(readdirSync(path.join(dir, 'exports')).map((n) => [n, readFileSync(path.join(dir, 'exports', n)).toString('base64')])).toEqual(before);
  });

  it('add to a read-only corpus: exit 2 saying so, nothing written; analyze still reads it', async () => {
    const dir = mountTmpfs('1m');
    mkdirSync(path.join(dir, 'corpus'));
    const text = corpusText(20);
    writeFileSync(path.join(dir, 'corpus', 'definitions.csv'), text);
    execFileSync('mount', ['-o', 'remount,ro', dir]);
    const run = await cli(
      ['add', '--text', 'A smart city is a city that writes nothing here.', '--sector', 'ngo', '--author', 'Reader', '--year', '2024'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('citydefs: Cannot write `corpus/.citydefs.lock`: the file system is read-only; the previous files are left as they were\n');
    expect(readFileSync(path.join(dir, 'corpus', 'definitions.csv'), 'utf8')).toBe(text);
    const out = mkdtempSync(path.join(tmpdir(), 'citydefs-ro-out-'));
    const analyze = await cli(['analyze', '--quiet', '--out', path.join(out, 'output')], dir);
    expect(analyze.code).toBe(0);
    // And writing the outputs into the read-only folder is refused the same way.
    const refused = await cli(['analyze', '--quiet'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('citydefs: Cannot write `output`: the file system is read-only; the previous files are left as they were\n');
  });
});
