// The studied labelled files as documents (held-out files never read), for training and cross-validating
// the learned miner (src/mine/learn/).
import { readdirSync } from 'node:fs';
import { HELD_OUT, MINING_FIXTURES, readPaper, readPassages, type Expected } from '../test/mine/evaluation-data.js';

export interface LabelledDocument {
  readonly file: string;
  readonly id: string;
  readonly pages: readonly string[];
  readonly expected: readonly Expected[];
}

/** The studied files' names, sorted: every labelled file but the held-out ones. */
export function studiedFiles(): string[] {
  return readdirSync(MINING_FIXTURES)
    .filter((f) => (f.endsWith('.jsonl') || f.startsWith('review-paper')) && !HELD_OUT.has(f))
    .sort();
}

export function documentsOf(file: string): LabelledDocument[] {
  if (HELD_OUT.has(file)) throw new Error(`${file} is held out`);
  if (file.endsWith('.jsonl')) return (readPassages(file) ?? []).map((p) => ({ file, id: p.id, pages: [p.text], expected: p.expected }));
  const paper = readPaper(file);
  return paper ? [{ file, id: file, pages: paper.pages, expected: paper.expected }] : [];
}
