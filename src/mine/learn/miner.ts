import { createRequire } from 'node:module';
import type { Concept } from '../../config/concept.js';
import { spokenIn } from '../attribution.js';
import type { Candidate } from '../index.js';
import { documentSpans, placeOfSpan, type Group, type Span } from './candidates.js';
import { spanFeatures } from './features.js';
import { predict, type Model } from './model.js';

// The learned method of `mine --method learned`: the spans of candidates.ts, each given a probability by the shipped
// model (model.json, trained on the studied labelled files by `npm run train:mine`); per sentence the likeliest span is
// kept if it reaches the threshold, then any other above it that overlaps none kept. Attribution is the rules': a span
// takes that of the rules' candidate it overlaps most.

/** A model as shipped: its weights and the probability a span needs to be kept. */
export interface ShippedModel extends Model {
  readonly threshold: number;
}

let shipped: ShippedModel | undefined;

/** The shipped model, read on first use only (the rules never need it). */
export function shippedModel(): ShippedModel {
  shipped ??= createRequire(import.meta.url)('./model.json') as ShippedModel;
  return shipped;
}

/** A span a model keeps. */
export interface Chosen {
  readonly group: Group;
  readonly span: Span;
  readonly page: number;
  readonly line: number;
  readonly clause: string;
  readonly p: number;
  /** The rules' candidate of the sentence that overlaps the span most: its attribution is the span's. */
  readonly rule?: Candidate;
}

/** The spans a model keeps among a document's groups (`features[g][s]`: the features of span s of group g). */
export function choose(model: Model, groups: readonly Group[], features: readonly (readonly (readonly string[])[])[], threshold: number): Chosen[] {
  const found: Chosen[] = [];
  groups.forEach((g, gi) => {
    const ranked = g.spans
      .map((s, si) => ({ s, p: predict(model, features[gi]![si]!) }))
      .sort((a, b) => b.p - a.p || a.s.start - b.s.start || a.s.end - b.s.end);
    const kept: typeof ranked = [];
    for (const r of ranked) {
      if (r.p < threshold) break;
      if (kept.every((k) => r.s.end <= k.s.start || r.s.start >= k.s.end)) kept.push(r);
    }
    for (const k of kept) {
      const clause = g.sentence.slice(k.s.start, k.s.end);
      const common = (r: Candidate) => {
        const at = g.sentence.indexOf(r.clause);
        return at < 0 ? 0 : Math.max(0, Math.min(k.s.end, at + r.clause.length) - Math.max(k.s.start, at));
      };
      const rule = g.rules.filter((r) => common(r) > 0).sort((a, b) => common(b) - common(a) || b.score - a.score)[0];
      const place = placeOfSpan(g, k.s);
      found.push({ group: g, span: k.s, page: place.page, line: place.line, clause, p: k.p, ...(rule ? { rule } : {}) });
    }
  });
  return found;
}

export interface LearnedOptions {
  readonly concept: Concept;
  /** Told the page of each sentence the rules read only in part (see `MineOptions.onUnread`). */
  readonly onUnread?: (page: number) => void;
  /** Told the page and length of each sentence spanned only in its start (see `MineOptions.onCut`). */
  readonly onCut?: (page: number, length: number) => void;
  /** Told the page and count of namings of each sentence spanned around its first namings only (see `MineOptions.onNamingsCut`). */
  readonly onNamingsCut?: (page: number, namings: number) => void;
  /** Another model than the shipped one (tests, experiments). */
  readonly model?: ShippedModel;
  /** The probability a span needs (`mine --min-score`); else the model's own threshold. */
  readonly threshold?: number;
}

/** The defining clauses the learned method finds in a document given as page texts, in reading order. Pure. */
export function mineLearned(pages: readonly string[], options: LearnedOptions): Candidate[] {
  const model = options.model ?? shippedModel();
  const threshold = options.threshold ?? model.threshold;
  const { groups } = documentSpans(pages, options.concept, undefined, options);
  // (a group at a time: its spans' features are dropped as soon as it is chosen from, not kept for the whole document)
  const chosen = groups.flatMap((g) => choose(model, [g], [g.spans.map((s) => spanFeatures(g, s))], threshold));
  return chosen
    .map((c) => learnedCandidate(c, threshold))
    .sort((a, b) => a.page - b.page || a.line - b.line || a.sentence.localeCompare(b.sentence) || a.clause.localeCompare(b.clause));
}

/** A chosen span as a candidate of `mine`: the same fields as the rules', the explanation the model's. */
export function learnedCandidate(c: Chosen, threshold: number): Candidate {
  const { group, span, rule } = c;
  const words = c.clause.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // (a span no rule candidate overlaps, said in a transcript's turn: the speaker's, as the rules would file it)
  // (else its source read as the rules read a clause's: `We follow Adeyemi et al. [12] in defining …`, a span no rule finds)
  const attribution = rule
    ? rule.attribution
    : group.spoken
      ? spokenIn(undefined, group.spoken.speaker, group.spoken.year)
      : group.attributeSpan?.(span.start, span.end, span.term);
  const p = Math.round(c.p * 1e4) / 1e4;
  return {
    page: c.page,
    line: c.line,
    sentence: group.sentence,
    clause: c.clause,
    term: span.term,
    score: p,
    pattern: 'learned',
    explanation: {
      pattern: { name: 'learned', value: p },
      position: { name: `span ${span.from}–${span.to}`, value: 1 },
      length: { name: 'length', value: 1, words },
      checks: [],
      learned: {
        probability: p,
        threshold,
        ...(rule ? { overlaps: { pattern: rule.pattern, score: rule.score, clause: rule.clause } } : {}),
      },
    },
    quoted: rule?.quoted ?? attribution !== undefined,
    ...(attribution ? { attribution } : {}),
    context: rule?.context ?? group.kind,
  };
}
