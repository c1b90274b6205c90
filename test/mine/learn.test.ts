import { describe, expect, it } from 'vitest';
import { termForms } from '../../src/config/concept.js';
import { termMatcher } from '../../src/mine/clauses.js';
import { documentSpans, namingsIn, spansAround } from '../../src/mine/learn/candidates.js';
import { spanFeatures } from '../../src/mine/learn/features.js';
import { minimise, predict, train, type Example, type Objective } from '../../src/mine/learn/model.js';
import { EVALUATION_CONCEPT, sameClause } from './evaluation-data.js';

const matcher = termMatcher(termForms(EVALUATION_CONCEPT));
const texts = (sentence: string, spans: readonly { start: number; end: number }[]) => spans.map((s) => sentence.slice(s.start, s.end));

describe('learned miner: candidate spans', () => {
  it('spans a lead-in, a colon and a trailing citation: the defining clause is among them', () => {
    const sentence = 'Industry papers put it plainly: a smart city is a city that uses data to run its services (Okafor, 2019).';
    const [naming] = namingsIn(sentence, matcher);
    const spans = texts(sentence, spansAround(sentence, naming!.start, naming!.end, naming!.term));
    expect(spans).toContain('a smart city is a city that uses data to run its services');
    expect(spans).toContain('smart city is a city that uses data to run its services');
    // (the whole sentence is a span too, but no span runs into the citation when it stops before it)
    expect(spans.some((s) => s.startsWith('Industry papers'))).toBe(true);
    expect(spans.every((s) => !s.endsWith('('))).toBe(true);
  });

  it('names a term by its head with the modifier a few words on, and a table cell after the term cell', () => {
    const split = 'According to Okafor (2011), a city is smart when its budget follows published targets.';
    const namings = namingsIn(split, matcher);
    expect(namings.map((n) => [split.slice(n.start, n.end), n.term])).toEqual([['city', 'smart city']]);
    const spans = texts(split, spansAround(split, namings[0]!.start, namings[0]!.end, 'smart city'));
    expect(spans).toContain('a city is smart when its budget follows published targets');
    const row = 'Asante (2022) | Digital twin | A virtual model of a physical system used to predict it | data';
    const cell = namingsIn(row, matcher)[0]!;
    expect(texts(row, spansAround(row, cell.start, cell.end, cell.term))).toContain('A virtual model of a physical system used to predict it');
  });

  it('gives no span of fewer than four words, and none for a sentence that does not name the concept', () => {
    const { groups } = documentSpans(['The river floods every spring. Smart cities thrive.'], EVALUATION_CONCEPT);
    expect(groups.map((g) => g.sentence)).toEqual(['Smart cities thrive.']);
    expect(groups[0]!.spans).toEqual([]);
  });

  it("carries the rules' candidates with their factors, on the span of the same text", () => {
    const { groups } = documentSpans(['A smart city is a city that uses digital technology to improve the lives of its residents.'], EVALUATION_CONCEPT);
    const ruled = groups.flatMap((g) => g.spans).filter((s) => s.rule);
    expect(ruled.length).toBeGreaterThan(0);
    const [g] = groups;
    expect(
      ruled.some((s) =>
        sameClause(g!.sentence.slice(s.start, s.end), 'A smart city is a city that uses digital technology to improve the lives of its residents'),
      ),
    ).toBe(true);
    expect(spanFeatures(g!, ruled[0]!)).toEqual(expect.arrayContaining(['rule-pattern:is-a']));
  });
});

describe('learned miner: run-on sentences', () => {
  it('tells the page and length of each sentence naming the concept that it spans only in its first 4,000 characters', () => {
    const runOn = `A smart city is a city that shares data${', and lamps and meters'.repeat(200)}.`;
    const late = `The lamps and meters${', and lamps and meters'.repeat(200)}, and smart cities share them.`;
    const plain = `The lamps and meters${', and lamps and meters'.repeat(200)}.`;
    const cut: [number, number][] = [];
    const { groups } = documentSpans(
      ['A smart city is a city that shares data.', `${runOn}\n\n${runOn}`, `${late}\n\n${plain}`],
      EVALUATION_CONCEPT,
      undefined,
      {
        onCut: (page, length) => cut.push([page, length]),
      },
    );
    // (the same run-on twice is told once; one naming nothing is not told)
    expect(cut).toEqual([
      [2, runOn.length],
      [3, late.length],
    ]);
    expect(runOn.length).toBeGreaterThan(4000);
    const spanned = groups.find((g) => g.sentence.startsWith('A smart city is a city that shares data,'))!;
    expect(spanned.sentence.length).toBeLessThanOrEqual(4000);
    expect(groups.some((g) => g.sentence.startsWith('The lamps'))).toBe(false);
  });
});

describe('learned miner: features', () => {
  it('names the verb after the term, its word classes, how the span was cut, and is the same list each time', () => {
    const { groups } = documentSpans(['As presently understood, a smart city is one that measures its own services.'], EVALUATION_CONCEPT);
    const g = groups[0]!;
    const span = g.spans.find((s) => g.sentence.slice(s.start, s.end) === 'a smart city is one that measures its own services')!;
    const f = spanFeatures(g, span);
    expect(f).toEqual(expect.arrayContaining(['bias', 'a1:is', 'a2:is one', 'from:w1', 'to:end', 'b1:a', 'b2:, a', 't1:VBZ', 'kind:paragraph']));
    expect(new Set(f).size).toBe(f.length);
    expect(spanFeatures(g, span)).toEqual(f);
  });
});

describe('learned miner: model', () => {
  // Two features that decide the label and one that is noise.
  const examples: Example[] = Array.from({ length: 200 }, (_, i) => {
    const good = i % 3 === 0;
    return { features: ['bias', good ? 'a1:is' : 'a1:has', i % 2 ? 'noise:x' : 'noise:y'], label: good ? 1 : 0 };
  });

  it('learns a separable rule: high for the positive feature, low for the negative one', () => {
    const model = train(examples);
    expect(predict(model, ['bias', 'a1:is', 'noise:x'])).toBeGreaterThan(0.9);
    expect(predict(model, ['bias', 'a1:has', 'noise:y'])).toBeLessThan(0.1);
    // A feature never seen weighs nothing.
    expect(predict(model, ['bias', 'a1:is', 'unseen:z'])).toBe(predict(model, ['bias', 'a1:is']));
  });

  it("is deterministic, and the examples' order does not matter: shuffled, they give the same weights", () => {
    const a = JSON.stringify(train(examples));
    expect(JSON.stringify(train(examples))).toBe(a);
    const shuffled = [...examples.filter((_, i) => i % 2), ...examples.filter((_, i) => i % 2 === 0).reverse()];
    expect(JSON.stringify(train(shuffled))).toBe(a);
  });

  it('reaches the minimum worked out by hand: 3 positives and 1 negative of one feature, λ = 1/(3 ln 2), give w = ln 2', () => {
    // The loss Σ log(1 + e^w) − y·w + λw²/2 has gradient 4σ(w) − 3 + λw; at w = ln 2, σ = 2/3, so 8/3 − 3 + λ ln 2 = 0.
    const four: Example[] = [1, 1, 1, 0].map((label) => ({ features: ['a'], label: label as 0 | 1 }));
    expect(train(four, { l2: 1 / (3 * Math.LN2), tolerance: 1e-9 }).weights['a']).toBeCloseTo(Math.LN2, 5);
    // Without a penalty the fit is the data's odds, σ(w) = 3/4: w = ln 3.
    expect(train(four, { l2: 0, tolerance: 1e-9 }).weights['a']).toBeCloseTo(Math.log(3), 5);
  });

  it('meets the optimality condition on every feature: Σ (σ(z) − y) + λw = 0', () => {
    const l2 = 0.5;
    const { weights } = train(examples, { l2, tolerance: 1e-6 });
    const gradient = new Map<string, number>();
    for (const e of examples) {
      const residual = predict({ weights }, e.features) - e.label;
      for (const f of e.features) gradient.set(f, (gradient.get(f) ?? 0) + residual);
    }
    for (const [f, g] of gradient) expect(Math.abs(g + l2 * (weights[f] ?? 0))).toBeLessThan(1e-3);
    expect(gradient.size).toBe(5);
  });
});

describe('learned miner: L-BFGS', () => {
  // ½ Σ aᵢ (xᵢ − bᵢ)², badly scaled (a from 1 to 10⁴): the minimum is b.
  const a = [1, 10, 100, 1e4];
  const b = [3, -2, 0.5, 7];
  const quadratic: Objective = (x, gradient) => {
    let value = 0;
    for (let i = 0; i < a.length; i++) {
      value += 0.5 * a[i]! * (x[i]! - b[i]!) ** 2;
      gradient[i] = a[i]! * (x[i]! - b[i]!);
    }
    return value;
  };

  it('finds the minimum of a badly scaled quadratic', () => {
    const { x, value, gradient } = minimise(quadratic, 4, { tolerance: 1e-9 });
    b.forEach((bi, i) => expect(x[i]).toBeCloseTo(bi, 8));
    expect(value).toBeLessThan(1e-12);
    expect(gradient).toBeLessThanOrEqual(1e-9);
  });

  it('throws rather than return a point short of the tolerance', () => {
    expect(() => minimise(quadratic, 4, { tolerance: 1e-9, maxIterations: 2 })).toThrow(/did not converge/);
  });
});

describe('learned miner: sentences naming the concept often', () => {
  it('tells the page and count of each sentence it spans around its first eight namings only, once', () => {
    const many =
      'Smart cities, sustainable cities, smart sustainable cities, smart cities again, sustainable cities again, smart cities, sustainable cities, smart cities, sustainable cities and smart cities: a smart city is a city that names itself often.';
    const seven =
      'Smart cities, sustainable cities, smart cities, sustainable cities, smart cities and sustainable cities: a smart city is a city that shares data.';
    const told: [number, number][] = [];
    const { matcher } = documentSpans(['An opening line.', `${seven}\n\n${many}\n\n${many}`], EVALUATION_CONCEPT, undefined, {
      onNamingsCut: (page, namings) => told.push([page, namings]),
    });
    // (the same sentence twice is told once; seven namings are not told)
    expect(told).toEqual([[2, 11]]);
    expect(namingsIn(seven, matcher)).toHaveLength(7);
    expect(namingsIn(many, matcher)).toHaveLength(8);
  });
});
