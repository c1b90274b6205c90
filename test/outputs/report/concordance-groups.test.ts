import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { concordanceSpans, keywordAt } from '../../../src/model/concordance.js';
import { groupPlaces } from '../../../src/outputs/report/sections/concordance.js';
import { analyze } from '../../../src/pipeline.js';

const corpus = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../corpus');
const result = await analyze({ corpus, overrides: { factors: { bootstrap: 0 } } });

/** The groups the long way (as the report grouped them before): one map by label, a place at a time, in corpus order. */
function groupsLongWay(kwicPerTerm: number) {
  const groups = new Map<string, { count: number; first: number[] }>();
  let placeCount = 0;
  for (let d = 0; d < result.analysed.length; d++) {
    concordanceSpans(result, d, (start, end, term) => {
      placeCount++;
      const label = term >= 0 ? result.terms[term]!.term : keywordAt(result, d, start, end).toLowerCase();
      const group = groups.get(label);
      if (!group) groups.set(label, { count: 1, first: [d, start, end] });
      else if (group.count++ < kwicPerTerm) group.first.push(d, start, end);
    });
  }
  return { groups, placeCount };
}

describe('the concordance groups of the report', () => {
  it('are those of one map by label: terms counted by id and the words of rules alone joined to a term of the same label', () => {
    // In the shipped corpus, rules alone match "service delivery" in some definitions, a term in others.
    const labels = new Set(result.terms.map((t) => t.term));
    const ruleOnly = new Set<string>();
    for (let d = 0; d < result.analysed.length; d++)
      concordanceSpans(result, d, (start, end, term) => void (term < 0 && ruleOnly.add(keywordAt(result, d, start, end).toLowerCase())));
    expect([...ruleOnly].filter((label) => labels.has(label)).length).toBeGreaterThan(0);
    for (const kwicPerTerm of [1, 2, 20]) {
      const found = groupPlaces(result, kwicPerTerm);
      const expected = groupsLongWay(kwicPerTerm);
      expect(found.placeCount).toBe(expected.placeCount);
      // Compared as sorted entries: the report orders the groups by label.
      const entries = (groups: ReadonlyMap<string, unknown>) => [...groups].sort((a, b) => (a[0] < b[0] ? -1 : 1));
      expect(entries(found.groups)).toEqual(entries(expected.groups));
    }
  });
});
