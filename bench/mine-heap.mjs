// How much memory `mine` keeps per PDF: mines the first N PDFs of a folder as `citydefs mine` does (the
// shared PDF pool, the default concept), keeps each file's candidates as the command keeps them until it
// writes, then reports the heap used after a full collection. Run twice with different N: the difference
// over the files is what each one keeps.
//   npm run build && node bench/pdf.mjs 1000 10 /tmp/pdfs
//   node --expose-gc bench/mine-heap.mjs /tmp/pdfs 300 && node --expose-gc bench/mine-heap.mjs /tmp/pdfs 1000
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [dir, count] = process.argv.slice(2);
if (!dir || !(Number(count) > 0) || typeof global.gc !== 'function') {
  console.error('usage: node --expose-gc bench/mine-heap.mjs PDF_FOLDER COUNT');
  process.exit(2);
}
const dist = new URL('../dist/', import.meta.url);
const { readPdfText } = await import(new URL('ingest/pdf.js', dist).href);
const { sharedPdfPool } = await import(new URL('ingest/pdf-pool.js', dist).href);
const { ConfigSchema } = await import(new URL('config/schema.js', dist).href);
const { detached } = await import(new URL('commands/mine.js', dist).href);
const { mineDefinitions } = await import(new URL('mine/index.js', dist).href);

const files = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .sort()
  .slice(0, Number(count));
const concept = ConfigSchema.parse({}).concept;
const pool = sharedPdfPool();
const kept = [];
for (const file of files) {
  const pdf = await readPdfText(readFileSync(path.join(dir, file)), {}, pool);
  if (pdf.ok) kept.push(detached(mineDefinitions(pdf.pages, { concept })));
}
global.gc();
global.gc();
const candidates = kept.reduce((n, c) => n + c.length, 0);
console.log(`${files.length} PDFs, ${candidates} candidates kept: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(1)} MB of heap after a collection`);
process.exit(0);
