import type { MineMethod } from '../config/mine-method.js';
import { ThreadPool, type ThreadReply } from '../core/thread-pool.js';
import { workerScript } from '../core/worker-script.js';
import type { Candidate, MineOptions } from './index.js';
import type { Told } from './method.js';

// `mine` over many files reads each PDF on a pdf.js thread and mined every document on the main thread, which was
// then the run's bottleneck (a profile of the bench's 200 PDFs by the learned method: the main thread busy 17.9 s of
// 22 s, the PDF threads mostly idle). Mining threads let the other core mine too. The candidates are the same on any
// thread: mining a document is pure, and each file's answer is kept in the file's place.

export interface MineRequest {
  readonly method: MineMethod;
  readonly pages: readonly string[];
  readonly options: Omit<MineOptions, 'onUnread' | 'onCut' | 'onNamingsCut'>;
}
export interface Mined {
  readonly candidates: Candidate[];
  readonly told: Told;
}
export type MineReply = ThreadReply<Mined>;

/** `size` threads mining one document at a time each, in the order asked (a thread that dies fails its document: a bug, as on the main thread). */
export class MinePool extends ThreadPool<MineRequest, Mined> {
  constructor(size: number) {
    super(workerScript(import.meta.url, 'pool-worker'), size, { label: 'mining thread' });
  }

  mine(method: MineMethod, pages: readonly string[], options: MineRequest['options']): Promise<Mined> {
    return this.run({ method, pages, options });
  }
}
