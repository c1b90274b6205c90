// Writes the candidates of both methods on every studied labelled file (test/fixtures/mining/, the held-out ones
// left out) to a folder, one JSON file per labelled file and method, so that a change meant to keep them can be
// checked with `diff -r` against a dump of another build.
//
//   npx tsx test/mine/dump-candidates.ts OUT [--dist DIR] [--pdf]
//
// --dist DIR: the miner of a build (DIR/mine/method.js, e.g. another commit's dist/ copied under bench/out/) instead
// of this checkout's sources. --pdf: the papers are also read from paper.pdf (as `mine` reads them).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { readPdfText } from '../../src/ingest/pdf.js';
import type { mineBy as MineBy } from '../../src/mine/method.js';
import { EVALUATION_CONCEPT, HELD_OUT, MINING_FIXTURES, readPaper, readPassages } from './evaluation-data.js';

// Labelled files written after HELD_OUT was last set, blind until released: never read here.
const BLIND = /^(?:test(?:4[7-9]|[5-9]\d)|review-paper-(?:[6-9]\d))(?:\.jsonl)?$/u;

const { values, positionals } = parseArgs({ allowPositionals: true, options: { dist: { type: 'string' }, pdf: { type: 'boolean', default: false } } });
const out = positionals[0];
if (!out) {
  console.error('usage: dump-candidates.ts OUT [--dist DIR] [--pdf]');
  process.exit(2);
}
const { mineBy } = (await import(values.dist ? pathToFileURL(path.resolve(values.dist, 'mine/method.js')).href : '../../src/mine/method.js')) as {
  mineBy: typeof MineBy;
};

const studied = readdirSync(MINING_FIXTURES)
  .filter((f) => /^(?:dev|test\d*)\.jsonl$|^review-paper(?:-\d+)?$/u.test(f))
  .filter((f) => !HELD_OUT.has(f) && !BLIND.test(f))
  .sort();
mkdirSync(out, { recursive: true });
for (const file of studied) {
  const documents: { id: string; pages: readonly string[] }[] = [];
  if (file.endsWith('.jsonl')) documents.push(...readPassages(file)!.map((p) => ({ id: p.id, pages: [p.text] })));
  else {
    documents.push({ id: file, pages: readPaper(file)!.pages });
    if (values.pdf) {
      const pdf = await readPdfText(readFileSync(path.join(MINING_FIXTURES, file, 'paper.pdf')));
      if (!pdf.ok) throw new Error(`${file}: ${pdf.message}`);
      documents.push({ id: `${file}/paper.pdf`, pages: pdf.pages });
    }
  }
  for (const method of ['rules', 'learned'] as const) {
    const found = documents.map((d) => ({ id: d.id, candidates: mineBy(method, d.pages, { concept: EVALUATION_CONCEPT }) }));
    writeFileSync(path.join(out, `${file.replace(/\.jsonl$/u, '')}.${method}.json`), `${JSON.stringify(found, null, 1)}\n`);
  }
  console.log(file);
}
process.exit(0); // the PDF reader's worker pool would keep the process alive
