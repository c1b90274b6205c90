import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { WriteError } from '../../src/core/atomic.js';
import { BackgroundStream, TextStream } from '../../src/outputs/content.js';
import { OutputFolderError, writeFolder } from '../../src/outputs/write.js';

const guard = (work: string) => ({ corpus: path.join(work, 'corpus'), cwd: work, folder: 'analysis' as const });

describe('writeFolder', () => {
  it('writes text, streams, bytes still being made and files made later, all in the new folder', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'citydefs-write-'));
    const out = path.join(work, 'output');
    const background = new BackgroundStream(async function* () {
      yield Buffer.from('made ');
      await new Promise((resolve) => setTimeout(resolve, 20));
      yield Buffer.from('elsewhere');
    });
    const files = new Map<string, string | Uint8Array | TextStream | BackgroundStream | Promise<Uint8Array>>([
      ['manifest.json', '{"generator":"citydefs","folder":"analysis","outputs":[]}\n'],
      ['a.csv', new TextStream(() => ['x,', Buffer.from('y\n')])],
      ['b.bib', background],
      ['c.png', Promise.resolve(new Uint8Array([1, 2, 3]))],
    ]);
    await writeFolder(out, files, guard(work), Promise.resolve(new Map([['d.md', 'later\n']])));
    expect(readdirSync(out).sort()).toEqual(['a.csv', 'b.bib', 'c.png', 'd.md', 'manifest.json']);
    expect(readFileSync(path.join(out, 'a.csv'), 'utf8')).toBe('x,y\n');
    expect(readFileSync(path.join(out, 'b.bib'), 'utf8')).toBe('made elsewhere');
    expect([...readFileSync(path.join(out, 'c.png'))]).toEqual([1, 2, 3]);
    expect(readFileSync(path.join(out, 'd.md'), 'utf8')).toBe('later\n');
  });

  it('reads a later file made on another thread as soon as it is made, while the first files are still being written', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'citydefs-write-'));
    const out = path.join(work, 'output');
    // The first files' last one is done only once the later thread's file is read from (as its thread, working only
    // so far ahead of its reader, would otherwise wait): before, that read began after the first files, so this waited.
    let readFrom!: () => void;
    const laterRead = new Promise<void>((resolve) => (readFrom = resolve));
    const references = new BackgroundStream(async function* () {
      readFrom();
      yield Buffer.from('@misc{a}\n');
    });
    const files = new Map<string, string | Promise<Uint8Array>>([
      ['manifest.json', '{"generator":"citydefs","folder":"analysis","outputs":[]}\n'],
      ['z.png', laterRead.then(() => new Uint8Array([1]))],
    ]);
    const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 2000).unref());
    const written = writeFolder(out, files, guard(work), Promise.resolve(new Map([['references.bib', references]]))).then(() => 'written');
    expect(await Promise.race([written, waited])).toBe('written');
    expect(readFileSync(path.join(out, 'references.bib'), 'utf8')).toBe('@misc{a}\n');
  });

  it('stops a file still coming from another thread when another file fails, rather than waiting for its end', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'citydefs-write-'));
    const out = path.join(work, 'output');
    const bug = new RangeError('a renderer failed');
    let released = false;
    // A thread's file that would take long to the end (here, never ends): its producer is released once the folder fails.
    const endless = new BackgroundStream(async function* () {
      try {
        for (;;) {
          yield Buffer.from('@misc{a}\n');
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      } finally {
        released = true;
      }
    });
    const files = new Map<string, string | BackgroundStream | Promise<Uint8Array>>([
      ['manifest.json', '{"generator":"citydefs","folder":"analysis","outputs":[]}\n'],
      ['references.bib', endless],
      ['z.png', new Promise<Uint8Array>((_, reject) => setTimeout(() => reject(bug), 20))],
    ]);
    const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 2000).unref());
    const failed = writeFolder(out, files, guard(work)).catch((error: unknown) => error);
    expect(await Promise.race([failed, waited])).toBe(bug);
    expect(released).toBe(true);
    expect(existsSync(out)).toBe(false);
  });

  it('a file that fails before its turn to be written is passed on where it is awaited, never as an unhandled rejection', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'citydefs-write-'));
    const bug = new RangeError('a renderer failed');
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      // Failed already when the writing starts, with no handler of its maker's (a test's, or a careless caller's).
      const files = new Map<string, string | Promise<Uint8Array>>([
        ['manifest.json', '{"generator":"citydefs","folder":"analysis","outputs":[]}\n'],
        ['z.png', Promise.reject(bug)],
      ]);
      expect(await writeFolder(path.join(work, 'output'), files, guard(work)).catch((error: unknown) => error)).toBe(bug);
      // A folder refused before anything is written never awaits its files at all.
      const foreign = mkdtempSync(path.join(tmpdir(), 'citydefs-write-'));
      writeFileSync(path.join(foreign, 'notes.txt'), 'mine\n');
      const refused = new Map<string, string | Promise<Uint8Array>>([['z.png', Promise.reject(bug)]]);
      expect(await writeFolder(foreign, refused, guard(work)).catch((error: unknown) => error)).toBeInstanceOf(OutputFolderError);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it('passes on a failure to make an output as it is, not as a folder it could not write, and leaves no folder', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'citydefs-write-'));
    const out = path.join(work, 'output');
    const bug = new RangeError('a renderer failed');
    const failing = [
      new Map([
        [
          'a.csv',
          new TextStream(function* () {
            yield 'x';
            throw bug;
          }),
        ],
      ]),
      new Map([
        [
          'b.bib',
          new BackgroundStream(async function* () {
            yield Buffer.from('x');
            throw bug;
          }),
        ],
      ]),
    ];
    for (const files of failing) {
      const error = await writeFolder(out, files, guard(work)).catch((e: unknown) => e);
      expect(error).toBe(bug);
      expect(error).not.toBeInstanceOf(WriteError);
    }
    const later = await writeFolder(out, new Map([['a.csv', 'x\n']]), guard(work), Promise.reject(bug)).catch((e: unknown) => e);
    expect(later).toBe(bug);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(work)).toEqual([]);
  });
});
