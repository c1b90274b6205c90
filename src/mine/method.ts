import type { MineMethod } from '../config/mine-method.js';
import { ConfigSchema } from '../config/schema.js';
import type { Diagnostics } from '../core/diagnostics.js';
import { mineDefinitions, unreadSentences, type Candidate, type MineOptions } from './index.js';
import { mineLearned } from './learn/miner.js';

// Which miner reads a document: the hand rules (the default), or the learned model (src/mine/learn/), which finds a
// few more definitions on unseen text at about the same precision (bench/RESULTS.md). The model is read on first use.

export { MINE_METHODS, type MineMethod } from '../config/mine-method.js';

const DEFAULT_CONCEPT = ConfigSchema.parse({}).concept;

/** The candidates of a document by one method. `minScore` is the rules' threshold; the learned method keeps its model's. */
export function mineBy(method: MineMethod, pages: readonly string[], options: MineOptions = {}): Candidate[] {
  if (method === 'rules') return mineDefinitions(pages, options);
  return mineLearned(pages, { concept: options.concept ?? DEFAULT_CONCEPT, ...(options.onUnread ? { onUnread: options.onUnread } : {}) });
}

/** The candidates of one file's pages, warning once (`mine/long-sentence`) of the sentences read only in part. */
export function mineReported(method: MineMethod, pages: readonly string[], options: MineOptions, diagnostics: Diagnostics, file: string): Candidate[] {
  const unread = unreadSentences(diagnostics, file);
  const found = mineBy(method, pages, { ...options, onUnread: unread.onUnread });
  unread.report();
  return found;
}
