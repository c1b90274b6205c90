#!/usr/bin/env node
import { main } from './commands/index.js';
import { removeHeldTempsSync, stopWriting, sweepTempsSync, watchHeldTemps } from './core/atomic.js';

// A reader that stops early (`citydefs mine … | head`) closes the pipe: what is left to print is
// dropped and the command finishes its work (a corpus write included), as without the reader.
const closed = { stdout: false, stderr: false };
for (const stream of ['stdout', 'stderr'] as const) {
  process[stream].on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    closed[stream] = true;
  });
}

// Ctrl-C or SIGTERM while temporary files are on disk: remove them (or put the previous outputs
// back), then end by the same signal, as without a handler. A write under way may make a removed
// folder again: swept once more a moment later, what the run would still print dropped. At any
// other moment no handler is set, so a signal ends the process at once, even mid-computation.
const endBySignal = (signal: NodeJS.Signals) => {
  closed.stdout = closed.stderr = true;
  stopWriting();
  const swept = removeHeldTempsSync();
  setTimeout(() => {
    sweepTempsSync(swept);
    process.kill(process.pid, signal);
  }, 100);
};
watchHeldTemps((holding) => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    if (holding) process.once(signal, endBySignal);
    else process.off(signal, endBySignal);
  }
});

// The one place that touches the process: arguments in, text out, exit code back.
main(process.argv.slice(2), {
  stdout: (text) => void (closed.stdout || process.stdout.write(text)),
  stderr: (text) => void (closed.stderr || process.stderr.write(text)),
  now: () => new Date(),
  cwd: process.cwd(),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  // Test hooks: the kill-safety test has the process report each step of a corpus write (stderr
  // to a pipe is written synchronously, so the parent knows the last step reached before a kill),
  // or die at a named one.
  onWriteStep: (step) => {
    if (process.env.CITYDEFS_TRACE_WRITES) process.stderr.write(`write-step ${step}\n`);
    if (step === process.env.CITYDEFS_CRASH_AT) process.kill(process.pid, 'SIGKILL');
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a problem with the input: the stack helps only whoever fixes it.
    const debug = process.argv.includes('--debug');
    const detail = error instanceof Error ? (debug ? (error.stack ?? error.message) : error.message) : String(error);
    process.stderr.write(`citydefs: internal error: ${detail}\n${debug ? '' : '(run again with --debug for the stack trace, and please report it)\n'}`);
    process.exitCode = 2;
  },
);
