// Every fixture paper's paper.pdf is what make-pdf.mjs builds from its pages.json and columns.json, so a PDF score
// measures the reader on the labelled text; papers from review-paper-42 on are built with `--place-cells` (their
// tables' cells placed by x, as typesetters set them), the earlier ones without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../fixtures/mining/make-pdf.mjs';
import { MINING_FIXTURES } from './evaluation-data.js';

const FIRST_PLACED_CELLS = 42;
const papers = readdirSync(MINING_FIXTURES).filter((dir) => /^review-paper(?:-\d+)?$/u.test(dir) && existsSync(path.join(MINING_FIXTURES, dir, 'paper.pdf')));

describe('fixture papers', () => {
  it('has a paper.pdf for every numbered paper checked here', () => {
    expect(papers.length).toBeGreaterThanOrEqual(43);
  });
  // (a held-out paper is compared byte for byte: nothing of its text is printed)
  it.each(papers)('%s: paper.pdf is make-pdf.mjs’s build of its pages', (dir) => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(MINING_FIXTURES, dir, file), 'utf8'));
    const columns = existsSync(path.join(MINING_FIXTURES, dir, 'columns.json')) ? read('columns.json') : [];
    const placeCells = Number(/\d+$/u.exec(dir)?.[0] ?? 1) >= FIRST_PLACED_CELLS;
    const built = makePdf(read('pages.json'), columns, { placeCells });
    expect(built.equals(readFileSync(path.join(MINING_FIXTURES, dir, 'paper.pdf')))).toBe(true);
  });
});
