import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, rename, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';

/** Another live process holds the lock for longer than we are willing to wait (exit 2). */
export class LockError extends Error {
  override name = 'LockError';
  constructor(
    readonly file: string,
    readonly holder: string,
  ) {
    super(`Cannot lock \`${file}\`: held by ${holder}`);
  }
}

export interface LockOptions {
  /** How long to wait for a live holder, in milliseconds. */
  readonly timeoutMs?: number;
  readonly pollMs?: number;
}

/**
 * Runs `work` while holding `lockFile` (created exclusively, holding `pid host`). A lock left by a
 * process that no longer runs on this host is stale: it is moved aside and the wait goes on.
 */
export async function withLock<T>(lockFile: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const token = `${process.pid} ${hostname()} ${randomBytes(4).toString('hex')}\n`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(token);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readFile(lockFile, 'utf8').catch(() => '');
    if (holder && isStale(holder)) {
      await breakStaleLock(lockFile, holder);
      continue;
    }
    if (Date.now() > deadline) throw new LockError(lockFile, describeHolder(holder));
    await sleep(options.pollMs ?? 25);
  }
  try {
    return await work();
  } finally {
    await rm(lockFile, { force: true });
  }
}

function isStale(holder: string): boolean {
  const [pid, host] = holder.trim().split(' ');
  if (host !== hostname() || !/^\d+$/.test(pid ?? '')) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves the lock aside rather than deleting it: if another process replaced the stale lock with
 * its own in the meantime, what we moved is not the stale one, and it is put back.
 */
async function breakStaleLock(lockFile: string, stale: string): Promise<void> {
  const aside = `${lockFile}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await rename(lockFile, aside);
  } catch {
    return; // already gone: someone else broke it
  }
  const moved = await readFile(aside, 'utf8').catch(() => stale);
  if (moved !== stale) await link(aside, lockFile).catch(() => undefined);
  await rm(aside, { force: true });
}

function describeHolder(holder: string): string {
  const [pid, host] = holder.trim().split(' ');
  return pid ? `process ${pid} on ${host ?? 'an unknown host'}` : 'another process';
}
