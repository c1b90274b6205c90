import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import {
  assertNotStopped,
  cleanStaleTemps,
  ContentFailure,
  releaseTemp,
  rethrowContentFailure,
  syncFolder,
  tempName,
  writeError,
  writeFileAtomic,
  writeFileSynced,
} from '../core/atomic.js';
import { BackgroundStream, type OutputContent } from './content.js';
import { checkOutFolder, OutputFolderError, type OutFolderOptions } from './out-folder.js';

export type GuardOptions = Omit<OutFolderOptions, 'files'>;

/**
 * Writes every output into a fresh folder beside `outDir`, then swaps it in: an interrupted run
 * leaves the previous outputs whole, never half of each. Refuses (before writing anything) a
 * folder citydefs did not write; see `checkOutFolder`. `later`: more files, still being made,
 * written once they are (while `files` are written). `written`, if given, is told each file's
 * milliseconds from its start to its flush (for a file made here, the making too).
 */
export async function writeFolder(
  outDir: string,
  files: ReadonlyMap<string, OutputContent>,
  guard: GuardOptions,
  later?: Promise<ReadonlyMap<string, OutputContent>>,
  written?: (name: string, ms: number) => void,
): Promise<void> {
  const target = path.resolve(outDir);
  // Awaited once the first files are written; meanwhile its failure must not count as unhandled.
  later?.catch(() => undefined);
  awaitedInTurn(files);
  await cleanStaleTemps(target);
  try {
    await checkOutFolder(target, { ...guard, files });
  } catch (error) {
    // A folder holding files citydefs did not write may hold only what is about to be written:
    // that needs every file, so it is decided once the later ones are made.
    if (!later || !(error instanceof OutputFolderError && error.forceable)) throw error;
    await checkOutFolder(target, { ...guard, files: new Map([...files, ...(await later)]) });
  }
  const temp = tempName(target, 'tmp');
  const old = tempName(target, 'old');
  try {
    await swapIn(target, temp, old, files, later, written);
  } finally {
    releaseTemp(temp);
    releaseTemp(old);
  }
}

/** Writes the files into `temp`, then moves `target` aside to `old` and `temp` in its place. */
async function swapIn(
  target: string,
  temp: string,
  old: string,
  files: ReadonlyMap<string, OutputContent>,
  later: Promise<ReadonlyMap<string, OutputContent>> | undefined,
  written: ((name: string, ms: number) => void) | undefined,
): Promise<void> {
  try {
    assertNotStopped();
    await mkdir(path.dirname(target), { recursive: true });
    await mkdir(temp);
    const givenUp = new AbortController();
    const writeOne = async (name: string, content: OutputContent) => {
      // (after a signal's sweep, a recursive mkdir would make the removed folder again)
      assertNotStopped();
      const start = performance.now();
      await mkdir(path.dirname(path.join(temp, name)), { recursive: true });
      // Content still being made (a PNG on its thread) that fails is not a disk problem (see `ContentFailure`).
      const made = await Promise.resolve(content).catch((error: unknown) => Promise.reject(new ContentFailure(error)));
      await writeFileSynced(path.join(temp, name), made, { signal: givenUp.signal });
      written?.(name, performance.now() - start);
    };
    // Files made on other threads are started first and written as their pieces come, alongside
    // the others one by one (started last, they ran on after the rest: a minute at a million definitions).
    const alongside: Promise<void>[] = [];
    const startAlongside = (batch: ReadonlyMap<string, OutputContent>) => {
      for (const [name, content] of batch) {
        if (givenUp.signal.aborted || !(content instanceof BackgroundStream)) continue;
        const written = writeOne(name, content);
        // Awaited below; meanwhile its failure must not count as unhandled.
        written.catch(() => undefined);
        alongside.push(written);
      }
    };
    const writeRest = async (batch: ReadonlyMap<string, OutputContent>) => {
      for (const [name, content] of batch) if (!(content instanceof BackgroundStream)) await writeOne(name, content);
    };
    // The later files' threads are read from as soon as those files are made, not once the first
    // files are written: a thread that works only so far ahead of its reader otherwise waited
    // meanwhile, then worked alone at the end (the reference files, seconds at 100,000 definitions).
    const laterMade = later?.then((batch) => {
      awaitedInTurn(batch);
      startAlongside(batch);
      return batch;
    });
    laterMade?.catch(() => undefined);
    try {
      startAlongside(files);
      await writeRest(files);
      // A failure to make the later files (a bug, not the disk) is passed on as it is (see `ContentFailure`).
      if (laterMade) await writeRest(await laterMade.catch((error: unknown) => Promise.reject(new ContentFailure(error))));
    } catch (error) {
      // The files still being written from other threads are stopped, not waited for to the end; none is started.
      givenUp.abort();
      throw error;
    } finally {
      await Promise.allSettled(alongside);
    }
    await Promise.all(alongside);
    // Flushed before the swap, so a crash after it cannot leave empty files in the new folder.
    await syncFolder(temp);
  } catch (error) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    rethrowContentFailure(error);
    throw writeError(target, error);
  }
  let hadOld = true;
  try {
    await rename(target, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      await rm(temp, { recursive: true, force: true }).catch(() => undefined);
      throw writeError(target, error);
    }
    hadOld = false;
  }
  try {
    await rename(temp, target);
  } catch (error) {
    if (hadOld) await rename(old, target).catch(() => undefined);
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw writeError(target, error);
  }
  await syncFolder(path.dirname(target));
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * Contents still being made (a PNG on its thread) are awaited when their turn to be written comes, or
 * never if the writing fails first: a failure meanwhile must not count as unhandled (Node ends the
 * process on one), whether or not their maker already said so.
 */
function awaitedInTurn(files: ReadonlyMap<string, OutputContent>): void {
  for (const content of files.values()) if (content instanceof Promise) content.catch(() => undefined);
}

/**
 * Writes files into `dir` (created if missing) one by one, each through a temporary name and a
 * rename, leaving every other file there alone: for folders the user keeps, such as exports.
 */
export async function writeFiles(dir: string, files: ReadonlyMap<string, OutputContent>, guard: GuardOptions): Promise<void> {
  const target = path.resolve(dir);
  awaitedInTurn(files);
  for (const [name] of files) await cleanStaleTemps(path.join(target, name));
  await checkOutFolder(target, { ...guard, files });
  try {
    await mkdir(target, { recursive: true });
  } catch (error) {
    throw writeError(target, error);
  }
  for (const [name, content] of files) await writeFileAtomic(path.join(target, name), await content);
}

export { render, renderers, type RenderContext } from './index.js';
export { OutputFolderError } from './out-folder.js';
