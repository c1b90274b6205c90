import { compare } from '../core/text.js';
import type { Clause, Definition, Factor, Role, SectorCell, Synthesis, Tabulated, TokenizedDefinition } from '../model/index.js';
import { roleOf, thirdPerson } from './roles.js';

export interface SynthesizeInput {
  readonly definitions: readonly Definition[];
  readonly tokenized: readonly TokenizedDefinition[];
  readonly factors: readonly Factor[];
  readonly factorOf: ReadonlyMap<string, string>;
  readonly labelOf: ReadonlyMap<string, string>;
  readonly tables: Tabulated;
  readonly term: string;
  readonly minShare: number;
}

/** Longest synthesized sentence, in words, before phrases are cut to their first term. */
const MAX_WORDS = 80;
const DETERMINERS = new Set(['the', 'its', 'their']);

/**
 * Writes one definition from the factors that at least `minShare` of the definitions use, most
 * supported first, in the corpus's own words: each factor's most used term in its most frequent
 * form, placed by the role its words play (means, end, actor).
 */
export function synthesize(input: SynthesizeInput): Synthesis {
  const consensus = input.factors.filter((f) => f.share >= input.minShare && f.definitions > 0);
  const usage = collectUsage(input);
  const clauses = consensus.map((f) => clauseFor(f, input, usage));
  const verbs = { means: topCue(usage.cues.means) ?? 'use', end: topCue(usage.cues.end) ?? 'improve' };
  let text = sentence(input.term, clauses, verbs);
  if (wordCount(text) > MAX_WORDS) {
    const short = clauses.map((c) => ({ ...c, phrase: c.phrase.split(' and ')[0]! }));
    text = sentence(input.term, short, verbs);
  }
  return { term: input.term, text, minShare: input.minShare, clauses, verbs, representative: representative(input, consensus) };
}

interface Usage {
  /** term → surface form → count (with a leading determiner when the text has one). */
  readonly forms: Map<string, Map<string, number>>;
  /** factor → role → votes. */
  readonly votes: Map<string, Record<Role, number>>;
  /** role → cue verb → definitions using it for that role. */
  readonly cues: Record<'means' | 'end', Map<string, Set<string>>>;
}

function collectUsage(input: SynthesizeInput): Usage {
  const textOf = new Map(input.definitions.map((d) => [d.id, d.text]));
  const usage: Usage = { forms: new Map(), votes: new Map(), cues: { means: new Map(), end: new Map() } };
  for (const t of input.tokenized) {
    const text = textOf.get(t.id)!;
    for (const o of t.occurrences) {
      const term = input.labelOf.get(o.key)!;
      const factorId = input.factorOf.get(term);
      if (!factorId) continue;
      // The sentence names things: only noun uses give a factor its phrasing ("sustainability", not "sustainable").
      if (o.pos === 'NOUN' || o.pos === 'PROPN' || o.pos === 'PHRASE') {
        const before = t.tokens[lastEndingBy(t.tokens, o.start)];
        const determiner = before && DETERMINERS.has(before.lemma) && before.sentence === o.sentence ? `${text.slice(before.start, before.end).toLowerCase()} ` : '';
        bump(getOrSet(usage.forms, term, () => new Map()), determiner + surface(text.slice(o.start, o.end)));
      }
      const role = roleOf(term, t.tokens, o.start);
      if (!role) continue;
      const votes = getOrSet(usage.votes, factorId, () => ({ means: 0, end: 0, actor: 0 }));
      votes[role.role]++;
      if (role.cue && role.role !== 'actor') getOrSet(usage.cues[role.role], role.cue, () => new Set()).add(t.id);
    }
  }
  return usage;
}

function clauseFor(factor: Factor, input: SynthesizeInput, usage: Usage): Clause {
  const votes = usage.votes.get(factor.id) ?? { means: 0, end: 0, actor: 0 };
  // Ties go to the end a city achieves: a definition says what a city is for before how.
  const role = (['end', 'means', 'actor'] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  // Seed terms name a codebook factor best; then the factor's other terms, most used first.
  const ordered = [...factor.seeds, ...factor.terms.filter((t) => !factor.seeds.includes(t))];
  const phraseTerms = ordered.filter((t) => usage.forms.has(t)).slice(0, 2);
  const dfOf = (term: string) => input.tables.definitionFactors.filter((d) => d.terms.includes(term)).length;
  // A second term joins the phrase only when it is nearly as common as the first.
  const chosen = phraseTerms.length === 2 && dfOf(phraseTerms[1]!) * 2 >= dfOf(phraseTerms[0]!) ? phraseTerms : phraseTerms.slice(0, 1);
  const phrase = chosen.map((t) => mostFrequent(usage.forms.get(t)!)).join(' and ') || factor.label.toLowerCase();
  const cells = input.tables.sectorCells.filter((c) => c.factorId === factor.id);
  return {
    factorId: factor.id,
    role,
    votes,
    phrase,
    definitions: factor.definitions,
    share: factor.share,
    strongIn: strongSectors(cells, factor.share),
    examples: examples(factor, input),
  };
}

function strongSectors(cells: readonly SectorCell[], overall: number): string[] {
  return cells
    .filter((c) => c.share !== undefined && c.share > overall)
    .sort((a, b) => b.share! - a.share! || compare(a.sector, b.sector))
    .map((c) => c.sector);
}

/** Up to three definitions that use the most of the factor's terms; earlier sources first on ties. */
function examples(factor: Factor, input: SynthesizeInput): string[] {
  const yearOf = new Map(input.definitions.map((d) => [d.id, d.year ?? Infinity]));
  return input.tables.definitionFactors
    .filter((d) => d.factorId === factor.id)
    .sort((a, b) => b.terms.length - a.terms.length || yearOf.get(a.definitionId)! - yearOf.get(b.definitionId)! || compare(a.definitionId, b.definitionId))
    .slice(0, 3)
    .map((d) => d.definitionId);
}

function representative(input: SynthesizeInput, consensus: readonly Factor[]): Synthesis['representative'] {
  const ids = new Set(consensus.map((f) => f.id));
  const wordsOf = new Map(input.definitions.map((d) => [d.id, wordCount(d.text)]));
  let best: { definitionId: string; factorIds: string[] } | undefined;
  for (const row of input.tables.matrix) {
    const covered = consensus.filter((f) => row.factorIds.has(f.id)).map((f) => f.id);
    if (!covered.length) continue;
    // Most factors covered; then the shorter text, which says it with less.
    if (!best || covered.length > best.factorIds.length || (covered.length === best.factorIds.length && wordsOf.get(row.definitionId)! < wordsOf.get(best.definitionId)!)) {
      best = { definitionId: row.definitionId, factorIds: covered };
    }
  }
  return best && ids.size ? best : undefined;
}

function sentence(term: string, clauses: readonly Clause[], verbs: Synthesis['verbs']): string {
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
  return `${article} ${term} is a city that ${body}${involving}.`;
}

/** "a", "a and b", "a, b and c"; "a and b, c and d, and e" when an item has its own "and". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const oxford = items.length > 2 && items.some((i) => i.includes(' and ')) ? ',' : '';
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
function topCue(cues: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  return cues.size ? mostFrequent(new Map([...cues].map(([cue, ids]) => [cue, ids.size]))) : undefined;
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

/** Index of the last token ending at or before `offset` (tokens are in text order), or -1. */
function lastEndingBy(tokens: readonly { readonly end: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
