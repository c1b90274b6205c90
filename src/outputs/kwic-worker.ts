import { parentPort, workerData } from 'node:worker_threads';
import { kwicStream, type KwicSource } from './kwic.js';

// A kwic.csv thread (see `kwicInBackground`): each 'more' is answered with the file's next piece
// of bytes (moved, not copied), then with done.
const stream = kwicStream(workerData as KwicSource).pieces();
const pieces = stream[Symbol.iterator]();
let done = false;
parentPort!.on('message', () => {
  if (done) return;
  try {
    const next = pieces.next();
    if (next.done) {
      done = true;
      parentPort!.postMessage({ done: true });
      return;
    }
    // Each piece is a fresh buffer the stream never writes again (see `utf8Pieces`); a text piece cannot occur in a CSV stream.
    const piece = typeof next.value === 'string' ? new TextEncoder().encode(next.value) : next.value;
    parentPort!.postMessage({ piece }, [piece.buffer as ArrayBuffer]);
  } catch (error) {
    done = true;
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
