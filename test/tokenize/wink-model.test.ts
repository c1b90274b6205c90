import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { readCoreModel, winkModel } from '../../src/tokenize/wink-model.js';

const require = createRequire(import.meta.url);
const packaged = require('wink-eng-lite-web-model') as Record<string, unknown> & { core: () => unknown; addons: Record<string, unknown> };

/**
 * The first place where two models differ ('' when none): typed arrays by their bytes, sets by their
 * members, objects by their keys in order and by prototype (the hashes have none).
 * (`isDeepStrictEqual` takes half a minute over the 2.9 MB model.)
 */
function difference(a: unknown, b: unknown, at = 'model'): string {
  if (a === b) return '';
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return at;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return `${at} (kind)`;
  if (a instanceof Uint32Array)
    return Buffer.compare(
      Buffer.from(a.buffer, a.byteOffset, a.byteLength),
      Buffer.from((b as Uint32Array).buffer, (b as Uint32Array).byteOffset, (b as Uint32Array).byteLength),
    )
      ? at
      : '';
  if (a instanceof Set) return difference([...a], [...(b as Set<unknown>)], at);
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return `${at}.length`;
    for (let i = 0; i < a.length; i++) {
      const found = a[i] === other[i] ? '' : difference(a[i], other[i], `${at}[${i}]`);
      if (found) return found;
    }
    return '';
  }
  const keys = Object.keys(a);
  if (keys.join('\u0000') !== Object.keys(b).join('\u0000')) return `${at} (keys)`;
  for (const key of keys) {
    const x = (a as Record<string, unknown>)[key];
    const y = (b as Record<string, unknown>)[key];
    const found = x === y ? '' : difference(x, y, `${at}.${key}`);
    if (found) return found;
  }
  return '';
}

describe('the wink model read without its copy', () => {
  it('has the same core model as the package, field by field (typed arrays, hashes, sets)', () => {
    const ours = readCoreModel();
    const theirs = packaged.core();
    expect(difference(ours, theirs)).toBe('');
    // And a change would be seen: one lexeme index off, one word of the lexicon (each read afresh:
    // the second shows only its own change).
    const changed = readCoreModel() as unknown as { features: { lexeme: { index: number } }; lexicon: Uint32Array };
    changed.features.lexeme.index++;
    expect(difference(changed, theirs)).toBe('model.features.lexeme.index');
    const other = readCoreModel() as unknown as { lexicon: Uint32Array };
    other.lexicon[1000]! ^= 1;
    expect(difference(other, theirs)).toBe('model.lexicon');
  });

  it('is otherwise the package model: the same parts and add-ons', () => {
    const ours = winkModel() as unknown as Record<string, unknown> & { addons: Record<string, unknown> };
    expect(Object.keys(ours).sort()).toEqual(Object.keys(packaged).sort());
    for (const key of Object.keys(packaged)) if (key !== 'core' && key !== 'addons') expect(ours[key]).toBe(packaged[key]);
    expect(Object.keys(ours.addons).sort()).toEqual(Object.keys(packaged.addons).sort());
    for (const key of Object.keys(packaged.addons)) expect(ours.addons[key]).toBe(packaged.addons[key]);
  });
});
