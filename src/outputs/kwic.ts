import { Worker } from 'node:worker_threads';
import { concordanceOccurrences, contextsOf, oneLineText, type ConcordanceSource } from '../model/concordance.js';
import type { Definition, RunResult } from '../model/index.js';
import { BackgroundStream, type TextStream } from './content.js';
import { headerOf } from './dictionary.js';
import { csvStream } from './format.js';

/** What `kwic.csv` is made from, as plain data: made here, or copied to a worker (`kwicInBackground`). */
export interface KwicSource extends ConcordanceSource {
  readonly header: readonly string[];
  readonly analysed: readonly Pick<Definition, 'id' | 'author' | 'year' | 'sector' | 'text'>[];
  readonly termLabels: readonly string[];
  readonly factorIds: readonly string[];
  readonly rules: readonly string[];
}

/** The parts of the run `kwic.csv` reads; `copy`: only the definitions' fields it reads, for another thread. */
export function kwicSource(result: RunResult, copy = false): KwicSource {
  const { uses, termFactors } = result;
  const { matrix } = result.tables;
  return {
    header: headerOf('kwic.csv', { sectors: result.config.sectors, factorIds: result.factors.map((f) => f.id) }),
    analysed: copy ? result.analysed.map(({ id, author, year, sector, text }) => ({ id, author, year, sector, text })) : result.analysed,
    uses: {
      offsets: uses.offsets,
      term: uses.term,
      start: uses.start,
      end: uses.end,
      sentence: uses.sentence,
      sentenceOffsets: uses.sentenceOffsets,
      sentenceStart: uses.sentenceStart,
      sentenceEnd: uses.sentenceEnd,
    },
    tables: {
      matrix: {
        factors: matrix.factors,
        evidenceOffsets: matrix.evidenceOffsets,
        evidenceStart: matrix.evidenceStart,
        evidenceEnd: matrix.evidenceEnd,
        evidenceRule: matrix.evidenceRule,
      },
    },
    termFactors: { factor: termFactors.factor, codes: termFactors.codes },
    config: { report: { kwicContext: result.config.report.kwicContext } },
    termLabels: result.terms.map((t) => t.term),
    factorIds: result.factors.map((f) => f.id),
    rules: result.rules,
  };
}

/**
 * `kwic.csv`: the concordance, one row per term use and per piece of rule evidence, with its
 * source. Streamed definition by definition: the table is the largest output (about 4 kB per
 * definition), and its rows are never all held.
 */
export function kwicStream(source: KwicSource): TextStream {
  return csvStream(source.header, function* () {
    for (let d = 0; d < source.analysed.length; d++) {
      const definition = source.analysed[d]!;
      const line = oneLineText(definition.text);
      for (const o of concordanceOccurrences(source, d)) {
        const { left, keyword, right } = contextsOf(source, o, line);
        yield [
          definition.id,
          definition.author,
          definition.year,
          definition.sector,
          o.term >= 0 ? source.termLabels[o.term] : undefined,
          source.factorIds[o.factor],
          o.evidence ? 'yes' : 'no',
          o.kind,
          o.rule >= 0 ? source.rules[o.rule] : undefined,
          o.start,
          o.end,
          left,
          keyword,
          right,
        ];
      }
    }
  });
}

/** Pieces the worker may make ahead of the writer (64 kB each): enough to keep it busy while this thread is. */
const AHEAD = 32;

/**
 * `kwic.csv` made on a worker thread while this one writes the other outputs: the same bytes
 * (the same code runs there on a copy of the parts of the run it reads).
 */
export function kwicInBackground(result: RunResult): BackgroundStream {
  return new BackgroundStream(async function* () {
    const worker = new Worker(kwicWorkerScript().code, { eval: true, workerData: kwicSource(result, true) });
    const pieces: Uint8Array[] = [];
    let finished = false;
    let failure: Error | undefined;
    let wake: (() => void) | undefined;
    worker.on('message', (reply: { piece?: Uint8Array; done?: boolean; error?: string }) => {
      if (reply.error !== undefined) failure = new Error(`kwic worker failed: ${reply.error}`);
      else if (reply.done) finished = true;
      else if (reply.piece) pieces.push(reply.piece);
      wake?.();
    });
    worker.on('error', (error) => {
      failure = error;
      wake?.();
    });
    worker.on('exit', (code) => {
      if (!finished) failure ??= new Error(`kwic worker exited with code ${code}`);
      wake?.();
    });
    try {
      for (let i = 0; i < AHEAD; i++) worker.postMessage('more');
      for (;;) {
        while (pieces.length) {
          worker.postMessage('more');
          yield pieces.shift()!;
        }
        if (failure) throw failure;
        if (finished) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    } finally {
      await worker.terminate();
    }
  });
}

/** Imports the compiled `kwic-worker.js` beside this module, or under tests registers tsx and imports the `.ts`. */
function kwicWorkerScript(): { code: string } {
  const typescript = import.meta.url.endsWith('.ts');
  const worker = JSON.stringify(new URL(typescript ? './kwic-worker.ts' : './kwic-worker.js', import.meta.url).href);
  if (!typescript) return { code: `import(${worker});` };
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return { code: `import(${tsx}).then((api) => { api.register(); return import(${worker}); });` };
}
