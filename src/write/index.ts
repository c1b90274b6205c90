import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder, writeFileAtomic, writeFileSynced } from '../core/atomic.js';
import type { RunResult } from '../pipeline.js';
import { render, type RenderContext } from './renderers.js';

/**
 * Writes every output into a fresh folder beside `outDir`, then swaps it in: an interrupted run
 * leaves the previous outputs whole, never half of each.
 */
export async function write(result: RunResult, outDir: string, context: RenderContext): Promise<string[]> {
  const files = render(result, context);
  await writeFolder(outDir, files);
  return [...files.keys()];
}

export async function writeFolder(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const target = path.resolve(outDir);
  const suffix = randomBytes(6).toString('hex');
  const temp = `${target}.tmp-${suffix}`;
  const old = `${target}.old-${suffix}`;
  await mkdir(path.dirname(target), { recursive: true });
  await mkdir(temp);
  try {
    for (const [name, text] of files) {
      await mkdir(path.dirname(path.join(temp, name)), { recursive: true });
      await writeFileSynced(path.join(temp, name), text);
    }
    // Flushed before the swap, so a crash after it cannot leave empty files in the new folder.
    await syncFolder(temp);
    let hadOld = true;
    try {
      await rename(target, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      hadOld = false;
    }
    await rename(temp, target);
    await syncFolder(path.dirname(target));
    if (hadOld) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Writes files into `dir` (created if missing) one by one, each through a temporary name and a
 * rename, leaving every other file there alone: for folders the user keeps, such as exports.
 */
export async function writeFiles(dir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const target = path.resolve(dir);
  await mkdir(target, { recursive: true });
  for (const [name, content] of files) await writeFileAtomic(path.join(target, name), content);
}

export { render, renderers, type RenderContext } from './renderers.js';
