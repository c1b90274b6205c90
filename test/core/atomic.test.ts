import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

// A disk that fills up: writes land short, then fail with ENOSPC.
let diskFull = false;
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open = async (...args: Parameters<typeof real.open>): Promise<FileHandle> => {
    const handle = await real.open(...args);
    if (!diskFull) return handle;
    let budget = 10;
    return new Proxy(handle, {
      get(target, key) {
        if (key === 'write') {
          return async (data: Uint8Array, offset: number, length: number) => {
            if (budget <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            const n = Math.min(length, budget);
            budget -= n;
            return target.write(data, offset, n);
          };
        }
        const value = Reflect.get(target, key) as unknown;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  };
  return { ...real, open, default: { ...real, open } };
});

// Imported afresh: the suite shares modules between files (isolate: false), and the mock must reach this copy.
vi.resetModules();
const { releaseTemp, removeHeldTempsSync, tempName, watchHeldTemps, writeFileAtomic, WriteError } = await import('../../src/core/atomic.js');

afterEach(() => {
  diskFull = false;
});

describe('writeFileAtomic', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-atomic-'));
    const file = path.join(dir, 'definitions.csv');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new content', { chunkSize: 3 });
    expect(readFileSync(file, 'utf8')).toBe('new content');
    expect(readdirSync(dir)).toEqual(['definitions.csv']);
  });

  it('on a full disk, throws a WriteError saying so and leaves the old file whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-atomic-'));
    const file = path.join(dir, 'definitions.csv');
    writeFileSync(file, 'old content that must survive');
    diskFull = true;
    const error = await writeFileAtomic(file, 'x'.repeat(1000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect((error as InstanceType<typeof WriteError>).reason).toBe('the disk is full');
    expect(readFileSync(file, 'utf8')).toBe('old content that must survive');
    expect(readdirSync(dir)).toEqual(['definitions.csv']);
  });

  it('writes text made piece by piece (multi-byte characters across pieces), and a full disk is still a WriteError', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-atomic-'));
    const file = path.join(dir, 'terms.csv');
    const pieces = () => ['a,é\n', '😀'.repeat(3), 'end\n'];
    await writeFileAtomic(file, { pieces }, { chunkSize: 4 });
    expect(readFileSync(file, 'utf8')).toBe(pieces().join(''));
    diskFull = true;
    const error = await writeFileAtomic(file, { pieces: () => ['x'.repeat(500), 'y'.repeat(500)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(readFileSync(file, 'utf8')).toBe(pieces().join(''));
    expect(readdirSync(dir)).toEqual(['terms.csv']);
  });

  it('writes pieces of text and of bytes, small and past its buffer, each text encoded on its own', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-atomic-'));
    const file = path.join(dir, 'kwic.csv');
    const pieces = () => [
      ...Array.from({ length: 3000 }, (_, i) => `row ${i},é ${'x'.repeat(i % 700)},😀\n`),
      Buffer.from('bytes,ß\n'),
      'z'.repeat(400_000) + 'é',
      new Uint8Array(1_500_000).fill(65),
      // A lone half of a surrogate pair at a piece's end and at the next one's start: U+FFFD each.
      'a\uD83D',
      '\uDE00b',
      ...Array.from({ length: 2000 }, (_, i) => Buffer.from(`bytes ${i}\n`)),
    ];
    const expected = Buffer.concat(pieces().map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    await writeFileAtomic(file, { pieces });
    expect(readFileSync(file).equals(expected)).toBe(true);
    await writeFileAtomic(file, { pieces }, { chunkSize: 4096 });
    expect(readFileSync(file).equals(expected)).toBe(true);
  });

  it('a write failing mid-stream closes the content, so a producer thread waiting on it is let go', async () => {
    // (the references thread is ref'd while its file is read and released in the generator's finally:
    // left suspended, it kept the process alive after "Cannot write …")
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-atomic-'));
    const file = path.join(dir, 'references.bib');
    let closed = false;
    async function* pieces() {
      try {
        for (let i = 0; i < 100; i++) yield 'x'.repeat(64);
      } finally {
        closed = true;
      }
    }
    diskFull = true;
    const error = await writeFileAtomic(file, { pieces }, { chunkSize: 64 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WriteError);
    expect(closed).toBe(true);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('passes on a failure to make the content as it is (not as a disk problem), leaving the old file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-atomic-'));
    const file = path.join(dir, 'terms.csv');
    writeFileSync(file, 'old');
    const bug = new RangeError('a renderer failed');
    const error = await writeFileAtomic(file, {
      pieces: function* () {
        yield 'first piece';
        throw bug;
      },
    }).catch((e: unknown) => e);
    expect(error).toBe(bug);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['terms.csv']);
  });
});

describe('temporary names held for a signal', () => {
  it('tells when it starts and stops holding, and a signal’s cleanup removes the new folder and puts the previous one back', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-held-'));
    const target = path.join(dir, 'output');
    mkdirSync(target);
    writeFileSync(path.join(target, 'terms.csv'), 'previous');
    const holding: boolean[] = [];
    watchHeldTemps((now) => holding.push(now));
    // Caught between the renames: the new folder written, the previous one moved aside.
    const temp = tempName(target, 'tmp');
    const old = tempName(target, 'old');
    mkdirSync(temp);
    writeFileSync(path.join(temp, 'terms.csv'), 'new, not yet swapped in');
    renameSync(target, old);
    removeHeldTempsSync();
    expect(readdirSync(dir)).toEqual(['output']);
    expect(readFileSync(path.join(target, 'terms.csv'), 'utf8')).toBe('previous');
    // Released once the write is done: nothing left to clean.
    const later = tempName(target, 'tmp');
    releaseTemp(later);
    mkdirSync(later);
    removeHeldTempsSync();
    expect(existsSync(later)).toBe(true);
    expect(holding).toEqual([true, false, true, false]);
  });

  it('after the swap, removes only the previous outputs moved aside', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-held-'));
    const target = path.join(dir, 'output');
    const temp = tempName(target, 'tmp');
    const old = tempName(target, 'old');
    mkdirSync(old);
    mkdirSync(target);
    writeFileSync(path.join(target, 'terms.csv'), 'new');
    removeHeldTempsSync();
    expect(readdirSync(dir)).toEqual(['output']);
    expect(existsSync(temp)).toBe(false);
  });
});
