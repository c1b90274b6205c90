// Throughput of the whole analysis on synthetic corpora built from the shipped definitions.
// Usage: npm run bench [-- 1000 10000 100000]. Prints one line per size; writes nothing to the repo.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { analyze } from '../dist/pipeline.js';
import { seededRandom } from '../dist/core/random.js';

const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const seed = parse(readFileSync('corpus/definitions.csv'), { columns: true, bom: true });
const sentences = seed.flatMap((r) => r.text.split(/(?<=\.)\s+/)).filter((s) => s.length > 30);

function corpus(n) {
  const random = seededRandom(n);
  const pick = (xs) => xs[Math.floor(random() * xs.length)];
  const rows = Array.from({ length: n }, (_, i) => {
    const base = pick(seed);
    // Two sentences from different definitions: realistic vocabulary, few exact duplicates.
    return { ...base, id: `bench-${i}`, kind: 'definition', text: `${pick(sentences)} ${pick(sentences)}` };
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-bench-'));
  writeFileSync(path.join(dir, 'definitions.csv'), stringify(rows, { header: true, columns: Object.keys(seed[0]) }));
  for (const f of ['config.json', 'thesaurus.csv', 'codebook.csv']) copyFileSync(path.join('corpus', f), path.join(dir, f));
  return dir;
}

console.log('definitions  analysed  seconds  definitions/s  heap MB');
for (const n of sizes.length ? sizes : [1000, 10000]) {
  const dir = corpus(n);
  const start = process.hrtime.bigint();
  // Recombined sentences make near-duplicates by design; count them all to measure the whole pipeline.
  const result = await analyze({ corpus: dir, overrides: { factors: { bootstrap: 10 }, duplicates: { merge: false } } });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`${String(n).padStart(11)}  ${String(result.analysed.length).padStart(8)}  ${seconds.toFixed(2).padStart(7)}  ${Math.round(n / seconds).toString().padStart(13)}  ${heap.toFixed(0).padStart(7)}`);
  rmSync(dir, { recursive: true, force: true });
}
