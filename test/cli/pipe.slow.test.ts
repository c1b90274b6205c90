import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `citydefs mine … | head -1`: the reader closes the pipe after one line. The command must drop the
// rest of its listing and end as it would have (it crashed on EPIPE with a stack trace, exit 1).
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('a reader that closes the pipe early', () => {
  it('mine piped into head -1: exit 0, no error printed', () => {
    const papers = ['review-paper', 'review-paper-2', 'review-paper-4'].map((p) => path.join('test', 'fixtures', 'mining', p, 'paper.pdf')).join(' ');
    const out = execFileSync(
      'bash',
      [
        '-c',
        `set -o pipefail; node --import tsx src/bin.ts mine ${papers} 2>/tmp/citydefs-pipe-stderr | head -1; echo "exit $?"; cat /tmp/citydefs-pipe-stderr`,
      ],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const [first, exit, ...rest] = out.split('\n');
    expect(first).toMatch(/paper\.pdf \(\d+ pages\): \d+ candidate definitions/);
    expect(exit).toBe('exit 0');
    expect(rest.join('\n')).not.toMatch(/EPIPE|Error/);
  });
});
