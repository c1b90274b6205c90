import { parentPort, workerData } from 'node:worker_threads';
import { ReferenceWriter, referenceItems, type ReferenceFormat, type Source } from './references.js';

// A references thread (see `referencesInBackground`): batches of sources in, in order; each
// answered with its piece of the file's bytes (moved, not copied); null asks for the end.
const { format } = workerData as { format: ReferenceFormat };
const writer = new ReferenceWriter(format);
const encoder = new TextEncoder();
const send = (text: string) => {
  const piece = encoder.encode(text);
  parentPort!.postMessage({ piece }, [piece.buffer]);
};
parentPort!.on('message', (sources: Source[] | null) => {
  try {
    if (sources) send(writer.batch(referenceItems(format, sources)));
    else {
      send(writer.end());
      parentPort!.postMessage({ done: true });
    }
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
