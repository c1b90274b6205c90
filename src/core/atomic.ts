import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** The moments of an atomic write, named so a test can crash the process at each one. */
export type WriteStep = 'temp-opened' | 'temp-written' | 'temp-synced' | 'renamed';

export interface AtomicWriteOptions {
  /** Called after each step; the kill-safety test stops the process here. */
  readonly onStep?: (step: WriteStep) => void;
  /** Bytes per write call, so a kill can land while the temporary file is half written. */
  readonly chunkSize?: number;
  /** Stops a file written piece by piece between two pieces (another file of its folder failed). */
  readonly signal?: AbortSignal;
}

/**
 * What a file is written from: text, bytes, or text made piece by piece as it is written (a large
 * table, never held whole; see `TextStream` in outputs/).
 */
export type FileContent = string | Uint8Array | { readonly pieces: () => Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array> };

/**
 * A streamed file's content failed to be made (a bug in what makes it, not the disk): carried out
 * of the write as it is (`writeError` passes it on), and unwrapped by the outermost writer
 * (`rethrowContentFailure`), so it is never reported as a file that could not be written.
 */
export class ContentFailure {
  constructor(readonly error: unknown) {}
}

/** Throws the original error of a `ContentFailure`; anything else is left to the caller. */
export function rethrowContentFailure(error: unknown): void {
  if (error instanceof ContentFailure) throw error.error;
}

/** A file or folder could not be written (full disk, read-only, no permission); nothing was replaced. */
export class WriteError extends Error {
  override name = 'WriteError';
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly code: string | undefined,
  ) {
    super(`Cannot write \`${file}\`: ${reason}`);
  }
}

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder is in the way',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many open files',
};

/**
 * A file-system error as a `WriteError` naming `file` and why, in words. A `WriteError` from a step
 * inside (a file in a temporary folder) is named again after `file`, what the user asked to write.
 */
export function writeError(file: string, error: unknown): WriteError {
  if (error instanceof ContentFailure) throw error;
  if (error instanceof WriteError) return error.file === file ? error : new WriteError(file, error.reason, error.code);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return new WriteError(file, (code && REASONS[code]) ?? (error instanceof Error ? error.message : String(error)), code);
}

/**
 * A temporary name beside `target`, carrying this process's id so a later run can tell it is stale.
 * It is held (see `removeHeldTempsSync`) until `releaseTemp`, once the write is done either way.
 */
export function tempName(target: string, kind: 'tmp' | 'old'): string {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
  held.set(temp, { target, kind });
  if (held.size === 1) onHolding?.(true);
  return temp;
}

/** This process's temporary names in use, in the order they were made (a folder's `tmp` before its `old`). */
const held = new Map<string, { readonly target: string; readonly kind: 'tmp' | 'old' }>();
let onHolding: ((holding: boolean) => void) | undefined;

export function releaseTemp(temp: string): void {
  if (held.delete(temp) && held.size === 0) onHolding?.(false);
}

/**
 * Called with true when this process starts holding temporary names and false when it holds none:
 * the CLI listens for Ctrl-C and SIGTERM only then, so a signal at any other moment ends it at once.
 */
export function watchHeldTemps(listener: (holding: boolean) => void): void {
  onHolding = listener;
}

// Set on a signal, before the sweep: no file or folder is made after it, so the sweep stays final.
let stopped = false;

/** From now on `assertNotStopped` throws: the process is ending on a signal. */
export function stopWriting(): void {
  stopped = true;
}

/** Throws once a signal has swept this process's temporary names: the run is being stopped. */
export function assertNotStopped(): void {
  if (stopped) throw Object.assign(new Error('stopped by a signal'), { code: 'EINTR' });
}

/** A temporary name and what it stands in for, as `removeHeldTempsSync` swept it. */
export type HeldTemp = readonly [temp: string, about: { readonly target: string; readonly kind: 'tmp' | 'old' }];

/**
 * On a signal: what `cleanStaleTemps` would do at the next run, done now for this process's own
 * names: temporary files and folders removed, previous outputs moved aside put back if the new ones
 * had not taken their place. Returns what it swept, to sweep again (`sweepTempsSync`): a write
 * already under way when the signal came may make a folder again after it was removed.
 */
export function removeHeldTempsSync(): HeldTemp[] {
  const swept = [...held];
  sweepTempsSync(swept);
  if (held.size) {
    held.clear();
    onHolding?.(false);
  }
  return swept;
}

export function sweepTempsSync(temps: readonly HeldTemp[]): void {
  for (const [temp, { target, kind }] of temps) {
    try {
      if (kind === 'old' && !existsSync(target)) renameSync(temp, target);
      else rmSync(temp, { recursive: true, force: true });
    } catch {
      // (never moved aside: nothing to put back)
    }
  }
}

/**
 * Replaces `target` with `content` so that a reader, or a crash at any moment, sees either the old
 * file or the new one: a hidden temporary file in the same folder (rename is atomic only within a
 * file system), every byte written and flushed and the size checked, rename, then fsync of the
 * folder so the rename itself survives a power cut. A failure leaves `target` as it was.
 */
export async function writeFileAtomic(target: string, content: FileContent, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const temp = tempName(target, 'tmp');
  try {
    await writeWhole(temp, content, options);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    rethrowContentFailure(error);
    throw writeError(target, error);
  } finally {
    releaseTemp(temp);
  }
  options.onStep?.('renamed');
  await syncFolder(dir);
}

/** Writes a new file and flushes it to disk before returning; throws unless every byte landed. */
export async function writeFileSynced(file: string, content: FileContent, options: Pick<AtomicWriteOptions, 'signal'> = {}): Promise<void> {
  try {
    await writeWhole(file, content, options);
  } catch (error) {
    await rm(file, { force: true }).catch(() => undefined);
    throw writeError(file, error);
  }
}

/** A streamed file's pieces are gathered into writes of up to this many bytes. */
const GATHER_BYTES = 1 << 20;

async function writeWhole(file: string, content: FileContent, options: AtomicWriteOptions): Promise<void> {
  const chunk = options.chunkSize ?? 1 << 20;
  assertNotStopped();
  const handle = await open(file, 'wx');
  let expected = 0;
  // A write may land fewer bytes than asked (a disk filling up): go on from where it stopped.
  const writeAll = async (data: Uint8Array) => {
    for (let offset = 0; offset < data.length;) {
      const { bytesWritten } = await handle.write(data, offset, Math.min(chunk, data.length - offset));
      if (bytesWritten <= 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' });
      offset += bytesWritten;
    }
    expected += data.length;
  };
  try {
    options.onStep?.('temp-opened');
    if (typeof content === 'string' || content instanceof Uint8Array) {
      await writeAll(typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    } else {
      // Pieces gathered into one buffer, reused, and written when full: text is encoded straight
      // into it (each piece on its own), bytes copied; memory stays one buffer, and no bytes are
      // made per piece (136 MB of them at 20,000 definitions, and copied once more to be gathered).
      const buffer = Buffer.allocUnsafe(GATHER_BYTES);
      let at = 0;
      const flush = async () => {
        if (at) await writeAll(buffer.subarray(0, at));
        at = 0;
      };
      const made = content.pieces();
      const pieces = Symbol.asyncIterator in made ? made[Symbol.asyncIterator]() : made[Symbol.iterator]();
      let done = false;
      try {
        for (;;) {
          let next: IteratorResult<string | Uint8Array>;
          try {
            next = await pieces.next();
          } catch (error) {
            done = true; // (a generator that threw is closed already)
            throw new ContentFailure(error);
          }
          if (next.done) break;
          options.signal?.throwIfAborted();
          const piece = next.value;
          // A UTF-16 unit is at most 3 bytes of UTF-8.
          const most = typeof piece === 'string' ? piece.length * 3 : piece.length;
          if (at + most > buffer.length) await flush();
          if (most > buffer.length) await writeAll(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece);
          else if (typeof piece === 'string') at += buffer.write(piece, at);
          else {
            buffer.set(piece, at);
            at += piece.length;
          }
        }
        done = true;
      } finally {
        // A write that failed mid-stream closes the content: a producer (a worker thread kept alive
        // while its file is read) is released by its generator's `finally`, or the process hangs.
        if (!done) await pieces.return?.();
      }
      await flush();
    }
    options.onStep?.('temp-written');
    await handle.sync();
    options.onStep?.('temp-synced');
    const { size } = await handle.stat();
    if (size !== expected) throw Object.assign(new Error(`wrote ${size} of ${expected} bytes`), { code: 'ENOSPC' });
  } finally {
    await handle.close();
  }
}

export async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Some file systems cannot fsync a folder; the rename has happened either way.
  } finally {
    await handle?.close();
  }
}

/** Temporary files and folders beside `target` left by processes that no longer run. */
export async function staleTemps(target: string): Promise<{ path: string; kind: 'tmp' | 'old' }[]> {
  const dir = path.dirname(target);
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  const out: { path: string; kind: 'tmp' | 'old' }[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(prefix)) continue;
    const m = /^(tmp|old)-(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (!m || isAlive(Number(m[2]))) continue;
    out.push({ path: path.join(dir, name), kind: m[1] as 'tmp' | 'old' });
  }
  return out;
}

/** Removes what `staleTemps` finds, except an old folder whose target is gone, which it puts back. */
export async function cleanStaleTemps(target: string): Promise<void> {
  for (const temp of await staleTemps(target)) {
    if (temp.kind === 'old' && !(await exists(target))) {
      // Killed between moving the previous outputs aside and moving the new ones in.
      await rename(temp.path, target).catch(() => undefined);
      continue;
    }
    await rm(temp.path, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
