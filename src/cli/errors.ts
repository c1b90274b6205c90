import { CodingFileError } from '../config/coding.js';
import { ConfigError, OverrideError } from '../config/load.js';
import { WriteError } from '../core/atomic.js';
import { LockError } from '../core/lock.js';
import { CorpusError } from '../ingest/index.js';
import { OutputFolderError } from '../outputs/out-folder.js';
import { SelectionError } from '../pipeline.js';
import { flagOfSetting, relative } from './flags.js';
import type { Io } from './io.js';

/**
 * The message for an error that means the run could not be done (exit 2), or undefined for a bug.
 * The one place such errors become words; every command shares it.
 */
export function describeFailure(error: unknown, io: Io): string | undefined {
  const rel = (p: string) => relative(io.cwd, p);
  if (error instanceof OverrideError) {
    return error.problems
      .map((p) => `Invalid value for ${flagOfSetting(p.path)}: ${p.message}${/\.\d+$/.test(p.path) ? ` (item ${Number(p.path.split('.').at(-1)) + 1})` : ''}`)
      .join('\n');
  }
  if (error instanceof ConfigError) return `Cannot use \`${rel(error.file)}\`:\n${error.problems.map((p) => `  ${p}`).join('\n')}`;
  if (error instanceof CorpusError) return `${error.problem}: \`${rel(error.dir)}\``;
  if (error instanceof SelectionError) return `${error.message}; nothing was written`;
  if (error instanceof OutputFolderError) return `${error.problem}: \`${rel(error.dir)}\`\nNothing was written.`;
  if (error instanceof WriteError) return `Cannot write \`${rel(error.file)}\`: ${error.reason}; the previous files are left as they were`;
  if (error instanceof CodingFileError) return `Cannot read the coding file \`${rel(error.file)}\`: ${error.reason}`;
  if (error instanceof LockError) return `${error.message.replace(error.file, rel(error.file))}; nothing written`;
  return undefined;
}
