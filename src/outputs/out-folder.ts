import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { someNamed } from '../core/text.js';
import { wholeLater, type OutputContent } from './content.js';

/** The output folder cannot be written (exit 2); nothing was changed. */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
  constructor(
    readonly dir: string,
    readonly problem: string,
    /** Whether `--force` would allow it (never for the corpus, the project or `/`). */
    readonly forceable: boolean,
  ) {
    super(`${problem}: \`${dir}\``);
  }
}

/** The manifest's mark of a folder citydefs wrote, and the files it wrote there. */
export const GENERATOR = 'citydefs';
export const MANIFEST = 'manifest.json';

export interface OutFolderOptions {
  /** The corpus folder: never replaced, never contained in, never containing the output. */
  readonly corpus: string;
  /** The project folder the command runs in: never replaced. */
  readonly cwd: string;
  /** Replace a folder citydefs did not write (still never the corpus, the project or `/`). */
  readonly force?: boolean;
  /** What is about to be written: a file already holding exactly this loses nothing. */
  readonly files: ReadonlyMap<string, OutputContent>;
  /** Names a citydefs folder may hold besides those its manifest lists (outputs of older versions). */
  readonly known?: ReadonlySet<string>;
  /** What the folder holds, as its manifest says (`analysis` for `analyze`, `exports` for `export`, `agreement` for `agree`). */
  readonly folder: FolderKind;
  /**
   * `folder` (default): the whole folder is replaced, so any file citydefs did not write is in the way.
   * `files`: only the files of `files`' names are replaced and the rest left alone (exports), so
   * only a file of one of those names that citydefs did not write is.
   */
  readonly replaces?: 'folder' | 'files';
}

export type FolderKind = 'analysis' | 'exports' | 'agreement';

/**
 * Checks that `dir` may be replaced by citydefs' outputs, and throws `OutputFolderError` if not.
 * Allowed: a folder that is absent, empty, written by citydefs (its manifest lists what it wrote,
 * and nothing else is there), or holding only files identical to what is about to be written
 * (a fresh clone's `output/README.md`). Never: `/`, the home folder, the project folder or one
 * containing it, the corpus folder, one containing it or one inside it.
 */
export async function checkOutFolder(dir: string, options: OutFolderOptions): Promise<void> {
  const { files } = options;
  const named = new Set([...files.keys()].map((n) => n.split('/')[0]!));
  await check(dir, options, named, (file, name) => sameAsNew(file, files.get(name)));
}

/**
 * `checkOutFolder` before the outputs are made (before the analysis, so that a refused `--out`
 * costs nothing): refuses what it would refuse whatever they hold. `names`: the names the outputs
 * may take (exactly those about to be written when `replaces` is `files`). A file of one of those
 * names is left to the check at writing, which alone can tell whether it holds what is written.
 */
export async function checkOutFolderFirst(dir: string, options: Omit<OutFolderOptions, 'files'> & { readonly names: ReadonlySet<string> }): Promise<void> {
  const { names } = options;
  await check(dir, options, names, async (file, name) => names.has(name) && (await isFile(file)));
}

/** The checks of `checkOutFolder`; `named`: the names written; `mayBeNew`: whether an entry may hold what is written. */
async function check(
  dir: string,
  options: Omit<OutFolderOptions, 'files'>,
  named: ReadonlySet<string>,
  mayBeNew: (file: string, name: string) => Promise<boolean>,
): Promise<void> {
  const target = await real(path.resolve(dir));
  const corpus = await real(path.resolve(options.corpus));
  const cwd = await real(path.resolve(options.cwd));
  const never = (problem: string) => new OutputFolderError(dir, problem, false);
  if (target === path.parse(target).root) throw never('Refusing to write the outputs over the root folder');
  if (target === homedir()) throw never('Refusing to write the outputs over the home folder');
  if (target === corpus || isInside(corpus, target)) throw never('Refusing to write the outputs over the corpus folder or a folder containing it');
  if (isInside(target, corpus)) throw never('Refusing to write the outputs inside the corpus folder (the next run would read them as corpus)');
  if (target === cwd || isInside(cwd, target)) throw never('Refusing to write the outputs over the folder the command runs in or one containing it');

  let entries: string[];
  try {
    const info = await stat(target);
    if (!info.isDirectory()) throw never('Expected a folder for the outputs, not a file');
    entries = await readdir(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    if (error instanceof OutputFolderError) throw error;
    throw never(`Cannot read the output folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (entries.includes('.git') || entries.includes('package.json')) throw never('Refusing to write the outputs over a project folder');
  if (options.force) return;

  const ours = await writtenByUs(target, options.folder, options.known ?? new Set());
  const onlyNamed = options.replaces === 'files';
  const foreign: string[] = [];
  for (const name of entries) {
    if (ours?.has(name) || (onlyNamed && !named.has(name))) continue;
    if (!(await mayBeNew(path.join(target, name), name))) foreign.push(name);
  }
  if (foreign.length) {
    const listed = someNamed(foreign, 5);
    throw new OutputFolderError(
      dir,
      onlyNamed
        ? `Refusing to replace files citydefs did not write (${listed}); choose another --out, move them, or pass --force to replace them`
        : `Refusing to replace a folder holding files citydefs did not write (${listed}); choose another --out, move them, or pass --force to replace the folder anyway`,
      true,
    );
  }
}

/** The names a citydefs manifest in `dir` says it wrote (with the manifest), or undefined. */
async function writtenByUs(dir: string, folder: FolderKind, known: ReadonlySet<string>): Promise<Set<string> | undefined> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof manifest !== 'object' || manifest === null) return undefined;
  const m = manifest as { generator?: unknown; folder?: unknown; outputs?: unknown; versions?: { citydefs?: unknown } };
  // Manifests before `generator` were an analysis's, with the tool's version under `versions.citydefs`.
  const kind = m.generator === GENERATOR ? m.folder : typeof m.versions?.citydefs === 'string' ? 'analysis' : undefined;
  if (kind !== folder) return undefined;
  const listed = Array.isArray(m.outputs) ? m.outputs.filter((n): n is string => typeof n === 'string').map((n) => n.split('/')[0]!) : [];
  return new Set([MANIFEST, ...listed, ...known]);
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

async function sameAsNew(file: string, output: OutputContent | undefined): Promise<boolean> {
  if (output === undefined) return false;
  try {
    const info = await stat(file);
    if (!info.isFile()) return false;
    const content = await wholeLater(output);
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    if (!info.isFile() || info.size !== bytes.length) return false;
    return (await readFile(file)).equals(bytes);
  } catch {
    return false;
  }
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
async function real(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    const parent = path.dirname(p);
    return parent === p ? p : path.join(await real(parent), path.basename(p));
  }
}
