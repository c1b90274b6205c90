import { compare } from '../core/text.js';
import { compareTerms, isNested, PARTS_OF_SPEECH, posOf, type Definition, type TermStats, type TermUses, type TokenBatch } from '../model/index.js';

export interface CollectedTerms {
  /** Every term, most definitions first (see `compareTerms`); a term's index is its id in `uses`. */
  readonly terms: TermStats[];
  readonly uses: TermUses;
}

/**
 * The reduce step: merges the tokenizer's batches (in definition order) into one vocabulary and one
 * column of term uses. Occurrences whose keys share a label (their most frequent form) are one
 * term; a term is counted once per definition for `definitions` and its sectors.
 */
export function collectTerms(batches: readonly TokenBatch[], definitions: readonly Definition[], sectors: readonly string[]): CollectedTerms {
  const keys = new Map<string, number>();
  const formsOfKey: Map<string, number>[] = [];
  const cues = new Map<string, number>();
  const keyMaps: Int32Array[] = [];
  const cueMaps: Int16Array[] = [];
  let total = 0;
  let sentences = 0;
  for (const batch of batches) {
    const keyMap = Int32Array.from(batch.keys, (k) => {
      let id = keys.get(k);
      if (id === undefined) {
        keys.set(k, (id = formsOfKey.length));
        formsOfKey.push(new Map());
      }
      return id;
    });
    for (let i = 0; i < batch.formCounts.length; i += 3) {
      const forms = formsOfKey[keyMap[batch.formCounts[i]!]!]!;
      const form = batch.forms[batch.formCounts[i + 1]!]!;
      forms.set(form, (forms.get(form) ?? 0) + batch.formCounts[i + 2]!);
    }
    cueMaps.push(Int16Array.from(batch.cues, (c) => getId(cues, c)));
    keyMaps.push(keyMap);
    total += batch.key.length;
    sentences += batch.sentenceStart.length;
  }

  // A key's label is its most frequent form; keys with one label are one term.
  const labelIds = new Map<string, number>();
  const labels: string[] = [];
  const termOfKey = Int32Array.from(formsOfKey, (forms) => getId(labelIds, mostFrequent(forms), labels));
  const T = labels.length;
  const S = sectors.length;
  const sectorOf = Int32Array.from(definitions, (d) => sectors.indexOf(d.sector));
  const frequency = new Int32Array(T);
  const inDefinitions = new Int32Array(T);
  const nested = new Int32Array(T);
  const pos = new Int32Array(T * PARTS_OF_SPEECH.length);
  const bySector = new Int32Array(T * S);
  const lastDefinition = new Int32Array(T).fill(-1);

  const uses = {
    offsets: new Int32Array(definitions.length + 1),
    term: new Int32Array(total),
    start: new Int32Array(total),
    end: new Int32Array(total),
    sentence: new Uint16Array(total),
    info: new Uint8Array(total),
    cue: new Int16Array(total),
    cues: [...cues.keys()],
    sentenceOffsets: new Int32Array(definitions.length + 1),
    sentenceStart: new Int32Array(sentences),
    sentenceEnd: new Int32Array(sentences),
  };
  let d = 0;
  let u = 0;
  let s = 0;
  batches.forEach((batch, b) => {
    const keyMap = keyMaps[b]!;
    const cueMap = cueMaps[b]!;
    uses.start.set(batch.start, u);
    uses.end.set(batch.end, u);
    uses.sentence.set(batch.sentence, u);
    uses.info.set(batch.info, u);
    uses.sentenceStart.set(batch.sentenceStart, s);
    uses.sentenceEnd.set(batch.sentenceEnd, s);
    for (let i = 0; i < batch.texts; i++, d++) {
      uses.offsets[d] = u + batch.offsets[i]!;
      uses.sentenceOffsets[d] = s + batch.sentenceOffsets[i]!;
      for (let j = batch.offsets[i]!; j < batch.offsets[i + 1]!; j++) {
        const t = termOfKey[keyMap[batch.key[j]!]!]!;
        const info = batch.info[j]!;
        uses.term[u + j] = t;
        uses.cue[u + j] = batch.cue[j]! < 0 ? -1 : cueMap[batch.cue[j]!]!;
        frequency[t]!++;
        pos[t * PARTS_OF_SPEECH.length + (info & 7)]!++;
        if (isNested(info)) nested[t]!++;
        if (lastDefinition[t] !== d) {
          lastDefinition[t] = d;
          inDefinitions[t]!++;
          if (sectorOf[d]! >= 0) bySector[t * S + sectorOf[d]!]!++;
        }
      }
    }
    u += batch.key.length;
    s += batch.sentenceStart.length;
  });
  uses.offsets[d] = u;
  uses.sentenceOffsets[d] = s;

  const keysOfTerm: string[][] = labels.map(() => []);
  const formsOfTerm: Map<string, number>[] = labels.map(() => new Map());
  for (const [key, k] of keys) {
    const t = termOfKey[k]!;
    keysOfTerm[t]!.push(key);
    for (const [form, count] of formsOfKey[k]!) formsOfTerm[t]!.set(form, (formsOfTerm[t]!.get(form) ?? 0) + count);
  }
  const n = definitions.length;
  const stats: TermStats[] = labels.map((term, t) => ({
    term,
    key: keysOfTerm[t]!.sort(compare).join('|'),
    words: term.split(' ').length,
    frequency: frequency[t]!,
    definitions: inDefinitions[t]!,
    share: n ? inDefinitions[t]! / n : 0,
    nested: nested[t]!,
    pos: posOf(argMax(pos, t * PARTS_OF_SPEECH.length, PARTS_OF_SPEECH.length)),
    bySector: Object.fromEntries(sectors.map((sector, j) => [sector, bySector[t * S + j]!])),
    variants: [...formsOfTerm[t]!].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([form]) => form),
  }));

  // Ids follow the table's order, so a term's id is its row in terms.csv.
  const order = stats.map((_, t) => t).sort((a, b) => compareTerms(stats[a]!, stats[b]!));
  const rank = new Int32Array(T);
  order.forEach((t, r) => (rank[t] = r));
  for (let i = 0; i < uses.term.length; i++) uses.term[i] = rank[uses.term[i]!]!;
  return { terms: order.map((t) => stats[t]!), uses };
}

/** The uses of definition `d`, as index range `[from, to)` into the columns of `uses`. */
export function usesOf(uses: TermUses, d: number): { from: number; to: number } {
  return { from: uses.offsets[d]!, to: uses.offsets[d + 1]! };
}

function getId(ids: Map<string, number>, value: string, list?: string[]): number {
  let id = ids.get(value);
  if (id === undefined) {
    ids.set(value, (id = ids.size));
    list?.push(value);
  }
  return id;
}

/** The index with the highest count; ties go to the alphabetically first part of speech. */
function argMax(counts: Int32Array, from: number, length: number): number {
  let best = 0;
  for (let i = 1; i < length; i++) {
    const c = counts[from + i]!;
    const b = counts[from + best]!;
    if (c > b || (c === b && compare(PARTS_OF_SPEECH[i]!, PARTS_OF_SPEECH[best]!) < 0)) best = i;
  }
  return best;
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
