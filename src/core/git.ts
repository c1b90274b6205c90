import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The commit checked out in `root`, read from `.git` without spawning git: `HEAD`, the ref it
 * names (loose, or in `packed-refs`), in a plain checkout or a worktree (`.git` is then a file
 * naming the git folder, whose `commondir` holds the refs). `undefined` outside a checkout or
 * when anything is not as expected: the commit is a courtesy, never a reason to fail.
 */
export function gitCommit(root: string): string | undefined {
  try {
    const dotGit = path.join(root, '.git');
    const gitDir = statSync(dotGit).isDirectory() ? dotGit : path.resolve(root, /^gitdir:\s*(.+)$/m.exec(readFileSync(dotGit, 'utf8'))![1]!.trim());
    const head = readFileSync(path.join(gitDir, 'HEAD'), 'utf8').trim();
    if (/^[0-9a-f]{40,64}$/.test(head)) return head;
    const ref = /^ref:\s*(refs\/\S+)$/.exec(head)?.[1];
    if (!ref) return undefined;
    const common = readOr(path.join(gitDir, 'commondir'));
    const dirs = [gitDir, ...(common ? [path.resolve(gitDir, common.trim())] : [])];
    for (const dir of dirs) {
      const loose = readOr(path.join(dir, ref))?.trim();
      if (loose && /^[0-9a-f]{40,64}$/.test(loose)) return loose;
      const packed = readOr(path.join(dir, 'packed-refs'))
        ?.split('\n')
        .map((line) => line.trim().split(' '))
        .find(([sha, name]) => name === ref && /^[0-9a-f]{40,64}$/.test(sha ?? ''));
      if (packed) return packed[0];
    }
    return undefined;
  } catch {
    return undefined;
  }
}

function readOr(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
