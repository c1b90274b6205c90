/** Candidates scoring below this are left out unless `--min-score` says otherwise (kept apart so the command line loads without the miner). */
export const DEFAULT_MIN_SCORE = 0.5;
