import { availableParallelism } from 'node:os';

/**
 * Each worker thread holds its own language model or pdf.js (one to two hundred megabytes), so
 * their number follows the cores the process may use only up to this.
 */
export const MAX_WORKERS = 8;

/** Worker threads to use by default: one per core the process may use (`os.availableParallelism()`), at most `MAX_WORKERS`. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), MAX_WORKERS));
}
