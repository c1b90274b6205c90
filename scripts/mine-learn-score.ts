// Scores the learned miner (rules' candidates and factors plus spans chosen by a model, src/mine/learn/) on one
// labelled file, totals only, as test/mine/score.ts does for the rules: the model is trained on every studied file
// but the one scored (a held-out file is never trained on), with today's rules, and keeps spans at or above the
// threshold (the shipped model's, SHIPPED_THRESHOLD). Attribution is the rules': a span takes that of the
// rules' candidate it overlaps most.
//
//   npx tsx scripts/mine-learn-score.ts <file.jsonl | paper-dir> [--threshold 0.5]
import { HELD_OUT } from '../test/mine/evaluation-data.js';
import { documentsOf, fraction, prepare, scoreModel, SHIPPED_THRESHOLD, studiedFiles, trainOn, type LabelledDocument } from './mine-learn-data.js';
import { readPaper, readPassages } from '../test/mine/evaluation-data.js';

const [name, ...flags] = process.argv.slice(2);
if (!name) throw new Error('usage: mine-learn-score.ts <file.jsonl | paper-dir> [--threshold 0.5]');
const threshold = flags.includes('--threshold') ? Number(flags[flags.indexOf('--threshold') + 1]) : SHIPPED_THRESHOLD;

const started = performance.now();
const model = trainOn(
  studiedFiles()
    .filter((f) => f !== name)
    .flatMap((f) => documentsOf(f).map((d) => prepare(d))),
);
// (read directly, not through documentsOf, which refuses a held-out file: only totals are printed here)
const docs: LabelledDocument[] = name.endsWith('.jsonl')
  ? (readPassages(name) ?? []).map((p) => ({ file: name, id: p.id, pages: [p.text], expected: p.expected }))
  : [readPaper(name)].filter((p) => p !== undefined).map((p) => ({ file: name, id: name, pages: p.pages, expected: p.expected }));
if (!docs.length) throw new Error(`no ${name}`);
const s = scoreModel(
  model,
  docs.map((d) => prepare(d)),
  threshold,
);
const a = s.attribution;
console.log(
  `${name}${HELD_OUT.has(name) ? ' (held out)' : ''}, learned at ${threshold}: precision ${fraction(s.tp, s.tp + s.fp)}, recall ${fraction(s.tp, s.tp + s.fn)}; on the ${a.checked} found: quoted ${a.quoted}, author ${a.author}, year ${a.year}, ref ${a.ref}; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
