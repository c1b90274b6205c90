import { parentPort } from 'node:worker_threads';
import { drawPngAsync, type PngReply, type PngRequest } from './files.js';

// The PNG thread (see `figurePngInBackground`): SVGs in, PNG bytes out (moved, not copied).
parentPort!.on('message', async (request: PngRequest) => {
  try {
    const png = await drawPngAsync(request.svg, request.options);
    // A PNG of its own buffer, so moving it takes nothing else along.
    const own = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength ? png : png.slice();
    parentPort!.postMessage({ id: request.id, png: own } satisfies PngReply, [own.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort!.postMessage({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies PngReply);
  }
});
