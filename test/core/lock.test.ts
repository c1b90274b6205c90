import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LockError, withLock } from '../../src/core/lock.js';

const lockIn = () => path.join(mkdtempSync(path.join(tmpdir(), 'citydefs-lock-')), '.citydefs.lock');
const age = (file: string, seconds: number) => {
  const when = new Date(Date.now() - seconds * 1000);
  utimesSync(file, when, when);
};

describe('withLock', () => {
  it('runs the work holding the lock, then removes it', async () => {
    const lock = lockIn();
    expect(await withLock(lock, async () => existsSync(lock))).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('takes over a lock left by a process that is gone', async () => {
    const lock = lockIn();
    // pid 2^22+1 is above Linux's pid_max default: no such process.
    writeFileSync(lock, `4194305 ${(await import('node:os')).hostname()} dead\n`);
    expect(await withLock(lock, async () => 'done', { timeoutMs: 200 })).toBe('done');
  });

  it('takes over an empty or garbled lock once it is older than the grace period', async () => {
    for (const content of ['', '\u0000garbage\n']) {
      const lock = lockIn();
      writeFileSync(lock, content);
      age(lock, 10);
      expect(await withLock(lock, async () => 'done', { timeoutMs: 200 })).toBe('done');
    }
  });

  it('waits for a fresh empty lock (a writer between creating it and writing its name), then gives up', async () => {
    const lock = lockIn();
    writeFileSync(lock, '');
    const error = await withLock(lock, async () => 'never', { timeoutMs: 100, graceMs: 60_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockError);
    expect((error as LockError).holder).toMatch(/^another process \(the lock file names none/);
    expect(existsSync(lock)).toBe(true);
  });
});
