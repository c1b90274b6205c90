import { parentPort, workerData } from 'node:worker_threads';
import { ChunkTokenizer } from './batch.js';
import { ruleFactors, type TokenizeOptions } from './text.js';
import type { BatchReply, BatchRequest, FactorsReply, FactorsRequest, PrepareRequest } from './workers.js';

// A tokenizer thread: one language model, batches in, packed columns out (their buffers moved, not copied).
const tokenizer = new ChunkTokenizer(workerData as TokenizeOptions);
// Why a chunk could not be prepared, told when its batch is asked for.
const failedChunks = new Map<number, string>();
parentPort!.on('message', (request: BatchRequest | PrepareRequest | FactorsRequest) => {
  if ('factorsOf' in request) {
    try {
      parentPort!.postMessage({ factors: ruleFactors(request.factorsOf, workerData as TokenizeOptions) } satisfies FactorsReply);
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies FactorsReply);
    }
    return;
  }
  if ('prepare' in request) {
    try {
      tokenizer.prepare(request.prepare, request.texts);
    } catch (error) {
      failedChunks.set(request.prepare, error instanceof Error ? error.message : String(error));
    }
    return;
  }
  try {
    const failed = request.chunk === undefined ? undefined : failedChunks.get(request.chunk);
    if (failed !== undefined) throw new Error(failed);
    const batch = request.chunk === undefined ? tokenizer.batch(request.texts ?? []) : tokenizer.preparedBatch(request.chunk, request.keep ?? []);
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
