// CPU of mining alone (no PDF reading, no start-up): the studied papers' pages.json (review-paper, -2 … -17: the
// held-out and blind ones are left out), mined REPEAT times in one process by a build's miner, after one warm-up
// document (which loads the model and the lexicon). For interleaved A/B pairs of two builds.
//   node bench/mine-cpu.mjs DIST rules|learned [REPEAT]   (DIST: a build's dist/, e.g. another commit's copied aside)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [dist = 'dist', method = 'learned', repeat = '3'] = process.argv.slice(2);
const { mineBy } = await import(pathToFileURL(path.resolve(dist, 'mine/method.js')).href);
const { ConfigSchema } = await import(pathToFileURL(path.resolve(dist, 'config/schema.js')).href);
// The evaluation concept of test/mine/evaluation-data.ts.
const concept = ConfigSchema.parse({
  concept: {
    name: 'smart city',
    terms: ['smart city', 'smart sustainable city', 'sustainable city', 'digital twin'],
    variants: { 'smart and sustainable city': 'smart sustainable city', 'smarter city': 'smart city', 'urban digital twin': 'digital twin' },
  },
}).concept;
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'mining');
const papers = readdirSync(fixtures)
  .filter((f) => /^review-paper(?:-(?:[2-9]|1[0-7]))?$/u.test(f))
  .sort()
  .map((f) => JSON.parse(readFileSync(path.join(fixtures, f, 'pages.json'), 'utf8')));
const pages = papers.reduce((n, p) => n + p.length, 0) * Number(repeat);
mineBy(method, papers[0], { concept });
const before = process.cpuUsage();
let candidates = 0;
for (let r = 0; r < Number(repeat); r++) for (const p of papers) candidates += mineBy(method, p, { concept }).length;
const used = process.cpuUsage(before);
const cpuMs = (used.user + used.system) / 1000;
console.log(
  JSON.stringify({ method, papers: papers.length, pages, candidates, cpuMs: Math.round(cpuMs), pagesPerCpuSecond: Math.round(pages / (cpuMs / 1000)) }),
);
