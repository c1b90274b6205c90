/** Texts per batch: big enough to amortise a hand-over to a worker, small enough to stream. */
export const BATCH_SIZE = 2000;
