// Scores `mine` on one labelled file of test/fixtures/mining/ (README there) by the rule of
// evaluation-data.ts and prints the totals: precision, recall, quoted/author/year/ref on the
// found ones. `--errors` also lists misses, false positives and wrong attributions, and is
// refused for the files still held out, so that scoring them never shows a passage.
//
//   npx tsx test/mine/score.ts dev.jsonl [--errors]
//   npx tsx test/mine/score.ts review-paper-3 [--pdf]   (--pdf: the paper's text read from paper.pdf
//                                                       by mine's PDF reader instead of pages.json)
//   npx tsx test/mine/score.ts test.jsonl --method learned   (the shipped model of `mine --method learned`,
//                                                       trained on every studied file: in sample on those)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readPdfText } from '../../src/ingest/pdf.js';
import { MINE_METHODS, mineBy, type MineMethod } from '../../src/mine/method.js';
import { EVALUATION_CONCEPT, HELD_OUT, MINING_FIXTURES, minePassages, readPaper, readPassages, score } from './evaluation-data.js';

// A held-out file (HELD_OUT in evaluation-data.ts) prints totals only: its errors stay unseen.
const [name, ...flags] = process.argv.slice(2);
if (!name) {
  console.error('usage: score.ts <file.jsonl | paper-dir> [--errors] [--pdf] [--method rules|learned]');
  process.exit(2);
}
const methodFlag = flags.includes('--method') ? flags[flags.indexOf('--method') + 1] : 'rules';
const method = MINE_METHODS.find((m) => m === methodFlag);
if (!method) {
  console.error(`Expected --method rules or learned; found \`${methodFlag}\``);
  process.exit(2);
}
const mine = (pages: readonly string[]) => mineBy(method satisfies MineMethod, pages, { concept: EVALUATION_CONCEPT });
const showErrors = flags.includes('--errors');
const fromPdf = flags.includes('--pdf');
if (showErrors && HELD_OUT.has(name)) {
  console.error(`${name} is held out: totals only`);
  process.exit(2);
}

const started = performance.now();
let scored;
if (name.endsWith('.jsonl')) {
  const passages = readPassages(name);
  if (!passages) throw new Error(`no ${name}`);
  scored = score(minePassages(passages, mine));
} else {
  const paper = readPaper(name);
  if (!paper) throw new Error(`no ${name}`);
  let pages: readonly string[] = paper.pages;
  if (fromPdf) {
    const text = await readPdfText(readFileSync(path.join(MINING_FIXTURES, name, 'paper.pdf')));
    if (!text.ok) throw new Error(text.message);
    // Only whether the reader gives the labelled text, never the text itself.
    const lines = (page: string | undefined) =>
      (page ?? '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .join('\n');
    console.log(
      `${name}/paper.pdf: ${text.pages.length} pages, ${text.pages.every((p, i) => lines(p) === lines(pages[i])) ? 'same lines as pages.json (blank lines aside)' : 'lines differ from pages.json'}`,
    );
    pages = text.pages;
  }
  scored = score([{ id: name, found: mine(pages), expected: paper.expected }]);
}
const ms = performance.now() - started;
const s = scored;
const from = `${fromPdf ? ' (from paper.pdf)' : ''}${method === 'learned' ? ', learned' : ''}`;
const a = s.attribution;
const f = (n: number, d: number) => `${(d ? n / d : 1).toFixed(3)} (${n}/${d})`;
console.log(
  `${name}${from}: precision ${f(s.tp, s.tp + s.fp)}, recall ${f(s.tp, s.tp + s.fn)}; on the ${a.checked} found: quoted ${a.quoted}, author ${a.author}, year ${a.year}, ref ${a.ref}; ${ms.toFixed(0)} ms`,
);
if (showErrors) {
  console.log(`misses:\n  ${s.misses.join('\n  ')}\nfalse positives:\n  ${s.falseAlarms.join('\n  ')}\nattribution:\n  ${s.wrongAttribution.join('\n  ')}`);
}
process.exit(0); // the PDF reader's worker pool would keep the process alive
