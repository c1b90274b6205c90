#!/usr/bin/env node
import { main } from './cli.js';

// The one place that touches the process: arguments in, text out, exit code back.
main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
  cwd: process.cwd(),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  // Test hook: the kill-safety test has the process die at a named step of a corpus write.
  onWriteStep: (step) => {
    if (step === process.env.CITYDEFS_CRASH_AT) process.kill(process.pid, 'SIGKILL');
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`citydefs: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
