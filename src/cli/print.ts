import { countBySeverity, formatDiagnostics, type Diagnostic } from '../core/diagnostics.js';
import { terminalProgress, type Progress } from '../core/progress.js';
import { corpusLabel, type CommonFlags } from './flags.js';
import type { Io } from './io.js';

/** `1 factor`, `2 factors`, `1 duplicate group`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * Prints the diagnostics on stderr, one line each; informational ones only with --verbose (their
 * number otherwise, unless --quiet). The one place diagnostics reach the terminal.
 */
export function printDiagnostics(list: readonly Diagnostic[], flags: CommonFlags, io: Io, filesUnder = corpusLabel(flags, io)): void {
  const shown = flags.verbose ? list : list.filter((d) => d.severity !== 'info');
  const hidden = list.length - shown.length;
  if (shown.length) io.stderr(formatDiagnostics(shown, filesUnder));
  if (hidden && !flags.quiet) io.stderr(`${count(hidden, 'info diagnostic')} not shown (--verbose shows them)\n`);
}

/** The --json summary: what a script needs to know about a run, the same shape for every command. */
export function printSummary(
  command: string,
  code: number,
  flags: CommonFlags,
  io: Io,
  body: Record<string, unknown>,
  diagnostics: readonly Diagnostic[],
): void {
  const counts = countBySeverity(diagnostics);
  const summary = {
    command,
    exitCode: code,
    corpus: corpusLabel(flags, io),
    ...body,
    diagnostics: { errors: counts.error, warnings: counts.warning, info: counts.info },
  };
  io.stdout(JSON.stringify(summary, null, 2) + '\n');
}

/** Progress on a terminal's stderr only, never with --quiet; `clear` before printing anything else. */
export function progressFor(flags: CommonFlags, io: Io): { progress?: Progress; clear: () => void } {
  if (flags.quiet || !io.stderrIsTTY) return { clear: () => {} };
  return terminalProgress(io.stderr);
}
