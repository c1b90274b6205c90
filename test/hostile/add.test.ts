import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, GOOD, runCase } from './harness.js';

// `add` into a corpus whose files are damaged: it either appends whole or writes nothing.
// A read-only corpus and a full disk: test/hostile/faults.slow.test.ts (they need a mount).
// Wall times (one run, shared two-core machine): under 30 ms each; 0.3 s for the lock waited on.

const NEW = [
  'add',
  '--text',
  'A smart city is a city that listens to its residents before it builds.',
  '--sector',
  'ngo',
  '--author',
  'New Voice',
  '--year',
  '2024',
];

describe('add against damaged corpus files', () => {
  it('an empty lock file left by a crash: cleared after its grace period, the add lands', async () => {
    const run = await runCase(
      {
        withoutGood: true,
        files: { 'corpus/definitions.csv': GOOD, 'corpus/.citydefs.lock': fixture('lock-empty.lock') },
        ages: { 'corpus/.citydefs.lock': 60 },
      },
      NEW,
      { mayChange: ['corpus/definitions.csv', 'corpus/.citydefs.lock'] },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Added 1 record to corpus/definitions.csv: new-voice-2024\n');
    expect(readFileSync(path.join(run.dir, 'corpus/definitions.csv'), 'utf8')).toBe(
      `${GOOD}new-voice-2024,ngo,,,definition,New Voice,2024,,,A smart city is a city that listens to its residents before it builds.\n`,
    );
  });

  it('a garbled lock file left by a crash: cleared the same way', async () => {
    const run = await runCase(
      {
        withoutGood: true,
        files: { 'corpus/definitions.csv': GOOD, 'corpus/.citydefs.lock': fixture('lock-garbage.lock') },
        ages: { 'corpus/.citydefs.lock': 60 },
      },
      NEW,
      { mayChange: ['corpus/definitions.csv', 'corpus/.citydefs.lock'] },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Added 1 record');
  });

  it('a garbled lock file just made (a writer starting up): waited for, not broken', async () => {
    const run = await runCase({ withoutGood: true, files: { 'corpus/definitions.csv': GOOD, 'corpus/.citydefs.lock': fixture('lock-garbage.lock') } }, [
      ...NEW,
      '--wait',
      '0.3',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'held by another process (the lock file names none: if no other citydefs command runs, it is left from a crash and will be cleared); nothing written',
    );
  });

  it('a definitions file without a `text` column: refused, nothing written (the text would be lost)', async () => {
    const run = await runCase({ withoutGood: true, files: { 'corpus/definitions.csv': fixture('target-no-text-column.csv') } }, NEW);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('its header has no `text` column, so the new rows would lose their text');
    expect(run.stderr).toContain('nothing was written: `corpus/definitions.csv`');
  });

  it('a definitions file in Windows-1252: refused, nothing written (rewriting would change its bytes)', async () => {
    const run = await runCase({ withoutGood: true, files: { 'corpus/definitions.csv': fixture('target-latin1.csv') } }, NEW);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('it holds Windows-1252 text, and rewriting it would change bytes it holds; save it as UTF-8 first');
  });

  it('a definitions file that is a link: refused, the link and its target untouched', async () => {
    const run = await runCase(
      { withoutGood: true, files: { 'shared/definitions.csv': GOOD }, links: { 'corpus/definitions.csv': '../shared/definitions.csv' } },
      NEW,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Cannot add to a definitions file that is a symbolic link');
  });

  it('a definitions file with a UTF-8 BOM: appended, the BOM kept', async () => {
    const run = await runCase({ withoutGood: true, files: { 'corpus/definitions.csv': `\uFEFF${GOOD}` } }, NEW, { mayChange: ['corpus/definitions.csv'] });
    expect(run.code).toBe(0);
    const text = readFileSync(path.join(run.dir, 'corpus/definitions.csv'), 'utf8');
    expect(text.startsWith(`\uFEFF${GOOD}new-voice-2024,`)).toBe(true);
  });

  it('add --from a binary file: reported, nothing written', async () => {
    const run = await runCase({ withoutGood: true, files: { 'corpus/definitions.csv': GOOD, 'new.csv': fixture('csv-random-bytes.csv') } }, [
      'add',
      '--from',
      'new.csv',
    ]);
    expect(run.codes).toEqual(['ingest/binary-file']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Nothing written: no record could be read');
  });
});
