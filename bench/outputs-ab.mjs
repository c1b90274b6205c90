// What each output costs on the main thread, and an old build against a new one, without the
// CLI's noise (threads, disk, the other stages): one analysis (`--workers 0`, A's pipeline), then
// each single-file output of A's and B's `dist/` made from the same result in turn, A B B A …,
// its pieces encoded to UTF-8 as the writer does; CPU (user + sys) medians, and whether the bytes
// are the same (SHA-1 of the first round). The first round of each is cold (the code not yet
// compiled, the views not yet made), as in a CLI run; the medians leave it out.
//
//   node --expose-gc bench/outputs-ab.mjs A/dist B/dist CORPUS [rounds] [file,file,…]
//
// B may be A (what each file costs). References are left out (made on other threads in the CLI).
import { createHash } from 'node:crypto';
import path from 'node:path';

const [distA, distB, corpus, roundsArg = '9', only] = process.argv.slice(2);
if (!distA || !distB || !corpus) {
  console.error('usage: node --expose-gc bench/outputs-ab.mjs A/dist B/dist CORPUS [rounds] [file,file,…]');
  process.exit(2);
}
const rounds = Math.max(2, Number(roundsArg));
const load = (dist, file) => import(path.resolve(dist, file));
const { analyze } = await load(distA, 'pipeline.js');
const { versions } = await load(distA, 'core/versions.js');
const A = (await load(distA, 'outputs/index.js')).renderers;
const B = (await load(distB, 'outputs/index.js')).renderers;
const result = await analyze({ corpus, workers: 0 });
const context = { created: '2026-01-01T00:00:00.000Z', versions: versions(), corpusLabel: path.basename(corpus) };

const buffer = Buffer.allocUnsafe(1 << 20);
/** The content's pieces made and encoded into one reused buffer (as `writeFileSynced` does); hashed when asked. */
function consume(content, hash) {
  const pieces = typeof content === 'string' ? [content] : content.pieces();
  let bytes = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      bytes += piece.length;
      hash?.update(piece);
      continue;
    }
    // (a whole text is written in slices, as the writer's `piecesOf` gives it)
    for (let at = 0; at < piece.length; at += 1 << 16) {
      const n = buffer.write(piece.slice(at, at + (1 << 16)));
      bytes += n;
      hash?.update(buffer.subarray(0, n));
    }
  }
  return bytes;
}

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const names = Object.keys(A).filter((name) => !name.startsWith('references.') && (!only || only.split(',').includes(name)));
console.log('file'.padEnd(28), 'bytes'.padStart(10), 'A cold', '  B cold', ' A median', ' B median', ' bytes');
for (const name of names) {
  const times = { A: [], B: [] };
  const digests = {};
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 ? ['B', 'A'] : ['A', 'B']) {
      globalThis.gc?.();
      const hash = round === 0 ? createHash('sha1') : undefined;
      const from = cpu();
      bytes = consume((side === 'A' ? A : B)[name](result, context), hash);
      times[side].push(cpu() - from);
      if (hash) digests[side] = hash.digest('hex');
    }
  }
  const f = (x) => x.toFixed(1).padStart(8);
  const same = digests.A === digests.B ? 'same' : 'DIFFERENT';
  console.log(name.padEnd(28), String(bytes).padStart(10), f(times.A[0]), f(times.B[0]), f(median(times.A.slice(1))), f(median(times.B.slice(1))), same);
}
