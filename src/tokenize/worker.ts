import { parentPort, workerData } from 'node:worker_threads';
import { batchTokenizer } from './batch.js';
import type { TokenizeOptions } from './text.js';
import type { BatchReply, BatchRequest } from './workers.js';

// A tokenizer thread: one language model, batches in, packed columns out (their buffers moved, not copied).
const tokenizeBatch = batchTokenizer(workerData as TokenizeOptions);
parentPort!.on('message', (request: BatchRequest) => {
  try {
    const batch = tokenizeBatch(request.texts);
    const buffers = [
      batch.offsets,
      batch.key,
      batch.start,
      batch.end,
      batch.sentence,
      batch.info,
      batch.cue,
      batch.formCounts,
      batch.sentenceOffsets,
      batch.sentenceStart,
      batch.sentenceEnd,
      batch.hits.offsets,
      batch.hits.factor,
      batch.hits.rule,
      batch.hits.start,
      batch.hits.end,
    ].map((a) => a.buffer as ArrayBuffer);
    parentPort!.postMessage({ index: request.index, batch } satisfies BatchReply, buffers);
  } catch (error) {
    parentPort!.postMessage({ index: request.index, error: error instanceof Error ? error.message : String(error) } satisfies BatchReply);
  }
});
