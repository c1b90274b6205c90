// The studied labelled files as documents (held-out files never read), and what training and evaluating the
// learned miner (src/mine/learn/) on them needs: spans with features and labels, a model per training set, the
// spans it keeps, scored by the scorer's rule (test/mine/evaluation-data.ts).
import { readdirSync } from 'node:fs';
import type { Candidate } from '../src/mine/index.js';
import { documentSpans, placeOfSpan, type Group, type RuleMiner } from '../src/mine/learn/candidates.js';
import { spanFeatures } from '../src/mine/learn/features.js';
import { predict, train, type Example, type Model, type TrainOptions } from '../src/mine/learn/model.js';
import {
  EVALUATION_CONCEPT,
  HELD_OUT,
  MINING_FIXTURES,
  readPaper,
  readPassages,
  sameClause,
  score,
  type Expected,
  type Scored,
} from '../test/mine/evaluation-data.js';

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

export interface Prepared extends LabelledDocument {
  readonly groups: Group[];
  readonly features: string[][][];
  readonly labels: (0 | 1)[][];
}

// The features that come from the rules (their spans, pattern, factors and score).
const RULE_FEATURE = /^(?:rule|near-rule|sentence-rule|top-rule|rule-[a-z-]+):/u;

/**
 * A document's spans with features and labels (1: the scorer would match the span to an expected definition).
 * `noRules`: neither the rules' spans nor their features (the lexical model alone).
 */
export function prepare(doc: LabelledDocument, options: { noRules?: boolean; ruleMiner?: RuleMiner } = {}): Prepared {
  const all = documentSpans(doc.pages, EVALUATION_CONCEPT, options.ruleMiner).groups;
  const groups = options.noRules ? all.map((g) => ({ ...g, rules: [], spans: g.spans.filter((s) => s.from !== 'rule').map(({ rule: _, ...s }) => s) })) : all;
  const features = groups.map((g) => g.spans.map((s) => spanFeatures(g, s).filter((f) => !options.noRules || !RULE_FEATURE.test(f))));
  const labels = groups.map((g) =>
    g.spans.map((s): 0 | 1 => {
      const clause = g.sentence.slice(s.start, s.end);
      const page = placeOfSpan(g, s).page;
      return doc.expected.some((e) => sameClause(clause, e.clause) && (e.page === undefined || e.page === page)) ? 1 : 0;
    }),
  );
  return { ...doc, groups, features, labels };
}

export function trainOn(docs: readonly Prepared[]): Model {
  const examples: Example[] = [];
  // Each span with rule features is also given without them: the rules fit the files they were written from, so
  // trained on those alone the model trusts their score as much as it does there, and on unseen text it is the rules
  // again. Seen both ways, the words must carry the decision too (a replay of the twelfth round chose this).
  const dropout = process.env['MINE_LEARN_DROPOUT'] !== '0';
  for (const d of docs) {
    d.features.forEach((g, gi) =>
      g.forEach((features, si) => {
        examples.push({ features, label: d.labels[gi]![si]! });
        if (dropout && features.some((f) => RULE_FEATURE.test(f)))
          examples.push({ features: features.filter((f) => !RULE_FEATURE.test(f)), label: d.labels[gi]![si]! });
      }),
    );
  }
  // (MINE_LEARN_TRAIN='{"epochs":20}' tries other settings in an experiment; the shipped model uses the defaults)
  return train(examples, JSON.parse(process.env['MINE_LEARN_TRAIN'] ?? '{}') as TrainOptions);
}

export interface Chosen {
  readonly page: number;
  readonly clause: string;
  readonly p: number;
  /** The rules' candidate of the sentence that overlaps the span most: its attribution is the span's. */
  readonly rule?: Candidate;
}

/** The spans a model keeps in a document: per sentence the likeliest first, then any other above the threshold that overlaps none kept. */
export function choose(model: Model, doc: Prepared, threshold: number): Chosen[] {
  const found: Chosen[] = [];
  doc.groups.forEach((g, gi) => {
    const ranked = g.spans
      .map((s, si) => ({ s, p: predict(model, doc.features[gi]![si]!) }))
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
      found.push({ page: placeOfSpan(g, k.s).page, clause, p: k.p, ...(rule ? { rule } : {}) });
    }
  });
  return found;
}

/** Precision and recall of a model's choices on documents, by the scorer's rule. */
export function scoreModel(model: Model, docs: readonly Prepared[], threshold: number): Scored {
  return score(docs.map((d) => ({ id: d.id, found: choose(model, d, threshold).map(asCandidate), expected: d.expected })));
}

/** A chosen span as the scorer reads a candidate: its page and clause, with the attribution of the rules' candidate it overlaps. */
export function asCandidate(c: Chosen): Candidate {
  const attribution = c.rule?.attribution;
  return {
    ...(c.rule ?? {}),
    page: c.page,
    clause: c.clause,
    score: c.p,
    quoted: c.rule?.quoted ?? false,
    ...(attribution ? { attribution } : {}),
  } as Candidate;
}

export const fraction = (n: number, d: number) => `${(d ? n / d : 1).toFixed(3)} (${n}/${d})`;
