import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/core/csv.js';
import { decodeText } from '../../src/core/decode.js';
import { Diagnostics } from '../../src/core/diagnostics.js';
import { readers } from '../../src/ingest/readers.js';
import { expandedIn } from '../../src/mine/acronyms.js';
import { readTextDocument } from '../../src/ingest/text-records.js';
import { readTokens } from '../../src/tokenize/nlp.js';
import { HEADER } from '../helpers.js';
import { growth } from '../timing.js';

// Linear time: arbitrary snippets of hostile text, repeated to n and 4n characters; the larger input
// may take at most 8 times as long (linear is 4×, quadratic 16×; the slack absorbs a shared
// machine, the GC and caches; a ratio over it is measured again: see test/timing.ts). Samples: CITYDEFS_FUZZ_RUNS / 100.
const SAMPLES = Math.max(6, Math.round(Number(process.env.CITYDEFS_FUZZ_RUNS ?? 600) / 100));

const snippet = fc
  .array(fc.constantFrom('"', ',', '\n', '\r', '""', '{', '}', '[', ']', ':', '---\n', '\\', '\0', 'é', 'a smart city', ' ', 'x'.repeat(50), '\ud83c\udfd9'), {
    minLength: 1,
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function expectLinear(name: string, run: (size: number) => () => void, size: number): void {
  const g = growth(run(size), run(4 * size), 8);
  // Below a few milliseconds the ratio is noise.
  if (g.large < 20) return;
  expect(g.ratio, `${name}: ${g.small.toFixed(1)} ms for ${size}, ${g.large.toFixed(1)} ms for ${4 * size}`).toBeLessThanOrEqual(8);
}

describe('readers stay linear on hostile text', () => {
  const samples = fc.sample(snippet, { numRuns: SAMPLES, seed: 42 });

  it('readCsv', () => {
    for (const s of samples)
      expectLinear(
        JSON.stringify(s.slice(0, 40)),
        (n) => {
          const text = `${HEADER}\n${repeatTo(s, n)}`;
          return () => readCsv(text, 'x.csv', new Diagnostics());
        },
        100_000,
      );
  });

  it('the JSON, JSONL and Markdown readers', () => {
    for (const ext of ['.json', '.jsonl']) {
      for (const s of samples) {
        expectLinear(
          `${ext} ${JSON.stringify(s.slice(0, 40))}`,
          (n) => {
            const data = Buffer.from(repeatTo(s, n));
            return () => void readers[ext]!(data, `x${ext}`, new Diagnostics(), {});
          },
          100_000,
        );
      }
    }
    // (the `.md` reader is loaded on demand, after an await a timing would not wait for: its function is timed)
    for (const s of samples)
      expectLinear(
        `.md ${JSON.stringify(s.slice(0, 40))}`,
        (n) => {
          const text = `---\nsector: ngo\n---\n${repeatTo(s, n)}`;
          return () => void readTextDocument(text, 'x.md', new Diagnostics(), {});
        },
        100_000,
      );
  });

  // A text file with a sidecar is a document: it is mined, by the rules or (the config's `mine.method`) by the learned
  // method. (readTextDocument itself: the readers' table loads it on demand, after an await that a timing of the call
  // would not wait for.) 10,000 characters: a text naming the concept every few words takes the rules about 50 µs a
  // character (5 s for 100,000, 19 s for 400,000 on 2026-12-04, linear), and the learned method as long. Markdown too:
  // its line clean-up (links, emphasis) was quadratic on a run of `"[{` (680 ms for 40,000 characters) until 2026-12-04.
  it('text documents, mined by the rules and by the learned method', () => {
    const sidecar = { file: 'x.meta.json', text: JSON.stringify({ sector: 'ngo', author: 'Okafor', year: '2020', title: 'T', url: 'https://example.org' }) };
    for (const [method, file] of [
      ['rules', 'x.txt'],
      ['learned', 'x.txt'],
      ['rules', 'x.md'],
    ] as const)
      for (const s of samples)
        expectLinear(
          `${method} ${file} ${JSON.stringify(s.slice(0, 40))}`,
          (n) => {
            const text = repeatTo(s, n);
            return () => void readTextDocument(text, file, new Diagnostics(), { sidecar, method });
          },
          10_000,
        );
  });

  // Markdown's own marks, unclosed: each once took its line's length squared (a link's `[` scanned to the line's end).
  // 80,000 characters: at 20,000 the small run took 2–4 ms, fixed costs more than growth, and its ratio to 80,000 ran
  // 5–9× on the same build (twice over 8 in CI on 2026-12-05, where 80,000 → 320,000 → 1,280,000 grow 4.3–5.3×).
  it('Markdown documents full of unclosed links and emphasis', () => {
    const sidecar = { file: 'x.meta.json', text: JSON.stringify({ sector: 'ngo', author: 'Okafor', year: '2020', title: 'T', url: 'https://example.org' }) };
    for (const unit of ['"[{', '[x](', '![', '[a', ' _a', ' *a', '**a', '| a ', '> '])
      expectLinear(
        `.md ${JSON.stringify(unit)}`,
        (n) => {
          const text = repeatTo(unit, n);
          return () => void readTextDocument(text, 'x.md', new Diagnostics(), { sidecar });
        },
        80_000,
      );
  });

  it('decodeText on any bytes', () => {
    for (const bytes of fc.sample(fc.uint8Array({ minLength: 1, maxLength: 64 }), { numRuns: SAMPLES, seed: 7 })) {
      expectLinear(
        `bytes ${Buffer.from(bytes).toString('hex').slice(0, 20)}`,
        (n) => {
          const data = Buffer.from(repeatTo(Buffer.from(bytes).toString('latin1'), n), 'latin1');
          return () => decodeText(data);
        },
        250_000,
      );
    }
  });

  // Up to limits.maxFieldChars (20,000), the most a field can hold: wink-nlp is a little worse than
  // linear on one long unbroken "sentence" (10k → 40k characters of `"[{`: about 7×), which the
  // limit keeps small.
  it('the tokenizer, up to the longest field', () => {
    for (const s of samples.slice(0, 4))
      expectLinear(
        `tokens ${JSON.stringify(s.slice(0, 40))}`,
        (n) => {
          const text = repeatTo(s, n);
          return () => readTokens(text);
        },
        5_000,
      );
  });

  // A body's acronym expanded by the name before it (`the Ministry of Regional Development (MDR)`): over a long run of
  // capitalised words (a title-case page, a hostile one) the name's pattern was quadratic in the run (12,500 → 50,000
  // characters: 14–16× the time, 0.5 s, 2026-12-05) until a name was held to twelve capitalised words.
  it('an acronym expanded over a run of capitalised words', () => {
    for (const unit of ['Alpha Beta ', 'Alpha of the Beta, ', 'Ministry Of '])
      expectLinear(
        `acronym ${JSON.stringify(unit)}`,
        (n) => {
          const text = `${repeatTo(unit, n)} and the MDR said.`;
          return () => void expandedIn('MDR', text);
        },
        12_500,
      );
  });
});
