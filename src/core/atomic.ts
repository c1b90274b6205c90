import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** The moments of an atomic write, named so a test can crash the process at each one. */
export type WriteStep = 'temp-opened' | 'temp-written' | 'temp-synced' | 'renamed';

export interface AtomicWriteOptions {
  /** Called after each step; the kill-safety test stops the process here. */
  readonly onStep?: (step: WriteStep) => void;
  /** Bytes per write call, so a kill can land while the temporary file is half written. */
  readonly chunkSize?: number;
}

/**
 * Replaces `target` with `content` so that a reader, or a crash at any moment, sees either the old
 * file or the new one: a hidden temporary file in the same folder (rename is atomic only within a
 * file system), fsync, rename, then fsync of the folder so the rename itself survives a power cut.
 */
export async function writeFileAtomic(target: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.tmp-${randomBytes(6).toString('hex')}`);
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const chunk = options.chunkSize ?? 1 << 20;
  const handle = await open(temp, 'wx');
  try {
    options.onStep?.('temp-opened');
    for (let offset = 0; offset < data.length; offset += chunk) await handle.write(data, offset, Math.min(chunk, data.length - offset));
    options.onStep?.('temp-written');
    await handle.sync();
    options.onStep?.('temp-synced');
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  options.onStep?.('renamed');
  await syncFolder(dir);
}

/** Writes a new file and flushes it to disk before returning. */
export async function writeFileSynced(file: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(content);
    await handle.sync();
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
