import { parentPort, workerData } from 'node:worker_threads';
import { ReferenceWriter, referenceItems, type ReferenceFormat, type Source } from './references.js';

// A references thread (see `referenceFilesInBackground`): batches of sources in, in order; each
// answered with its piece of each file's bytes (moved, not copied); null asks for the end.
const { formats } = workerData as { formats: readonly ReferenceFormat[] };
const writers = formats.map((format) => new ReferenceWriter(format));
const encoder = new TextEncoder();
const send = (texts: readonly string[]) => {
  const pieces = texts.map((text) => encoder.encode(text));
  parentPort!.postMessage(
    { pieces },
    pieces.map((piece) => piece.buffer),
  );
};
parentPort!.on('message', (sources: Source[] | null) => {
  try {
    if (sources) send(writers.map((writer) => writer.batch(referenceItems(writer.format, sources))));
    else {
      send(writers.map((writer) => writer.end()));
      parentPort!.postMessage({ done: true });
    }
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
