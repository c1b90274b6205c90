import { compare } from '../core/text.js';
import {
  determinerOf,
  hasFactor,
  isNounUse,
  type Clause,
  type Definition,
  type Factor,
  type Role,
  type SectorCell,
  type Synthesis,
  type Tabulated,
  type TermFactors,
  type TermStats,
  type TermUses,
} from '../model/index.js';
import { thirdPerson } from './roles.js';

export interface SynthesisSettings {
  /** The defined term the sentence starts with. */
  readonly term: string;
  /** What it is a kind of ("a city"). */
  readonly genus: string;
  /** Factors in at least this share of the analysed definitions make the sentence. */
  readonly minShare: number;
  /** Cue lemmas that make a term what a city uses (means) or what it achieves (end). */
  readonly cues: { readonly means: readonly string[]; readonly end: readonly string[] };
  /** Terms that name who takes part. */
  readonly actors: readonly string[];
}

export interface SynthesizeInput {
  readonly definitions: readonly Definition[];
  readonly terms: readonly TermStats[];
  readonly uses: TermUses;
  readonly factors: readonly Factor[];
  readonly termFactors: TermFactors;
  readonly tables: Tabulated;
  readonly settings: SynthesisSettings;
}

/**
 * Writes one definition from the factors that at least `minShare` of the definitions use, most
 * supported first, in the corpus's own words: each factor's most used term in its most frequent
 * form, placed by the role its words play (means, end, actor).
 */
export function synthesize(input: SynthesizeInput): Synthesis {
  const { term, minShare, genus } = input.settings;
  const consensus = input.factors.map((f, i) => ({ f, i })).filter(({ f }) => f.share >= minShare && f.definitions > 0);
  const usage = collectUsage(input);
  const namings = consensus.map(({ f, i }) => naming(f, i, input, usage));
  // Only the naming terms' wordings are counted (building every use's wording cost more than the rest of the synthesis).
  const forms = formsOf(input, new Set(namings.flatMap((n) => (n.term === undefined ? [] : [n.term]))));
  const clauses = consensus.map(({ f, i }, k) => clauseFor(f, i, input, namings[k]!, forms));
  const verbs = { means: topCue(usage.cues.means) ?? 'use', end: topCue(usage.cues.end) ?? 'improve' };
  const text = sentence(term, genus, clauses, verbs);
  return {
    term,
    text,
    minShare,
    clauses,
    verbs,
    representative: representative(
      input,
      consensus.map(({ i }) => i),
    ),
  };
}

interface Usage {
  /** term → whether some use of it is a noun use (which alone gives a factor its phrasing). */
  readonly nounUse: Uint8Array;
  /** factor index → role → votes. */
  readonly votes: Map<number, Record<Role, number>>;
  /** role → cue verb → definitions using it for that role. */
  readonly cues: Record<'means' | 'end', Map<string, { definitions: number; last: number }>>;
}

function collectUsage(input: SynthesizeInput): Usage {
  const { uses, terms, termFactors, settings } = input;
  const actors = new Set(settings.actors);
  const roleOfCue = new Map<string, 'means' | 'end'>([
    ...settings.cues.end.map((c) => [c, 'end'] as const),
    ...settings.cues.means.map((c) => [c, 'means'] as const),
  ]);
  const usage: Usage = { nounUse: new Uint8Array(terms.length), votes: new Map(), cues: { means: new Map(), end: new Map() } };
  input.definitions.forEach((_, d) => {
    for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) {
      const t = uses.term[u]!;
      const f = termFactors.factor[t]!;
      if (f < 0) continue;
      // The sentence names things: only noun uses give a factor its phrasing ("sustainability", not "sustainable").
      if (isNounUse(uses.info[u]!)) usage.nounUse[t] = 1;
      const cue = uses.cue[u]! >= 0 ? uses.cues[uses.cue[u]!]! : undefined;
      const role: Role | undefined = actors.has(terms[t]!.term) ? 'actor' : cue === undefined ? undefined : roleOfCue.get(cue);
      if (!role) continue;
      getOrSet(usage.votes, f, () => ({ means: 0, end: 0, actor: 0 }))[role]++;
      if (role !== 'actor') {
        // Counted once per definition (definitions come in order).
        const seen = getOrSet(usage.cues[role], cue!, () => ({ definitions: 0, last: -1 }));
        if (seen.last !== d) {
          seen.last = d;
          seen.definitions++;
        }
      }
    }
  });
  return usage;
}

/** A factor's role in the sentence and the term that names it (undefined: its label does). */
interface Naming {
  readonly role: Role;
  readonly votes: Record<Role, number>;
  readonly term: number | undefined;
}

function naming(factor: Factor, f: number, input: SynthesizeInput, usage: Usage): Naming {
  const votes = usage.votes.get(f) ?? { means: 0, end: 0, actor: 0 };
  // Ties go to the end a city achieves: a definition says what a city is for before how.
  const role = (['end', 'means', 'actor'] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  const idOf = new Map(input.terms.map((t, i) => [t.term, i]));
  // One term names the factor, so each factor is named once: its most used codebook term, else its
  // most used term, in the corpus's most frequent wording; an actor term only where the factor reads
  // as who takes part (a city improves "the quality of life", it involves "citizens").
  const named = [...factor.seeds, ...factor.terms.filter((t) => !factor.seeds.includes(t))].filter((t) => usage.nounUse[idOf.get(t)!] === 1);
  const actors = new Set(input.settings.actors);
  const term = named.find((t) => actors.has(t) === (role === 'actor')) ?? named[0];
  return { role, votes, term: term === undefined ? undefined : idOf.get(term)! };
}

/** The wordings of the noun uses of `wanted` terms: term → surface form (with a leading determiner when the text has one) → count. */
function formsOf(input: SynthesizeInput, wanted: ReadonlySet<number>): Map<number, Map<string, number>> {
  const { uses } = input;
  const forms = new Map<number, Map<string, number>>();
  if (!wanted.size) return forms;
  input.definitions.forEach((definition, d) => {
    for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) {
      const t = uses.term[u]!;
      const info = uses.info[u]!;
      if (!wanted.has(t) || !isNounUse(info)) continue;
      const determiner = determinerOf(info);
      bump(
        getOrSet(forms, t, () => new Map()),
        (determiner ? `${determiner} ` : '') + surface(definition.text.slice(uses.start[u], uses.end[u])),
      );
    }
  });
  return forms;
}

function clauseFor(factor: Factor, f: number, input: SynthesizeInput, { role, votes, term }: Naming, forms: ReadonlyMap<number, Map<string, number>>): Clause {
  const phrase = term === undefined ? factor.label.toLowerCase() : mostFrequent(forms.get(term)!);
  const cells = input.tables.sectorCells.filter((c) => c.factorId === factor.id);
  return {
    factorId: factor.id,
    role,
    votes,
    phrase,
    definitions: factor.definitions,
    share: factor.share,
    strongIn: strongSectors(cells, factor.share),
    examples: examples(f, input),
  };
}

function strongSectors(cells: readonly SectorCell[], overall: number): string[] {
  return cells
    .filter((c) => c.share !== undefined && c.share > overall)
    .sort((a, b) => b.share! - a.share! || compare(a.sector, b.sector))
    .map((c) => c.sector);
}

/** Up to three definitions that use the most of the factor's terms; earlier sources first on ties. */
function examples(f: number, input: SynthesizeInput): string[] {
  const { matrix } = input.tables;
  type Row = { id: string; terms: number; year: number };
  const before = (a: Row, b: Row) => b.terms - a.terms || a.year - b.year || compare(a.id, b.id);
  // The best three so far, in order (ids are unique, so the order is total): no list of every definition.
  const top: Row[] = [];
  // A term by its id, a rule by -2 - its number (never a term's): numbers, not a string made per piece of evidence.
  const distinct = new Set<number>();
  input.definitions.forEach((definition, d) => {
    if (!hasFactor(matrix, d, f)) return;
    distinct.clear();
    const c = d * matrix.factors + f;
    for (let e = matrix.evidenceOffsets[c]!; e < matrix.evidenceOffsets[c + 1]!; e++) {
      distinct.add(matrix.evidenceTerm[e]! >= 0 ? matrix.evidenceTerm[e]! : -2 - matrix.evidenceRule[e]!);
    }
    const row = { id: definition.id, terms: distinct.size, year: definition.year ?? Infinity };
    if (top.length === 3 && before(row, top[2]!) >= 0) return;
    top.push(row);
    top.sort(before);
    if (top.length > 3) top.pop();
  });
  return top.map((r) => r.id);
}

function representative(input: SynthesizeInput, consensus: readonly number[]): Synthesis['representative'] {
  const { matrix } = input.tables;
  let best: { definitionId: string; factorIds: string[]; words: number } | undefined;
  input.definitions.forEach((definition, d) => {
    let count = 0;
    for (const f of consensus) if (hasFactor(matrix, d, f)) count++;
    if (!count || (best && count < best.factorIds.length)) return;
    const words = wordCount(definition.text);
    // Most factors covered; then the shorter text, which says it with less.
    if (!best || count > best.factorIds.length || words < best.words) {
      best = { definitionId: definition.id, factorIds: consensus.filter((f) => hasFactor(matrix, d, f)).map((f) => input.factors[f]!.id), words };
    }
  });
  return best && consensus.length ? { definitionId: best.definitionId, factorIds: best.factorIds } : undefined;
}

function sentence(term: string, genus: string, clauses: readonly Clause[], verbs: Synthesis['verbs']): string {
  if (!clauses.length) return '';
  const of = (role: Role) => clauses.filter((c) => c.role === role).map((c) => c.phrase);
  const means = of('means');
  const ends = of('end');
  const actors = of('actor');
  const article = /^[aeiou]/i.test(term) ? 'An' : 'A';
  let body: string;
  if (means.length && ends.length) body = `${thirdPerson(verbs.means)} ${list(means)} to ${verbs.end} ${list(ends)}`;
  else if (means.length) body = `${thirdPerson(verbs.means)} ${list(means)}`;
  else if (ends.length) body = `${thirdPerson(verbs.end)} ${list(ends)}`;
  else body = `${thirdPerson('involve')} ${list(actors)}`;
  const involving = actors.length && (means.length || ends.length) ? `, involving ${list(actors)}` : '';
  return `${article} ${term} is ${genus} that ${body}${involving}.`;
}

/** "a", "a and b", "a, b and c"; with a comma before the last "and" when an item has its own ("a, b and c, and d"). */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const oxford = items.some((i) => / and /.test(i)) ? ',' : '';
  return `${items.slice(0, -1).join(', ')}${oxford} and ${items.at(-1)}`;
}

/** Lower case, except acronyms ("ICT", "IoT") that the text writes with capitals. */
function surface(text: string): string {
  return text
    .split(' ')
    .map((w) => (/[A-Z].*[A-Z]/.test(w) ? w : w.toLowerCase()))
    .join(' ');
}

/** The cue most definitions use (not most occurrences: a list after one verb counts once). */
function topCue(cues: ReadonlyMap<string, { readonly definitions: number }>): string | undefined {
  return cues.size ? mostFrequent(new Map([...cues].map(([cue, seen]) => [cue, seen.definitions]))) : undefined;
}

function mostFrequent(counts: ReadonlyMap<string, number>): string {
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]![0];
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/** Runs of non-space characters (as `text.split(/\s+/).filter(Boolean).length`, without the array). */
function wordCount(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}
const WORD = /\S+/g;
