import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../src/ingest/pdf.js';
import { mineDefinitions } from '../../src/mine/index.js';
import { makePdf } from '../fixtures/mining/make-pdf.mjs';
import { EVALUATION_CONCEPT, HELD_OUT, MINING_FIXTURES, readPaper, score } from './evaluation-data.js';
import { expectFloors, PAPERS, PDF_APART, PDF_GAINS } from './floors.js';

// Every labelled paper mined from its paper.pdf (pdf.js reads all of them: a slow check, in the slow project CI runs).
describe('mining evaluation from paper.pdf', () => {
  for (const dir of PAPERS) {
    const paper = readPaper(dir);
    // The evaluation scores pages.json; a user mines paper.pdf. Mined from the PDF (mine's reader:
    // two columns, running heads, tables without their indents), each paper must score the same; a
    // held-out paper, whose differences are not looked at, must hold its floors from the PDF too.
    it.skipIf(!paper)(`${dir}: scores the same from paper.pdf as from pages.json`, async () => {
      const text = await readPdfText(readFileSync(path.join(MINING_FIXTURES, dir, 'paper.pdf')));
      if (!text.ok) throw new Error(text.message);
      if (HELD_OUT.has(dir) || PDF_APART[dir]) {
        expectFloors(dir, score([{ id: dir, found: mineDefinitions(text.pages, { concept: EVALUATION_CONCEPT }), expected: paper!.expected }]), PDF_APART[dir]);
        return;
      }
      const counts = (pages: readonly string[]) => {
        const s = score([{ id: dir, found: mineDefinitions(pages, { concept: EVALUATION_CONCEPT }), expected: paper!.expected }]);
        return { tp: s.tp, fp: s.fp, fn: s.fn, attribution: s.attribution };
      };
      const gain = PDF_GAINS[dir] ?? 0;
      const fromPages = counts(paper!.pages);
      const a = fromPages.attribution;
      const attribution = { ...a, checked: a.checked + gain, quoted: a.quoted + gain, author: a.author + gain, year: a.year + gain, ref: a.ref + gain };
      expect(counts(text.pages)).toEqual({ ...fromPages, tp: fromPages.tp + gain, fn: fromPages.fn - gain, attribution });
    });
  }

  // A real PDF sets a table's cells by x position (tab stops, a table's columns), not with runs of spaces in a
  // proportional font as paper.pdf does: built that way (make-pdf.mjs's `placeCells`), the fixed-width tables of papers
  // 36 and 37 read row by row from the PDF, and both papers score as their pages.json (the reader before pdf29: 12/14,
  // 12/14 and 13/14, 13/14); so does paper 39's Figure 5 (a header whose last name wraps onto a second line), and paper
  // 40's Table 1 below the two columns of its page 3 (the reader before feat/pdf31 took the table's gap between Year and
  // Term, which fewer lines cross, for the page's gutter: 13/16, 13/15); so does paper 41's Table 1, broken across pages 4
  // and 5 under a repeated header (the reader before b24d39d, which kept no column gaps: 13/17, 13/15).
  for (const dir of ['review-paper-36', 'review-paper-37', 'review-paper-39', 'review-paper-40', 'review-paper-41']) {
    const paper = readPaper(dir);
    it.skipIf(!paper)(`${dir}: scores the same from a PDF that places its table's cells by x position as from pages.json`, async () => {
      const columnsFile = path.join(MINING_FIXTURES, dir, 'columns.json');
      const columns = existsSync(columnsFile) ? JSON.parse(readFileSync(columnsFile, 'utf8')) : [];
      const text = await readPdfText(makePdf(paper!.pages, columns, { placeCells: true }));
      if (!text.ok) throw new Error(text.message);
      const counts = (pages: readonly string[]) => {
        const s = score([{ id: dir, found: mineDefinitions(pages, { concept: EVALUATION_CONCEPT }), expected: paper!.expected }]);
        return { tp: s.tp, fp: s.fp, fn: s.fn, attribution: s.attribution };
      };
      expect(counts(text.pages)).toEqual(counts(paper!.pages));
    });
  }
});
