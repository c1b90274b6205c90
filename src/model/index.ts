// The contracts stages hand each other, and the run's result: plain, serializable data.
export type * from './records.js';
export type * from './terms.js';
export { compareTerms, determinerOf, DETERMINERS, isNested, isNounUse, packInfo, PARTS_OF_SPEECH, posOf, sentenceOf } from './terms.js';
export type * from './factors.js';
export type * from './tables.js';
export { CELL_SOURCES, cellEvidence, correctionOf, hasFactor } from './tables.js';
export type * from './synthesis.js';
export type * from './agreement.js';
export type * from './sensitivity.js';
export type * from './analyses.js';
export { QUADRANTS } from './analyses.js';
export type { RunResult } from './run.js';
export { runCounts } from './run.js';
