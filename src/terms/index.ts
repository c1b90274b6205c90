import { compare, pushTo } from '../core/text.js';
import type { Definition, DefinitionTerm, TermStats, TokenizedDefinition } from '../model/index.js';

export interface Scored {
  readonly terms: TermStats[];
  readonly definitionTerms: DefinitionTerm[];
  /** Merge key → term label, for later stages that read occurrences. */
  readonly labelOf: ReadonlyMap<string, string>;
}

/**
 * Counts every term: occurrences, definitions containing it, their share and their sectors.
 * Occurrences whose keys share a stem are one term, named by its most frequent form.
 */
export function score(tokenized: readonly TokenizedDefinition[], definitions: readonly Definition[], sectors: readonly string[]): Scored {
  const sectorOf = new Map(definitions.map((d) => [d.id, d.sector]));
  const forms = new Map<string, Map<string, number>>();
  for (const t of tokenized) {
    for (const o of t.occurrences) {
      let counts = forms.get(o.key);
      if (!counts) forms.set(o.key, (counts = new Map()));
      counts.set(o.form, (counts.get(o.form) ?? 0) + 1);
    }
  }
  const labelOf = new Map<string, string>();
  const keysOf = new Map<string, string[]>();
  for (const [key, counts] of forms) {
    const label = mostFrequent(counts);
    labelOf.set(key, label);
    pushTo(keysOf, label, key);
  }

  interface Acc {
    frequency: number;
    words: number;
    ids: Set<string>;
    forms: Map<string, number>;
    pos: Map<string, number>;
    nested: number;
  }
  const byTerm = new Map<string, Acc>();
  const definitionTerms: DefinitionTerm[] = [];
  for (const t of tokenized) {
    const counts = new Map<string, number>();
    const phrases = t.occurrences.filter((o) => o.words > 1);
    for (const o of t.occurrences) {
      const term = labelOf.get(o.key)!;
      counts.set(term, (counts.get(term) ?? 0) + 1);
      let acc = byTerm.get(term);
      if (!acc) byTerm.set(term, (acc = { frequency: 0, words: term.split(' ').length, ids: new Set(), forms: new Map(), pos: new Map(), nested: 0 }));
      acc.frequency++;
      acc.ids.add(t.id);
      acc.forms.set(o.form, (acc.forms.get(o.form) ?? 0) + 1);
      acc.pos.set(o.pos, (acc.pos.get(o.pos) ?? 0) + 1);
      if (o.words === 1 && phrases.some((p) => p.start <= o.start && p.end >= o.end)) acc.nested++;
    }
    for (const [term, count] of [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))) {
      definitionTerms.push({ definitionId: t.id, term, count });
    }
  }

  const total = tokenized.length;
  const terms: TermStats[] = [...byTerm].map(([term, acc]) => {
    const bySector: Record<string, number> = Object.fromEntries(sectors.map((s) => [s, 0]));
    for (const id of acc.ids) {
      const sector = sectorOf.get(id);
      if (sector !== undefined && sector in bySector) bySector[sector]!++;
    }
    return {
      term,
      key: keysOf.get(term)!.sort().join('|'),
      words: acc.words,
      frequency: acc.frequency,
      definitions: acc.ids.size,
      share: total ? acc.ids.size / total : 0,
      nested: acc.nested,
      pos: mostFrequent(acc.pos),
      bySector,
      variants: [...acc.forms].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([form]) => form),
    };
  });
  terms.sort(compareTerms);
  return { terms, definitionTerms, labelOf };
}

/** Most definitions first, then most occurrences, then alphabetical: a total order. */
export function compareTerms(a: TermStats, b: TermStats): number {
  return b.definitions - a.definitions || b.frequency - a.frequency || compare(a.term, b.term);
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of counts) {
    if (count > bestCount || (count === bestCount && compare(form, best) < 0)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

