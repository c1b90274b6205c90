import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Every temporary folder a test makes (tempCorpus, output folders, child processes' own) goes in
// one folder per run, removed at the end: a run leaves nothing in the system's temp folder.
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-test-run-'));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
