/** The ways `mine` can find definitions (src/mine/method.ts); apart from the schema so the CLI can name them without zod. */
export const MINE_METHODS = ['rules', 'learned'] as const;
export type MineMethod = (typeof MINE_METHODS)[number];
