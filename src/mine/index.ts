import { CONCEPT, PATTERNS } from './patterns.js';
import { joinPages, pageAt, splitSentences } from './text.js';

/** A sentence that reads like a definition of the concept. */
export interface Candidate {
  /** 1-based page where the sentence starts (1 for a text without pages). */
  readonly page: number;
  readonly sentence: string;
  /** 0–1: the pattern's weight, lowered when the concept is not its subject or the length is odd. */
  readonly score: number;
  /** Name of the strongest pattern matched (`concept-is`, `defined-as`, `we-define`, …). */
  readonly pattern: string;
  /** The defined term, as the sentence names it: `smart city` or `smart sustainable city`. */
  readonly term: string;
}

export interface MineOptions {
  /** Candidates scoring below this are left out (default 0.5). */
  readonly minScore?: number;
}

export const DEFAULT_MIN_SCORE = 0.5;

/**
 * Candidate definition sentences of the concept in a document given as page texts, in reading
 * order. Pure: the same pages always give the same candidates.
 */
export function mineDefinitions(pages: readonly string[], options: MineOptions = {}): Candidate[] {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const paged = joinPages(pages);
  const out: Candidate[] = [];
  for (const sentence of splitSentences(paged.text)) {
    const scored = scoreSentence(sentence.text);
    if (scored && scored.score >= minScore) out.push({ page: pageAt(paged, sentence.start), sentence: sentence.text, ...scored });
  }
  return out;
}

/** The score of one sentence as a definition of the concept, or nothing if no pattern matches. */
export function scoreSentence(sentence: string): Omit<Candidate, 'page' | 'sentence'> | undefined {
  if (sentence.endsWith('?') || !/^["“(]?[\p{Lu}\p{N}]/u.test(sentence)) return undefined;
  let best: { name: string; weight: number; end: number } | undefined;
  for (const p of PATTERNS) {
    const m = p.regex.exec(sentence);
    if (m && (!best || p.weight > best.weight)) best = { name: p.name, weight: p.weight, end: m.index + m[0].length };
  }
  if (!best) return undefined;
  const concept = CONCEPT.exec(sentence);
  // The concept named up to the defining words is what they define; named after them, it is context.
  const subject = concept ? (concept.index < best.end ? 1 : 0.55) : 0.5;
  const count = sentence.split(/\s+/).length;
  const length = count < 8 ? 0.6 : count > 90 ? 0.7 : 1;
  const score = Math.round(best.weight * subject * length * 100) / 100;
  const term = concept && /sustainable/i.test(concept[0]) ? 'smart sustainable city' : 'smart city';
  return { score, pattern: best.name, term };
}
