import { parentPort } from 'node:worker_threads';
import type { ThreadRequest } from '../core/thread-pool.js';
import { mineTold } from './method.js';
import type { MineReply, MineRequest } from './pool.js';

// A mining thread (see `MinePool`): one document's pages in, its candidates and what it told out.
parentPort!.on('message', ({ id, method, pages, options }: ThreadRequest<MineRequest>) => {
  try {
    parentPort!.postMessage({ id, result: mineTold(method, pages, options) } satisfies MineReply);
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies MineReply);
  }
});
parentPort!.postMessage({ ready: true } satisfies MineReply);
