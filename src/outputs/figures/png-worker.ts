import { parentPort } from 'node:worker_threads';
import { drawPng } from './files.js';
import type { ThreadRequest } from '../../core/thread-pool.js';
import type { PngReply, PngRequest } from './png-pool.js';

// A PNG thread (see `PngPool`): SVGs in, one at a time, PNG bytes out (moved, not copied).
parentPort!.on('message', (request: ThreadRequest<PngRequest>) => {
  try {
    const png = drawPng(request.svg, request.options);
    // A PNG of its own buffer, so moving it takes nothing else along.
    const own = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? png : png.slice();
    parentPort!.postMessage({ id: request.id, result: own } satisfies PngReply, [own.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies PngReply);
  }
});
parentPort!.postMessage({ ready: true } satisfies PngReply);
