import { compare } from '../../../core/text.js';
import { keywordAt, rightContext, withContext, type ConcordanceOccurrence } from '../../../model/concordance.js';
import type { RunResult } from '../../../model/index.js';
import {
  analysedOf,
  concordanceOccurrencesOf,
  concordanceSettings,
  concordanceSpansOf,
  factorColors,
  factorsOf,
  kwicLeftOutOf,
  rulesOf,
  termsOf,
} from '../data.js';
import { code, inl, paragraph, text, type Block, type ConcordanceLine, type Inline } from '../model.js';
import { cited, type SectionBuilder } from './common.js';

/** One place in a text: a term use and the rules that matched the same words, merged into one line. */
interface Place {
  readonly first: ConcordanceOccurrence;
  term: number;
  readonly rules: { rule: number; factor: number }[];
}

/**
 * The places of one label: how many, and where the first few are in corpus order (all a report
 * can show), as definition, start, end triples: the places themselves are made again for the
 * few shown. Held as objects, the places kept for some 160,000 labels took over a gigabyte at a
 * million definitions.
 */
interface Group {
  count: number;
  readonly first: number[];
}

/** Definition `d`'s places: the rows of one span (a term use and the rules matching the same words) merged into one place. */
function placesOf(result: RunResult, d: number): Place[] {
  const places: Place[] = [];
  let place: Place | undefined;
  for (const row of concordanceOccurrencesOf(result, d)) {
    if (!place || place.first.start !== row.start || place.first.end !== row.end) {
      place = { first: row, term: -1, rules: [] };
      places.push(place);
    }
    if (row.kind === 'term') place.term = row.term;
    else place.rules.push({ rule: row.rule, factor: row.factor });
  }
  return places;
}

/**
 * Every place grouped by what was found (the term, or the rule's words when no term stands there),
 * each group in corpus order; and how many places in all. Counted from the spans: the places
 * themselves are made only for the few shown (`placesAt`). A term's places are counted by its id
 * (no label looked up per place), the words of rules alone by their label; the groups of one label
 * are then joined.
 */
export function groupPlaces(result: RunResult, kwicPerTerm: number): { groups: Map<string, Group>; placeCount: number } {
  const terms = termsOf(result);
  const definitions = analysedOf(result);
  // A group keeps its first place even when the report shows none of it.
  const kept = Math.max(1, kwicPerTerm);
  const termCount = new Int32Array(terms.length);
  const termFirst: number[][] = [];
  const wordGroups = new Map<string, Group>();
  let placeCount = 0;
  for (let d = 0; d < definitions.length; d++) {
    concordanceSpansOf(result, d, (start, end, term) => {
      placeCount++;
      if (term >= 0) {
        if (termCount[term]!++ < kept) (termFirst[term] ??= []).push(d, start, end);
        return;
      }
      const label = keywordAt(result, d, start, end).toLowerCase();
      const group = wordGroups.get(label);
      if (!group) wordGroups.set(label, { count: 1, first: [d, start, end] });
      else if (group.count++ < kept) group.first.push(d, start, end);
    });
  }
  const groups = new Map<string, Group>();
  const join = (label: string, group: Group) => {
    const other = groups.get(label);
    groups.set(label, other ? { count: other.count + group.count, first: firstInCorpusOrder(other.first, group.first, kept) } : group);
  };
  for (let t = 0; t < terms.length; t++) if (termCount[t]! > 0) join(terms[t]!.term, { count: termCount[t]!, first: termFirst[t]! });
  for (const [label, group] of wordGroups) join(label, group);
  return { groups, placeCount };
}

/** The first `kept` of two lists of places (definition, start, end triples), each in corpus order: merged in that order. */
function firstInCorpusOrder(a: readonly number[], b: readonly number[], kept: number): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  const before = (i: number, j: number) => a[i]! - b[j]! || a[i + 1]! - b[j + 1]! || a[i + 2]! - b[j + 2]!;
  while (out.length < 3 * kept && (i < a.length || j < b.length)) {
    if (j >= b.length || (i < a.length && before(i, j) < 0)) {
      out.push(a[i]!, a[i + 1]!, a[i + 2]!);
      i += 3;
    } else {
      out.push(b[j]!, b[j + 1]!, b[j + 2]!);
      j += 3;
    }
  }
  return out;
}

/** The places at the (definition, start, end) triples of `at`, made again (a definition has one place per span). */
function placesAt(result: RunResult, at: readonly number[]): Place[] {
  const byDefinition = new Map<number, Place[]>();
  const shown: Place[] = [];
  for (let i = 0; i < at.length; i += 3) {
    const d = at[i]!;
    let places = byDefinition.get(d);
    if (!places) byDefinition.set(d, (places = placesOf(result, d)));
    shown.push(places.find((p) => p.first.start === at[i + 1] && p.first.end === at[i + 2])!);
  }
  return shown;
}

/**
 * How many lines of each group to show: the largest number up to `perGroup` that keeps the total
 * within `maxRows` (so every group shows some when it can); when even one each is too many, one
 * each for the first groups.
 */
export function linesPerGroup(sizes: readonly number[], perGroup: number, maxRows: number): number {
  let k = perGroup;
  const total = (n: number) => sizes.reduce((sum, s) => sum + Math.min(s, n), 0);
  while (k > 1 && total(k) > maxRows) k--;
  return k;
}

/** Characters of an author's name shown in a concordance line. */
const AUTHOR_CHARS = 40;

/** A rule without its exceptions (`environment !urban environment` → `environment`): what matched, short enough to show. */
const ruleHead = (rule: string) => rule.split(' !')[0]!.trim();

/** The concordance view: every place a term or a codebook rule matches, in its sentence, searchable. */
function concordanceBlocks(result: RunResult): Block[] {
  const terms = termsOf(result);
  const rules = rulesOf(result);
  const factors = factorsOf(result);
  const colors = factorColors(result);
  const definitions = analysedOf(result);
  const { kwicPerTerm, kwicMaxRows, kwicContext, kwicFilePerTerm } = concordanceSettings(result);

  // Each group keeps only the places the report can show (at most `kwicPerTerm`).
  const { groups, placeCount } = groupPlaces(result, kwicPerTerm);
  // Each label lower-cased once, not at each comparison.
  const ordered = [...groups]
    .map(([label, group]) => ({ label, lower: label.toLowerCase(), group }))
    .sort((a, b) => compare(a.lower, b.lower) || compare(a.label, b.label))
    .map(({ label, group }): [string, Group] => [label, group]);
  const perGroup = linesPerGroup(
    ordered.map(([, group]) => group.count),
    kwicPerTerm,
    kwicMaxRows,
  );
  const at: number[] = [];
  for (const [, group] of ordered) {
    if (at.length >= 3 * kwicMaxRows) break;
    at.push(...group.first.slice(0, 3 * Math.min(perGroup, kwicMaxRows - at.length / 3)));
  }
  const shown = placesAt(result, at);

  const lines = shown.map((p): ConcordanceLine => {
    const row = withContext(result, p.first);
    const chips: Inline[] = [];
    const keys: string[] = [];
    const byFactor = new Map<number, string[]>();
    for (const { rule, factor } of p.rules) byFactor.set(factor, [...(byFactor.get(factor) ?? []), ruleHead(rules[rule]!)]);
    // A term that codes its factor is evidence too (an emergent factor's term).
    if (p.term >= 0 && result.termFactors.codes[p.term] === 1) {
      const f = result.termFactors.factor[p.term]!;
      if (!byFactor.has(f)) byFactor.set(f, []);
    }
    for (const [f, matched] of [...byFactor].sort((a, b) => a[0] - b[0])) {
      const id = factors[f]!.id;
      chips.push(...(chips.length ? [text(' ')] : []), { kind: 'factor', id, color: colors.get(id) ?? '#6b7280', evidence: matched });
      keys.push(id);
    }
    const definition = definitions[row.definition]!;
    // Some corpora name a source at length: the full name is in kwic.csv and the Definitions.
    const author = rightContext(definition.author, AUTHOR_CHARS);
    return {
      left: row.left,
      keyword: row.keyword,
      right: row.right,
      ...(p.term >= 0 ? { term: terms[p.term]!.term } : {}),
      factors: chips,
      source: cited({ ...definition, author }, definition.id),
      keys,
    };
  });

  const complete = shown.length === placeCount;
  // kwic.csv holds every occurrence unless its cap (report.kwicFilePerTerm) left some out.
  const capped = kwicLeftOutOf(result);
  const inFile = capped
    ? inl`${code('kwic.csv')} lists ${capped.occurrences - capped.leftOut} of the ${capped.occurrences} occurrences with their source, term, factor and rule: at most ${kwicFilePerTerm} of each term and of each rule, spread over the corpus (config ${code('report.kwicFilePerTerm')}; 0 lists all).`
    : inl`${code('kwic.csv')} lists each occurrence with its source, term, factor and rule.`;
  return [
    paragraph(
      inl`Every term and every word a codebook rule matched, in its sentence (up to ${kwicContext} characters either side, config ${code('report.kwicContext')}): ${placeCount} places in the ${definitions.length} definitions. ${inFile}`,
    ),
    paragraph(
      complete
        ? inl`Type a term, a word or a factor id to see where it occurs (tick the box to search the words around too). A chip is a factor the words put the definition in; hover it for the rule.`
        : inl`Shown here: at most ${perGroup} places for each term, or word a rule matched, of the ${ordered.length} found; ${shown.length} of ${placeCount} places in all (config ${code('report.kwicPerTerm')} and ${code('report.kwicMaxRows')}); ${code('kwic.csv')} has ${capped ? 'more' : 'them all'}. Type a term, a word or a factor id to see where it occurs (tick the box to search the words around too). A chip is a factor the words put the definition in; hover it for the rule.`,
      'screen',
    ),
    { kind: 'concordance', id: 'concordance-table', lines, empty: 'No term was found in the definitions.' },
  ];
}

export const concordanceSection: SectionBuilder = { id: 'concordance', title: 'Concordance', build: concordanceBlocks };
