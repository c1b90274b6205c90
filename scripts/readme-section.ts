// A README section generated between two marker comments (`npm run docs:codes`, `npm run docs:tally`).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const README = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'README.md');

/** `readme` with the text between the markers replaced by `body` (a blank line before it when `gap`). */
export function replaceSection(readme: string, begin: string, end: string, body: string, gap = false): string {
  const from = readme.indexOf(begin);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no \`${begin}\` … \`${end}\` section`);
  return `${readme.slice(0, from + begin.length)}\n${gap ? '\n' : ''}${body}${gap ? '\n' : ''}${readme.slice(to)}`;
}

/** The generator's command line: rewrites the README's `what`, or with --check only says whether it is up to date (exit 1 when not). */
export function writeSection(what: string, command: string, update: (readme: string) => string): void {
  const readme = readFileSync(README, 'utf8');
  const updated = update(readme);
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      process.stderr.write(`README.md: the ${what} is out of date; run \`${command}\`\n`);
      process.exitCode = 1;
    }
  } else if (updated !== readme) {
    writeFileSync(README, updated);
    process.stdout.write(`README.md: ${what} rewritten\n`);
  } else {
    process.stdout.write(`README.md: ${what} up to date\n`);
  }
}

/** Whether this module is the one node was started with. */
export const isMain = (url: string): boolean => Boolean(process.argv[1]) && path.resolve(process.argv[1]!) === fileURLToPath(url);
