// The fixed start-up work of an `analyze` run, timed in one process (CPU, ms): the modules it loads, wink's model
// read and one document tokenized, citation-js loaded and one reference formatted as BibTeX and RIS.
//
//   node bench/startup.mjs [DIST]      DIST: a build's dist/ folder (default this checkout's), e.g. another
//                                      worktree's, to compare two builds in turn (run each in a fresh process)
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = pathToFileURL(path.resolve(process.argv[2] ?? path.join(here, '..', 'dist'))).href;
const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
const laps = [];
let last = cpu();
const lap = (name) => {
  const now = cpu();
  laps.push([name, now - last]);
  last = now;
};

for (const module of ['commands/index.js', 'pipeline.js', 'outputs/index.js', 'ingest/readers.js']) await import(`${dist}/${module}`);
lap('modules');
const { getNlp } = await import(`${dist}/tokenize/nlp.js`);
getNlp().readDoc('A smart city is a city.');
lap('wink');
const { referencesBib, referencesRis } = await import(`${dist}/outputs/references.js`);
const sources = [{ id: 'a-1', author: 'Doe, Jane', title: 'A title', year: 2020, url: 'https://example.org/' }];
referencesBib(sources);
referencesRis(sources);
lap('citation-js');
const total = laps.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`total ${total.toFixed(0)} ms: ${laps.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`);
