// Generated multi-page PDFs for the PDF-mining bench.
//   node bench/pdf.mjs COUNT PAGES OUTDIR [--seed S]
//   import { writePdfs } from './pdf.mjs'; writePdfs({ dir, count, pages, seed })
// Each page is ~40 lines of report prose recombined from the shipped corpus's phrases, with a
// definition sentence of the corpus here and there (about one page in three). The PDF writer is
// test/pdf.ts's makePdf (Helvetica, one text line per entry), around test/pdf-assemble.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { assemblePdf } from '../test/pdf-assemble.mjs';
import { loadSource, seededRandom } from './generate.mjs';

/** A minimal valid PDF: `pages` is a list of pages, each a list of text lines (ASCII). */
export function makePdf(pages) {
  const esc = (s) => s.replace(/[\\()]/g, (c) => '\\' + c);
  const contents = pages.map((lines) => 'BT /F1 12 Tf 14 TL 72 720 Td ' + lines.map((l) => `(${esc(l)}) Tj T*`).join(' ') + ' ET');
  return Buffer.from(assemblePdf(contents), 'latin1');
}

/** Plain ASCII (the PDF's byte offsets count characters): accents dropped, typographic marks simplified. */
const ascii = (s) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/[^\x20-\x7e]/g, '');

const PROSE = [
  'The report discusses {p} and {p}.',
  'Several municipalities have invested in {p}, while others focus on {p}.',
  'Section {n} examines {p} in more detail.',
  'Interviews with officials pointed to {p} as well as {p}.',
  'In {y}, the programme turned to {p}.',
  'Table {n} summarises the indicators used for {p}.',
  'Critics argue that {p} matters less than {p}.',
  'The pilot projects were evaluated against {p}.',
  'Funding came mostly from national schemes aimed at {p}.',
  'Stakeholders were asked how {p} relates to {p}.',
];

/** Lines of at most `width` characters. */
function wrap(text, width = 90) {
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Writes `count` PDFs of `pages` pages each to `dir`; returns their paths. Deterministic for a seed. */
export function writePdfs({ dir, count, pages, seed = 1, source = loadSource(), linesPerPage = 40 }) {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(`pdf:${seed}`);
  const int = (n) => Math.floor(random() * n);
  const pick = (xs) => xs[int(xs.length)];
  const definitions = source.sentences.filter((s) => /\bsmart\b.*\bcit(y|ies)\b/i.test(s));
  const files = [];
  for (let f = 0; f < count; f++) {
    const doc = [];
    for (let p = 0; p < pages; p++) {
      const sentences = [];
      let length = 0;
      while (length < linesPerPage * 85) {
        const s =
          random() < 0.03
            ? pick(definitions)
            : pick(PROSE)
                .replace(/\{p\}/g, () => pick(source.phrases))
                .replace('{n}', String(1 + int(9)))
                .replace('{y}', String(2005 + int(20)));
        sentences.push(s);
        length += s.length + 1;
      }
      doc.push(wrap(ascii(sentences.join(' '))).slice(0, linesPerPage));
    }
    const file = path.join(dir, `report-${String(f + 1).padStart(String(count).length, '0')}.pdf`);
    writeFileSync(file, makePdf(doc));
    files.push(file);
  }
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf('--seed');
  const seed = seedAt >= 0 ? args.splice(seedAt, 2)[1] : 1;
  const [count, pages, dir] = [Number(args[0]), Number(args[1]), args[2]];
  if (!(count > 0) || !(pages > 0) || !dir) {
    console.error('usage: node bench/pdf.mjs COUNT PAGES OUTDIR [--seed S]');
    process.exit(2);
  }
  const files = writePdfs({ dir: path.resolve(dir), count, pages, seed });
  console.log(`${files.length} PDFs of ${pages} pages in ${dir}`);
}
