/** How often a batch saw one (key, form) pair; pairs are numbered in the batch's order of first sight. */
export interface FormCount {
  /** The pair's number in the batch. */
  readonly index: number;
  readonly key: number;
  readonly form: number;
  count: number;
}

/**
 * Kept with each distinct word by the tokenizer (see `WordFacts`): the batch that last counted the
 * word's single-word term, and that count, so that its next occurrence in the same batch is counted
 * without looking its key and form up (`BatchBuilder.add`).
 */
export interface CountSlot {
  owner?: object;
  counted?: FormCount;
}
