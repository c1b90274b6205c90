import { Column } from '../core/columns.js';
import { isNested, posOf, type CodeHits, type KeyTerms, type PartOfSpeech, type TermStats, type TermUses } from '../model/index.js';

export interface KeyTermOptions {
  /** Fewest and most key terms a definition gets (fewer when it has fewer terms). */
  readonly min: number;
  readonly max: number;
  /** Share of a definition's candidate terms that are key, between `min` and `max`. */
  readonly share: number;
}

/** What key terms read of the terms, their uses and the rules' hits (so a worker thread can be sent that alone). */
export type KeyTermStats = Pick<TermStats, 'pos'>;
export type KeyTermUses = Pick<TermUses, 'offsets' | 'term' | 'start' | 'end' | 'info'>;
export type KeyTermHits = Pick<CodeHits, 'offsets' | 'start' | 'end'>;

/** How much a term's kind says it carries meaning: noun phrases most, verbs least. */
const KIND_WEIGHT: Readonly<Record<PartOfSpeech, number>> = { PHRASE: 1, NOUN: 0.8, PROPN: 0.8, ADJ: 0.4, VERB: 0.1 };

/**
 * The key terms of every definition: the few that carry its meaning, ranked. A term scores by its
 * kind (a multi-word term above a noun above an adjective above a verb), by being a word the
 * codebook's rules name in this definition, and by how often the definition says it. How rare a
 * term is across the corpus does not count: measured against analysts' key terms it only hurt, as
 * a field's key terms are the ones its definitions share. A word said inside a longer key term of
 * the same definition is left to it ("life" to "quality of life").
 */
export function keyTerms(terms: readonly KeyTermStats[], uses: KeyTermUses, hits: KeyTermHits, options: KeyTermOptions): KeyTerms {
  const definitions = uses.offsets.length - 1;
  const offsets = new Int32Array(definitions + 1);
  // Typed columns, not arrays of numbers: some five million key terms at a million definitions.
  const chosenTerms = new Column((n) => new Int32Array(n));
  const chosenScores = new Column((n) => new Float64Array(n));
  const chosenStarts = new Column((n) => new Int32Array(n));
  const chosenEnds = new Column((n) => new Int32Array(n));
  for (let d = 0; d < definitions; d++) {
    const candidates = new Map<number, { score: number; spans: [number, number][]; count: number }>();
    for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) {
      const t = uses.term[u]!;
      let c = candidates.get(t);
      if (!c) candidates.set(t, (c = { score: 0, spans: [], count: 0 }));
      c.spans.push([uses.start[u]!, uses.end[u]!]);
      c.count++;
      if (!isNested(uses.info[u]!)) c.score = Math.max(c.score, KIND_WEIGHT[posOf(uses.info[u]!)] ?? 0);
    }
    const ruled = (spans: readonly [number, number][]) =>
      spans.some(([s, e]) => {
        for (let h = hits.offsets[d]!; h < hits.offsets[d + 1]!; h++) if (hits.start[h]! < e && hits.end[h]! > s) return true;
        return false;
      });
    const ranked = [...candidates].map(([t, c]) => {
      const kind = c.score || KIND_WEIGHT[terms[t]!.pos] * 0.5;
      return { t, spans: c.spans, score: kind + (ruled(c.spans) ? 0.5 : 0) + 0.2 * (Math.min(c.count, 3) / 3) };
    });
    ranked.sort((a, b) => b.score - a.score || a.t - b.t);
    const k = Math.min(ranked.length, Math.max(options.min, Math.min(options.max, Math.round(options.share * ranked.length))));
    const kept: { t: number; spans: [number, number][] }[] = [];
    for (const c of ranked) {
      if (kept.length >= k) break;
      // A word inside a longer key term of this definition is that term's.
      const inside = c.spans.every(([s, e]) => kept.some((k2) => k2.spans.some(([ks, ke]) => ks <= s && ke >= e && ke - ks > e - s)));
      if (inside) continue;
      kept.push(c);
      chosenTerms.push(c.t);
      chosenScores.push(Math.round(c.score * 1000) / 1000);
      const first = c.spans.reduce((a, b) => (b[0] < a[0] ? b : a));
      chosenStarts.push(first[0]);
      chosenEnds.push(first[1]);
    }
    offsets[d + 1] = chosenTerms.length;
  }
  return { offsets, term: chosenTerms.done(), score: chosenScores.done(), start: chosenStarts.done(), end: chosenEnds.done() };
}
