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
  for (const pair of similarDefinitionPairs(all, config)) {
    // Pairs come as (a < b): the later one is the repeat.
    if (pair.b < existing.length) continue;
    const of = all[pair.a]!;
    const repeat = all[pair.b]!;
    const exact = words(of.text).join(' ') === words(repeat.text).join(' ');
    out.push({ added: repeat, of, existing: pair.a < existing.length, exact, similarity: exact ? 1 : Math.round(pair.similarity * 100) / 100 });
  }
  return out.sort((x, y) => added.indexOf(x.added) - added.indexOf(y.added) || all.indexOf(x.of) - all.indexOf(y.of));
}
