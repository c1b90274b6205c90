/** The ways `mine` can find definitions (src/mine/method.ts); apart from the schema so the CLI can name them without zod. */
export const MINE_METHODS = ['rules', 'learned'] as const;
export type MineMethod = (typeof MINE_METHODS)[number];
/** What `mine`, `add` and documents in the corpus use when neither `--method` nor the config's `mine.method` says. */
export const DEFAULT_MINE_METHOD: MineMethod = 'learned';
