// Rebuilds the learned miner's shipped model, src/mine/learn/model.json (`npm run train:mine`): trained on every
// studied labelled file (never a held-out one) with the default training settings (threshold SHIPPED_THRESHOLD), features
// found in fewer than SHIPPED_MIN_FILES of those files left out. Deterministic: the same files give the same bytes
// (test/mine/learn-model.slow.test.ts retrains and compares).
//
//   npm run train:mine [-- --check] [-- --out FILE]
//
// --check: compare with the shipped file instead of writing it. --out FILE: write the model there instead (to compare
// the models two builds train with `cmp`, when the shipped one is stale); with --check, compare with FILE.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { shippedModelText } from './mine-learn-data.js';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, out: { type: 'string' } } });
const shippedFile = fileURLToPath(new URL('../src/mine/learn/model.json', import.meta.url));
const file = values.out ?? shippedFile;
const started = performance.now();
const text = shippedModelText();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const features = Object.keys((JSON.parse(text) as { weights: object }).weights).length;
if (values.check) {
  const same = readFileSync(file, 'utf8') === text;
  console.log(`${same ? 'same as' : 'differs from'} ${values.out ?? 'the shipped model'} (${features} features, ${seconds} s)`);
  process.exit(same ? 0 : 1);
}
writeFileSync(file, text);
console.log(`wrote ${values.out ?? 'src/mine/learn/model.json'}: ${features} features, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB, ${seconds} s`);
