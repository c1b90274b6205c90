import { words } from '../core/text.js';
import type { Definition } from '../model/index.js';
import type { Config } from '../config/schema.js';
import { similarDefinitionPairs } from '../validate/index.js';

export interface AddDuplicate {
  /** The new definition. */
  readonly added: Definition;
  /** The definition it repeats: already in the corpus, or earlier in the same batch. */
  readonly of: Definition;
  readonly existing: boolean;
  readonly exact: boolean;
  readonly similarity: number;
}

/**
 * New definitions that repeat an existing one, or an earlier new one: the same words (exact) or a
 * word-shingle similarity at or above the configured threshold (near), measured as the analysis measures it.
 */
export function findAddDuplicates(existing: readonly Definition[], added: readonly Definition[], config: Config): AddDuplicate[] {
  const all = [...existing, ...added];
  const out: AddDuplicate[] = [];
  // The same words: found by the words themselves, however short the text (the shingle measure
  // below leaves out texts with too few shingles after the domain's stopwords).
  const first = new Map<string, number>();
  const key = all.map((d) => words(d.text).join(' '));
  key.forEach((k, i) => {
    const of = first.get(k);
    if (of === undefined) first.set(k, i);
    else if (i >= existing.length) out.push({ added: all[i]!, of: all[of]!, existing: of < existing.length, exact: true, similarity: 1 });
  });
  for (const pair of similarDefinitionPairs(all, config)) {
    // Pairs come as (a < b): the later one is the repeat.
    if (pair.b < existing.length || key[pair.a] === key[pair.b]) continue;
    out.push({ added: all[pair.b]!, of: all[pair.a]!, existing: pair.a < existing.length, exact: false, similarity: Math.round(pair.similarity * 100) / 100 });
  }
  return out.sort((x, y) => added.indexOf(x.added) - added.indexOf(y.added) || all.indexOf(x.of) - all.indexOf(y.of));
}
