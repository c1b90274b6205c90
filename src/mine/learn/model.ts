// Logistic regression over named features: trained by AdaGrad on the examples in a seeded order, so the
// same examples always give the same weights (no clock, no Math.random).
import { seededRandom } from '../../core/random.js';

export interface Example {
  readonly features: readonly string[];
  readonly label: 0 | 1;
}

export interface Model {
  /** The weight of each feature name; a name not listed weighs 0. */
  readonly weights: Readonly<Record<string, number>>;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly rate?: number;
  /** L2 penalty per update, scaled by the rate. */
  readonly l2?: number;
  readonly seed?: number;
  /** Weights smaller than this in size are dropped from the model (they change no decision). */
  readonly prune?: number;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function train(examples: readonly Example[], options: TrainOptions = {}): Model {
  const { epochs = 12, rate = 0.1, l2 = 1e-4, seed = 1, prune = 1e-4 } = options;
  const index = new Map<string, number>();
  const rows = examples.map((e) =>
    Int32Array.from(e.features, (name) => {
      let i = index.get(name);
      if (i === undefined) index.set(name, (i = index.size));
      return i;
    }),
  );
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const order = examples.map((_, i) => i);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const row = rows[k]!;
      let z = 0;
      for (const i of row) z += w[i]!;
      const g = sigmoid(z) - examples[k]!.label;
      for (const i of row) {
        const grad = g + l2 * w[i]!;
        g2[i] = g2[i]! + grad * grad;
        w[i] = w[i]! - (rate * grad) / Math.sqrt(g2[i]!);
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [name, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (Math.abs(w[i]!) >= prune) weights[name] = Math.round(w[i]! * 1e5) / 1e5;
  }
  return { weights };
}

// A model's weights as a Map, made on first use: looking a new string up among an object's thousands of keys costs
// more than hashing it into a Map (a profile of `mine --method learned` found predict its largest cost).
const weightMaps = new WeakMap<Model, Map<string, number>>();

/** The probability the model gives a span with these features. */
export function predict(model: Model, features: readonly string[]): number {
  let weights = weightMaps.get(model);
  if (!weights) weightMaps.set(model, (weights = new Map(Object.entries(model.weights))));
  let z = 0;
  for (const name of features) z += weights.get(name) ?? 0;
  return sigmoid(z);
}
