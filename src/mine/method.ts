import type { MineMethod } from '../config/mine-method.js';
import { ConfigSchema } from '../config/schema.js';
import type { At, Diagnostics } from '../core/diagnostics.js';
import { mineDefinitions, unreadSentences, type Candidate, type MineOptions } from './index.js';
import { MAX_SPANNED, MAX_SPANNED_NAMINGS } from './learn/candidates.js';
import { mineLearned } from './learn/miner.js';

// Which miner reads a document: the learned model (src/mine/learn/; the default, `DEFAULT_MINE_METHOD`, chosen by the
// running tally of blind rounds in bench/blind-rounds.csv) or the hand rules, which explain each candidate by its
// pattern. The model is read on first use.

export { MINE_METHODS, type MineMethod } from '../config/mine-method.js';

const DEFAULT_CONCEPT = ConfigSchema.parse({}).concept;

/** The candidates of a document by one method, scoring at least `minScore` (else each method's own threshold). */
export function mineBy(method: MineMethod, pages: readonly string[], options: MineOptions = {}): Candidate[] {
  if (method === 'rules') return mineDefinitions(pages, options);
  return mineLearned(pages, {
    concept: options.concept ?? DEFAULT_CONCEPT,
    ...(options.minScore !== undefined ? { threshold: options.minScore } : {}),
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
  const { candidates, told } = mineTold(method, pages, options);
  reportTold(told, diagnostics, at);
  return candidates;
}

/** What mining one document told of the sentences it read only in part, in the order told: plain data, so a thread can send it. */
export interface Told {
  /** The page of each sentence naming the concept too often (`onUnread`). */
  readonly unread: number[];
  /** [page, length] of each sentence the learned method spanned only in its start (`onCut`). */
  readonly cut: [number, number][];
  /** [page, namings] of each sentence spanned around its first namings only (`onNamingsCut`). */
  readonly namings: [number, number][];
}

/** `mineBy`, with what it told kept as data (for `reportTold`, on this thread or another). */
export function mineTold(
  method: MineMethod,
  pages: readonly string[],
  options: Omit<MineOptions, 'onUnread' | 'onCut' | 'onNamingsCut'>,
): { candidates: Candidate[]; told: Told } {
  const told: Told = { unread: [], cut: [], namings: [] };
  const candidates = mineBy(method, pages, {
    ...options,
    onUnread: (page) => void told.unread.push(page),
    onCut: (page, length) => void told.cut.push([page, length]),
    onNamingsCut: (page, namings) => void told.namings.push([page, namings]),
  });
  return { candidates, told };
}

/** The warnings `mineReported` gives for what mining one file told, at `at`. */
export function reportTold(told: Told, diagnostics: Diagnostics, at: At): void {
  const unread = unreadSentences(diagnostics, at);
  const cut = cutSentences(diagnostics, at);
  const namings = namingsCut(diagnostics, at);
  for (const page of told.unread) unread.onUnread(page);
  for (const [page, length] of told.cut) cut.onCut(page, length);
  for (const [page, n] of told.namings) namings.onNamingsCut(page, n);
  unread.report();
  cut.report();
  namings.report();
}

/**
 * The sentences of one file the learned method read only in part, gathered (`note(page, size)`) and warned of once
 * (`report()`): `describe` words the warning from the pages and the largest size.
 */
function perFileCuts(describe: (pages: readonly number[], largest: number) => string): {
  readonly note: (page: number, size: number) => void;
  readonly report: () => string | undefined;
} {
  const pages: number[] = [];
  let largest = 0;
  return {
    note: (page, size) => {
      pages.push(page);
      largest = Math.max(largest, size);
    },
    report: () => (pages.length === 0 ? undefined : describe(pages, largest)),
  };
}

const count = (n: number) => n.toLocaleString('en-US');
const pagesOf = (pages: readonly number[]) => [...new Set(pages)].join(', ');

/** `onNamingsCut` for one file, and the warning it leads to: one per file, naming the pages and the most namings in one sentence. */
export function namingsCut(diagnostics: Diagnostics, at: At): { readonly onNamingsCut: (page: number, namings: number) => void; readonly report: () => void } {
  const cuts = perFileCuts((pages, most) => {
    const where =
      pages.length === 1
        ? `A sentence on page ${pages[0]} names the concept ${most} times`
        : `${pages.length} sentences (pages ${pagesOf(pages)}) name the concept more than ${MAX_SPANNED_NAMINGS} times (the most ${most})`;
    return `${where}; the learned method read only around the first ${MAX_SPANNED_NAMINGS} namings in ${pages.length === 1 ? 'it' : 'each'} for definitions, as each naming's spans read the whole sentence`;
  });
  return { onNamingsCut: cuts.note, report: () => warnIf(diagnostics, 'mine/many-namings-cut', cuts.report(), at) };
}

/** `onCut` for one file, and the warning it leads to: one per file, naming the pages and the longest sentence cut. */
export function cutSentences(diagnostics: Diagnostics, at: At): { readonly onCut: (page: number, length: number) => void; readonly report: () => void } {
  const cuts = perFileCuts((pages, longest) => {
    const where =
      pages.length === 1
        ? `A sentence on page ${pages[0]} naming the concept is ${count(longest)} characters long`
        : `${pages.length} sentences (pages ${pagesOf(pages)}) naming the concept are longer than ${count(MAX_SPANNED)} characters (the longest ${count(longest)})`;
    return `${where}; the learned method read only the first ${count(MAX_SPANNED)} characters of ${pages.length === 1 ? 'it' : 'each'} for definitions, as each of a sentence's spans reads the whole sentence`;
  });
  return { onCut: cuts.note, report: () => warnIf(diagnostics, 'mine/long-sentence-cut', cuts.report(), at) };
}

function warnIf(diagnostics: Diagnostics, code: Parameters<Diagnostics['warn']>[0], message: string | undefined, at: At): void {
  if (message !== undefined) diagnostics.warn(code, message, at);
}
