import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-nlp';

// wink-eng-lite-web-model as its `dist/model.js` makes it, but with the core model read by
// `readCoreModel` below: the package's reader parses the 2.9 MB JSON when the package is imported,
// then copies it whole (`JSON.parse(JSON.stringify(…))`, so that a second read starts clean) and
// decodes the lexicon a byte at a time; each thread reads it once, so a fresh parse needs no copy.
// About half of the model's load (some 60 ms of CPU per thread that tokenizes). The other parts are
// the package's own; a test compares the core model with the package's, field by field.

const require = createRequire(import.meta.url);
const part = (name: string): unknown => require(`wink-eng-lite-web-model/dist/${name}.js`);

/** The core model's JSON, as the package's `read-core-model.js` requires it. */
export const CORE_MODEL_FILE = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: Feature };
  pos: { hash: Record<string, number> };
}

/** Base64 of little-endian 32-bit words, as the package's `bufferFromBase64` reads it into a `Uint32Array`. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length % 4) throw new Error('wink model: a packed array is not whole 32-bit words');
  const out = new Uint32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

/** The package's `load-core-model.js` (and the `read-core-model.js` it calls), the JSON parsed afresh instead of copied. */
export function readCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(CORE_MODEL_FILE, 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  const index = (feature: Feature) => {
    const hash: Record<string, number> = Object.create(null) as Record<string, number>;
    for (let k = 0; k < feature.list.length; k++) hash[feature.list[k] as string] = k;
    feature.hash = hash;
  };
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) index(features[f]!);
  index(features.lexeme);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    const feature = features[f]!;
    if (layout[3] === 0) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The model object wink-nlp is given (the package's `dist/model.js`, its `core` replaced). */
export function winkModel(): Model {
  const model = Object.create(null) as Record<string, unknown>;
  model.core = readCoreModel;
  model.sbd = part('load-sbd-model');
  model.pos = part('load-pos-model');
  model.ner = part('load-ner-model');
  model.negation = part('load-negation-model');
  model.sa = part('load-sa-model');
  model.metaCER = part('load-cer-meta-model');
  model.featureFn = part('feature');
  const addons = Object.create(null) as Record<string, unknown>;
  addons.stem = part('porter-stemmer');
  addons.lemmatize = part('lemmatize');
  addons.readabilityStats = part('readability-stats');
  addons.wordVectors = undefined;
  model.addons = addons;
  return model as unknown as Model;
}
