// A justified line of a real PDF can stretch a word space past the reader's column-gap width (0.8 of the font height),
// which the PDF reader keeps as a run of spaces (src/ingest/pdf-layout.ts). TeX does it after a sentence's full stop
// (`/usr/share/doc/libtasn1-doc/libtasn1.pdf`: "the REAL type.  It doesn’t support …"). A run of spaces inside prose
// must not be read as a table's column: the candidates stay those of the flat text, at every gap of the paragraph.
import { describe, expect, it } from 'vitest';
import { mineBy } from '../../src/mine/method.js';
import { EVALUATION_CONCEPT } from './evaluation-data.js';

const PARAGRAPH = [
  'Background',
  'The literature has no single view of the idea, and this note does not try to settle it in full. For',
  'Harrison et al. (2010), a smart city is “a city connecting the physical infrastructure, the IT',
  'infrastructure, the social infrastructure, and the business infrastructure to leverage the collective',
  'intelligence of the city”. It is also seen as a market for the vendors of platforms and sensors.',
];

function mined(method: 'rules' | 'learned', lines: readonly string[]) {
  return mineBy(method, [lines.join('\n')], { concept: EVALUATION_CONCEPT }).map((c) => ({
    clause: c.clause,
    term: c.term,
    quoted: c.quoted,
    author: c.attribution?.author,
    year: c.attribution?.year,
    line: c.line,
    score: c.score,
  }));
}

/** The paragraph with the `at`-th word space of line `line` widened to `width` spaces. */
function widened(line: number, at: number, width: number): string[] {
  const words = PARAGRAPH[line]!.split(' ');
  const out = [...PARAGRAPH];
  out[line] = [words.slice(0, at + 1).join(' '), words.slice(at + 1).join(' ')].join(' '.repeat(width));
  return out;
}

describe('a justified line’s wide word space', () => {
  for (const method of ['rules', 'learned'] as const) {
    it(`mines as the flat text wherever it falls (${method})`, () => {
      const flat = mined(method, PARAGRAPH);
      expect(flat.map((c) => [c.term, c.quoted, c.author, c.year])).toEqual([['smart city', true, 'Harrison et al.', 2010]]);
      for (let line = 1; line < PARAGRAPH.length; line++) {
        const gaps = PARAGRAPH[line]!.split(' ').length - 1;
        for (let at = 0; at < gaps; at++) {
          for (const width of [2, 6]) expect(mined(method, widened(line, at, width)), `line ${line + 1}, gap ${at + 1}, ${width} spaces`).toEqual(flat);
        }
      }
    });
  }
});
