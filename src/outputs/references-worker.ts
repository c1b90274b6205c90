import { parentPort, workerData } from 'node:worker_threads';
import type { CslItem } from '@citation-js/core';
import { ReferenceWriter, type ReferenceFormat } from './references.js';

// A references thread (see `referencesInBackground`): batches of CSL items in, in order; each
// answered with its piece of the file's bytes (moved, not copied); null asks for the end.
const writer = new ReferenceWriter((workerData as { format: ReferenceFormat }).format);
const encoder = new TextEncoder();
const send = (text: string) => {
  const piece = encoder.encode(text);
  parentPort!.postMessage({ piece }, [piece.buffer]);
};
parentPort!.on('message', (items: CslItem[] | null) => {
  try {
    if (items) send(writer.batch(items));
    else {
      send(writer.end());
      parentPort!.postMessage({ done: true });
    }
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
