import { Command, CommanderError } from 'commander';
import { addCommand } from './add.js';
import { agreeCommand } from './agree.js';
import { analyzeCommand } from './analyze.js';
import { editCommand } from './edit.js';
import { exportCommand } from './export.js';
import { mineCommand } from './mine.js';
import { removeCommand } from './remove.js';
import { validateCommand } from './validate.js';
import { toolVersion } from '../core/versions.js';
import { inert } from '../core/diagnostics.js';
import type { Io } from '../cli/io.js';

export type { Io } from '../cli/io.js';

/** Every command: each adds itself to the program and reports its exit code. */
const COMMANDS = [analyzeCommand, validateCommand, exportCommand, addCommand, removeCommand, editCommand, mineCommand, agreeCommand];

/**
 * Runs the command line; resolves to the exit code: 0 clean, 1 problems found in the data, 2 the
 * run could not be done. A failure the user can fix is one message on stderr (and, with --json, a
 * summary on stdout); anything else is a bug, thrown to `bin.ts`.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command('citydefs')
    .description('Analyse how published definitions define the smart (sustainable) city.')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    // A mistake gets commander's one-line error (with its "Did you mean" hint), not the whole help.
    .showHelpAfterError('(citydefs <command> --help lists its flags)')
    .version(toolVersion(), '-V, --version', 'print the version of citydefs')
    .option('--debug', 'print the stack trace of an internal error');
  for (const define of COMMANDS) define(program, io, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    // Loaded only on failure: it knows every error class, and so every module that throws one.
    const { describeFailure } = await import('../cli/errors.js');
    const problem = describeFailure(error, io);
    if (problem === undefined) throw error;
    io.stderr(`citydefs: ${inert(problem)}\n`);
    // With --json a script gets a summary even when the run could not be done.
    if (argv.includes('--json')) io.stdout(JSON.stringify({ command: argv[0], exitCode: 2, error: problem }, null, 2) + '\n');
    return 2;
  }
  return code;
}
