import path from 'node:path';
import { versions } from '../core/versions.js';
import type { RenderContext } from '../outputs/index.js';
import { relative, type CommonFlags } from './flags.js';
import type { Io } from './io.js';

/** What the outputs need besides the result: the clock, the versions, how the corpus is named. */
export function renderContext(flags: CommonFlags, io: Io): RenderContext {
  return {
    created: io.now().toISOString(),
    versions: versions(),
    corpusLabel: relative(io.cwd, path.resolve(io.cwd, flags.corpus)),
  };
}

/** Where `--out` may write: never the corpus, the project or `/` (see `checkOutFolder`). */
export function outGuard(flags: CommonFlags & { force?: boolean }, io: Io) {
  return { corpus: path.resolve(io.cwd, flags.corpus), cwd: io.cwd, ...(flags.force ? { force: true } : {}) };
}
