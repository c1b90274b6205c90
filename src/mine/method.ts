import type { MineMethod } from '../config/mine-method.js';
import { ConfigSchema } from '../config/schema.js';
import type { At, Diagnostics } from '../core/diagnostics.js';
import { mineDefinitions, unreadSentences, type Candidate, type MineOptions } from './index.js';
import { MAX_SPANNED, MAX_SPANNED_NAMINGS } from './learn/candidates.js';
import { mineLearned } from './learn/miner.js';

// Which miner reads a document: the hand rules (the default), or the learned model (src/mine/learn/), which finds a
// few more definitions on unseen text at about the same precision (bench/RESULTS.md). The model is read on first use.

export { MINE_METHODS, type MineMethod } from '../config/mine-method.js';

const DEFAULT_CONCEPT = ConfigSchema.parse({}).concept;

/** The candidates of a document by one method. `minScore` is the rules' threshold; the learned method keeps its model's. */
export function mineBy(method: MineMethod, pages: readonly string[], options: MineOptions = {}): Candidate[] {
  if (method === 'rules') return mineDefinitions(pages, options);
  return mineLearned(pages, {
    concept: options.concept ?? DEFAULT_CONCEPT,
    ...(options.onUnread ? { onUnread: options.onUnread } : {}),
    ...(options.onCut ? { onCut: options.onCut } : {}),
    ...(options.onNamingsCut ? { onNamingsCut: options.onNamingsCut } : {}),
  });
}

/**
 * The candidates of one file's pages (or one bibliography entry's abstract), warning once, at `at`, of the sentences read only in part: those naming the concept too
 * often (`mine/long-sentence`), and those the learned method spans only in their start (`mine/long-sentence-cut`) or
 * around their first namings (`mine/many-namings-cut`).
 */
export function mineReported(method: MineMethod, pages: readonly string[], options: MineOptions, diagnostics: Diagnostics, at: At): Candidate[] {
  const unread = unreadSentences(diagnostics, at);
  const cut = cutSentences(diagnostics, at);
  const namings = namingsCut(diagnostics, at);
  const found = mineBy(method, pages, { ...options, onUnread: unread.onUnread, onCut: cut.onCut, onNamingsCut: namings.onNamingsCut });
  unread.report();
  cut.report();
  namings.report();
  return found;
}

/** `onNamingsCut` for one file, and the warning it leads to: one per file, naming the pages and the most namings in one sentence. */
export function namingsCut(diagnostics: Diagnostics, at: At): { readonly onNamingsCut: (page: number, namings: number) => void; readonly report: () => void } {
  const pages: number[] = [];
  let most = 0;
  return {
    onNamingsCut: (page, namings) => {
      pages.push(page);
      most = Math.max(most, namings);
    },
    report: () => {
      if (pages.length === 0) return;
      const where =
        pages.length === 1
          ? `A sentence on page ${pages[0]} names the concept ${most} times`
          : `${pages.length} sentences (pages ${[...new Set(pages)].join(', ')}) name the concept more than ${MAX_SPANNED_NAMINGS} times (the most ${most})`;
      diagnostics.warn(
        'mine/many-namings-cut',
        `${where}; the learned method read only around the first ${MAX_SPANNED_NAMINGS} namings in ${pages.length === 1 ? 'it' : 'each'} for definitions, as each naming's spans read the whole sentence`,
        at,
      );
    },
  };
}

const count = (n: number) => n.toLocaleString('en-US');

/** `onCut` for one file, and the warning it leads to: one per file, naming the pages and the longest sentence cut. */
export function cutSentences(diagnostics: Diagnostics, at: At): { readonly onCut: (page: number, length: number) => void; readonly report: () => void } {
  const pages: number[] = [];
  let longest = 0;
  return {
    onCut: (page, length) => {
      pages.push(page);
      longest = Math.max(longest, length);
    },
    report: () => {
      if (pages.length === 0) return;
      const where =
        pages.length === 1
          ? `A sentence on page ${pages[0]} naming the concept is ${count(longest)} characters long`
          : `${pages.length} sentences (pages ${[...new Set(pages)].join(', ')}) naming the concept are longer than ${count(MAX_SPANNED)} characters (the longest ${count(longest)})`;
      diagnostics.warn(
        'mine/long-sentence-cut',
        `${where}; the learned method read only the first ${count(MAX_SPANNED)} characters of ${pages.length === 1 ? 'it' : 'each'} for definitions, as each of a sentence's spans reads the whole sentence`,
        at,
      );
    },
  };
}
