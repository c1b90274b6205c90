import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { writeError } from './atomic.js';

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
  /**
   * How old a lock that names no holder (empty, or not `pid host token`) must be before it is
   * stale. A new lock is empty for the moment between its creation and its first write.
   */
  readonly graceMs?: number;
}

/** A lock naming no holder and older than this was left by a crash, not by a writer starting up. */
export const UNREADABLE_LOCK_GRACE_MS = 2_000;

/**
 * Runs `work` while holding `lockFile` (created exclusively, holding `pid host token`). A lock left
 * by a process that no longer runs on this host is stale: it is moved aside and the wait goes on;
 * so is an empty or garbled one older than the grace period. A lock that cannot be made (a
 * read-only or full disk) is a `WriteError`.
 */
export async function withLock<T>(lockFile: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const token = `${process.pid} ${hostname()} ${randomBytes(4).toString('hex')}\n`;
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (await tryCreate(lockFile, token)) break;
    const seen = await stat(lockFile).catch(() => undefined);
    const holder = await readFile(lockFile, 'utf8').catch(() => undefined);
    if (seen === undefined || holder === undefined) continue; // released in the meantime: try again at once
    if (isStale(holder, seen.mtimeMs, options.graceMs ?? UNREADABLE_LOCK_GRACE_MS)) {
      await breakStaleLock(lockFile, holder, seen.ino);
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

/** Creates the lock holding `token`; false when it exists. */
async function tryCreate(lockFile: string, token: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(lockFile, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw writeError(lockFile, error);
  }
  try {
    await handle.writeFile(token);
    await handle.close();
    return true;
  } catch (error) {
    // A lock we could not fill (a full disk) would block the next run for the grace period: remove it.
    await handle.close().catch(() => undefined);
    await rm(lockFile, { force: true }).catch(() => undefined);
    throw writeError(lockFile, error);
  }
}

/** `pid host token`, or undefined when the lock's text is not that. */
function parseHolder(holder: string): { pid: number; host: string } | undefined {
  const m = /^(\d+) (\S+) \S+\n?$/.exec(holder);
  return m ? { pid: Number(m[1]), host: m[2]! } : undefined;
}

function isStale(holder: string, mtimeMs: number, graceMs: number): boolean {
  const parsed = parseHolder(holder);
  if (!parsed) return Date.now() - mtimeMs > graceMs;
  if (parsed.host !== hostname()) return false;
  try {
    process.kill(parsed.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Moves the lock aside rather than deleting it: if another process replaced the stale lock with
 * its own in the meantime (another file, or other contents), what we moved is not the stale one,
 * and it is put back.
 */
async function breakStaleLock(lockFile: string, stale: string, staleIno: number): Promise<void> {
  const aside = `${lockFile}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await rename(lockFile, aside);
  } catch {
    return; // already gone: someone else broke it
  }
  const moved = await readFile(aside, 'utf8').catch(() => stale);
  const movedIno = await stat(aside).then(
    (s) => s.ino,
    () => staleIno,
  );
  if (moved !== stale || movedIno !== staleIno) await link(aside, lockFile).catch(() => undefined);
  await rm(aside, { force: true });
}

function describeHolder(holder: string): string {
  const parsed = parseHolder(holder);
  if (parsed) return `process ${parsed.pid} on ${parsed.host}`;
  return 'another process (the lock file names none: if no other citydefs command runs, it is left from a crash and will be cleared)';
}
