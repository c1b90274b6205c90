import { describe, expect, it } from 'vitest';
import {
  concordanceOccurrences,
  concordanceRows,
  concordanceSpans,
  concordanceTotals,
  contextLine,
  leftContext,
  OccurrenceColumns,
  oneLineText,
  rightContext,
  sentenceAt,
  termOccurrence,
  type ConcordanceOccurrence,
} from '../../src/model/concordance.js';
import type { RunResult } from '../../src/model/index.js';
import { analyze } from '../../src/pipeline.js';
import { HEADER, tempCorpus } from '../helpers.js';

describe('context either side of a keyword', () => {
  it('keeps what fits, cut at a word boundary with … where it was cut', () => {
    const text = 'one two three four';
    expect(leftContext(text, 18)).toBe(text);
    expect(leftContext(text, 10)).toBe('…three four');
    // "three four" is 10 characters: with 9, only "four" fits whole.
    expect(leftContext(text, 9)).toBe('…four');
    expect(rightContext(text, 9)).toBe('one two…');
    expect(rightContext(text, 7)).toBe('one two…');
    expect(rightContext(text, 13)).toBe('one two three…');
  });

  it('cuts inside a single word longer than the limit, never inside a character, and joins whitespace', () => {
    expect(leftContext('abcdefghij', 4)).toBe('…ghij');
    expect(rightContext('abcdefghij', 4)).toBe('abcd…');
    // Two emoji of two UTF-16 units each: the cut never splits one.
    expect(leftContext('x 😀😀', 3)).toBe('…😀');
    expect(rightContext('😀😀 x', 3)).toBe('😀…');
    expect(leftContext('a\n  b\tc ', 60)).toBe('a b c');
    expect(leftContext('some words', 0)).toBe('…');
    expect(rightContext('', 0)).toBe('');
  });

  it('takes any part of a text as one line from the whole text made one line once', () => {
    // Every (from, to) of strings of words, mixed whitespace runs (line breaks, tabs, no-break and
    // Unicode spaces) and surrogate pairs: a slice of the one-line text, trimmed, is the part made one line.
    const pieces = ['ab', 'c', ' ', '  ', '\n', '\t \r\n', '\u00a0', '\u2028', '\u3000 ', '😀', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 200; n++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]!).join('');
      const { line, at } = oneLineText(text);
      expect(line).toBe(text.replace(/\s+/g, ' '));
      // Without a map, the text had nothing to change.
      if (!at) expect(line).toBe(text);
      for (let from = 0; from <= text.length; from++)
        for (let to = from; to <= text.length; to++)
          expect(line.slice(at ? at[from] : from, at ? at[to] : to).trim()).toBe(text.slice(from, to).replace(/\s+/g, ' ').trim());
    }
  });
});

// Two sentences, one span matched by two rules of two factors ("e-government": ict's `e-*`,
// governance's `e-government`), and one long sentence to trim.
const rows = [
  HEADER,
  'a,academic,,smart city,definition,Ann,2010,,,A smart city uses ICT to improve services. Citizens take part in governance through e-government.',
  'b,private,,smart city,definition,Corp,,,,"In the long run a smart city is one where very many different words stand before ICT and very many other different words follow it, without end."',
  'c,government,,smart city,definition,Gov,2014,,,Citizens and ICT.',
];
const codebook = 'factor_id,label,description,seed_terms\nict,ICT,,ict;e-*\ngovernance,Governance,,governance;e-government\n';

// One run for both blocks (the context width changes the rows, not the totals).
const result = await analyze({
  corpus: tempCorpus({
    'definitions.csv': rows.join('\n') + '\n',
    'codebook.csv': codebook,
    'config.json': '{"factors": {"minDefinitions": 2, "bootstrap": 0}, "report": {"kwicContext": 30}}',
  }),
});

describe('the concordance', () => {
  const kwic = concordanceRows(result);
  const { matrix } = result.tables;
  const ruleEvidence = Array.from(matrix.evidenceRule).filter((r) => r >= 0).length;

  it('has one row per term use and one per piece of rule evidence of the matrix', () => {
    expect(kwic.filter((r) => r.kind === 'term')).toHaveLength(result.uses.term.length);
    expect(kwic.filter((r) => r.kind === 'rule')).toHaveLength(ruleEvidence);
    // ICT (a, b, c), governance and e-government (twice: two rules) in a.
    expect(kwic.filter((r) => r.kind === 'rule').map((r) => `${result.analysed[r.definition]!.id}:${r.keyword}:${result.rules[r.rule]}`)).toEqual([
      'a:ICT:ict',
      'a:governance:governance',
      'a:e-government:e-*',
      'a:e-government:e-government',
      'b:ICT:ict',
      'c:ICT:ict',
    ]);
  });

  it('is in definition order, then text order, a term use before the rules matching the same words', () => {
    for (let i = 1; i < kwic.length; i++) {
      const [p, r] = [kwic[i - 1]!, kwic[i]!];
      expect(
        p.definition < r.definition ||
          (p.definition === r.definition &&
            (p.start < r.start || (p.start === r.start && (p.end < r.end || (p.end === r.end && (p.kind === r.kind || p.kind === 'term')))))),
      ).toBe(true);
    }
    const ict = kwic.filter((r) => r.definition === 0 && r.keyword === 'ICT').map((r) => r.kind);
    expect(ict).toEqual(['term', 'rule']);
  });

  it('takes the context from the keyword’s own sentence, trimmed to report.kwicContext', () => {
    const citizens = kwic.find((r) => r.definition === 0 && r.keyword === 'Citizens')!;
    expect(citizens.left).toBe('');
    expect(citizens.right).toBe('take part in governance…');
    const services = kwic.find((r) => r.definition === 0 && r.keyword === 'services')!;
    expect(services.right).toBe('.');
    expect(services.left).toBe('…smart city uses ICT to improve');
    const ict = kwic.find((r) => r.definition === 1 && r.keyword === 'ICT' && r.kind === 'rule')!;
    expect(ict.left).toBe('…different words stand before');
    expect(ict.right).toBe('and very many other different…');
    for (const r of kwic) {
      const text = result.analysed[r.definition]!.text;
      expect(r.keyword).toBe(text.slice(r.start, r.end));
      expect(r.left.replace(/^…/, '').length).toBeLessThanOrEqual(30);
      expect(r.right.replace(/…$/, '').length).toBeLessThanOrEqual(30);
      // What is shown stands in the text just so.
      expect(text).toContain(contextLine(r, text).replace(/^…|…$/g, ''));
    }
  });

  it('names the factor and whether the occurrence is evidence: rules always, a seed term’s use not', () => {
    const ict = result.factors.findIndex((f) => f.id === 'ict');
    const governance = result.factors.findIndex((f) => f.id === 'governance');
    const rules = kwic.filter((r) => r.kind === 'rule');
    expect(rules.every((r) => r.evidence)).toBe(true);
    expect(rules.filter((r) => r.keyword === 'e-government').map((r) => r.factor)).toEqual([ict, governance]);
    const term = kwic.find((r) => r.kind === 'term' && r.keyword === 'ICT')!;
    expect(term.factor).toBe(ict);
    expect(term.evidence).toBe(false);
  });
});

describe('the concordance totals (what kwic.csv caps)', () => {
  /** The totals counted the long way: each occurrence `concordanceOccurrences` keeps, one by one. */
  const longWay = (run: RunResult) => {
    const term = new Int32Array(run.terms.length);
    const rule = new Int32Array(run.rules.length);
    for (let d = 0; d < run.analysed.length; d++)
      for (const o of concordanceOccurrences(run, d)) (o.kind === 'term' ? term : rule)[o.kind === 'term' ? o.term : o.rule]!++;
    return { term: Array.from(term), rule: Array.from(rule) };
  };
  const totals = (run: RunResult) => {
    const t = concordanceTotals(run);
    return { term: Array.from(t.term), rule: Array.from(t.rule) };
  };

  /** The run with use `from` of definition `d` copied in at index `at` (same span, same term). */
  const withUseCopied = (run: RunResult, d: number, from: number, at: number): RunResult => {
    const u = run.uses;
    const insert = <T extends Int32Array | Uint16Array | Uint8Array | Int16Array>(column: T): T => {
      const out = new (column.constructor as new (n: number) => T)(column.length + 1);
      out.set(column.subarray(0, at));
      out[at] = column[from]!;
      out.set(column.subarray(at), at + 1);
      return out;
    };
    const offsets = Int32Array.from(u.offsets, (o, i) => (i > d ? o + 1 : o));
    const uses = {
      ...u,
      offsets,
      term: insert(u.term),
      start: insert(u.start),
      end: insert(u.end),
      sentence: insert(u.sentence),
      info: insert(u.info),
      cue: insert(u.cue),
    };
    // A new matrix object: the totals are memoised by it.
    return { ...run, uses, tables: { ...run.tables, matrix: { ...run.tables.matrix } } };
  };

  /** The run with the rule evidence of definition `d`'s cell for factor `f` repeated `times` times (the same spans and rules). */
  const withEvidenceRepeated = (run: RunResult, d: number, f: number, times: number): RunResult => {
    const m = run.tables.matrix;
    const c = d * m.factors + f;
    const [from, to] = [m.evidenceOffsets[c]!, m.evidenceOffsets[c + 1]!];
    const extra = (to - from) * (times - 1);
    const repeat = (column: Int32Array) => {
      const piece = Array.from(column.subarray(from, to));
      return Int32Array.from([...column.subarray(0, from), ...Array.from({ length: times }, () => piece).flat(), ...column.subarray(to)]);
    };
    const matrix = {
      ...m,
      evidenceOffsets: Int32Array.from(m.evidenceOffsets, (o, i) => (i > c ? o + extra : o)),
      evidenceStart: repeat(m.evidenceStart),
      evidenceEnd: repeat(m.evidenceEnd),
      evidenceRule: repeat(m.evidenceRule),
      evidenceTerm: repeat(m.evidenceTerm),
    };
    return { ...run, tables: { ...run.tables, matrix } };
  };

  it('counts from the columns what the concordance keeps', () => {
    expect(result.rules.length).toBeGreaterThan(0);
    expect(totals(result)).toEqual(longWay(result));
    // Every use and every piece of rule evidence is its own occurrence in this corpus.
    expect(totals(result).term.reduce((a, b) => a + b, 0)).toBe(result.uses.term.length);
  });

  it('counts a use at the same span as another of the same term once, in or out of text order', () => {
    const d = 0;
    const first = result.uses.offsets[d]!;
    expect(result.uses.offsets[d + 1]! - first).toBeGreaterThan(2);
    const copied = withUseCopied(result, d, first, first + 1);
    expect(copied.uses.term.length).toBe(result.uses.term.length + 1);
    expect(totals(copied)).toEqual(longWay(copied));
    expect(totals(copied)).toEqual(longWay(result));
    // The copy of the first use placed after the second: the uses are no longer in order of their start.
    const unordered = withUseCopied(result, d, first, first + 2);
    expect(unordered.uses.start[first + 2]).toBeLessThan(unordered.uses.start[first + 1]!);
    expect(totals(unordered)).toEqual(longWay(result));
  });

  it('counts rule evidence repeated in a text once, however many pieces the text has', () => {
    const m = result.tables.matrix;
    const c = Array.from({ length: m.definitions * m.factors }, (_, i) => i).find((i) => {
      for (let e = m.evidenceOffsets[i]!; e < m.evidenceOffsets[i + 1]!; e++) if (m.evidenceRule[e]! >= 0) return true;
      return false;
    })!;
    const [d, f] = [Math.floor(c / m.factors), c % m.factors];
    for (const times of [2, 100]) {
      const repeated = withEvidenceRepeated(result, d, f, times);
      expect(totals(repeated)).toEqual(longWay(repeated));
      expect(totals(repeated)).toEqual(longWay(result));
    }
  });

  it('has as places the distinct spans of the occurrences, in their order, each with its last term (spans found from the columns)', () => {
    /** The places the long way: the occurrences' distinct spans, the term of the last term use on each (-1: rules only). */
    const placesLongWay = (run: RunResult, d: number) => {
      const places: [number, number, number][] = [];
      for (const o of concordanceOccurrences(run, d)) {
        const last = places.at(-1);
        const place = last && last[0] === o.start && last[1] === o.end ? last : (places[places.length] = [o.start, o.end, -1]);
        if (o.kind === 'term') place[2] = o.term;
      }
      return places;
    };
    const spans = (run: RunResult, d: number) => {
      const places: [number, number, number][] = [];
      concordanceSpans(run, d, (start, end, term) => places.push([start, end, term]));
      return places;
    };
    const m = result.tables.matrix;
    const withRules = Array.from({ length: m.definitions }, (_, d) => d).find((d) => {
      for (let e = m.evidenceOffsets[d * m.factors]!; e < m.evidenceOffsets[(d + 1) * m.factors]!; e++) if (m.evidenceRule[e]! >= 0) return true;
      return false;
    })!;
    const f = Array.from({ length: m.factors }, (_, i) => i).find(
      (i) => m.evidenceOffsets[withRules * m.factors + i + 1]! > m.evidenceOffsets[withRules * m.factors + i]!,
    )!;
    const first = result.uses.offsets[0]!;
    // The run without the term uses of definition `d`: its rules' places have no term.
    const withoutUses = (run: RunResult, d: number): RunResult => {
      const u = run.uses;
      const [from, to] = [u.offsets[d]!, u.offsets[d + 1]!];
      const cut = <T extends Int32Array | Uint16Array | Uint8Array | Int16Array>(column: T): T => {
        const out = new (column.constructor as new (n: number) => T)(column.length - (to - from));
        out.set(column.subarray(0, from));
        out.set(column.subarray(to), from);
        return out;
      };
      const offsets = Int32Array.from(u.offsets, (o, i) => (i > d ? o - (to - from) : o));
      const uses = { ...u, offsets, term: cut(u.term), start: cut(u.start), end: cut(u.end), sentence: cut(u.sentence), info: cut(u.info), cue: cut(u.cue) };
      return { ...run, uses, tables: { ...run.tables, matrix: { ...run.tables.matrix } } };
    };
    // Out of text order, rules alone, and (300 copies) more spans than the reused buffers first hold.
    for (const run of [withoutUses(result, withRules), withUseCopied(result, 0, first, first + 2), withEvidenceRepeated(result, withRules, f, 300)]) {
      let rulesOnly = 0;
      for (let d = 0; d < run.analysed.length; d++) {
        const expected = placesLongWay(run, d);
        expect(spans(run, d), `definition ${d}`).toEqual(expected);
        rulesOnly += expected.filter((p) => p[2] < 0).length;
      }
      expect(rulesOnly > 0, 'places where only a rule matches').toBe(run.uses.term.length < result.uses.term.length);
    }
    // The same runs read as columns (kwic.csv's and `concordanceOccurrences`' way) against the long way: an object per
    // occurrence, sorted, repeats dropped.
    const columns = new OccurrenceColumns();
    const asColumns = (run: RunResult, d: number) =>
      Array.from({ length: columns.read(run, d) }, (_, k) => {
        const i = columns.order[k]!;
        return {
          start: columns.start[i],
          end: columns.end[i],
          kind: columns.kind[i] === 0 ? 'term' : 'rule',
          term: columns.term[i],
          rule: columns.rule[i],
          factor: columns.factor[i],
          evidence: columns.evidence[i] === 1,
          sentenceStart: columns.sentenceStart[i],
          sentenceEnd: columns.sentenceEnd[i],
        };
      });
    const asObjects = (run: RunResult, d: number) => occurrencesLongWay(run, d).map(({ definition: _, ...o }) => o);
    let read = 0;
    for (const run of [result, withoutUses(result, withRules), withUseCopied(result, 0, first, first + 2), withEvidenceRepeated(result, withRules, f, 300)]) {
      for (let d = 0; d < run.analysed.length; d++) {
        expect(asColumns(run, d), `definition ${d}`).toEqual(asObjects(run, d));
        read += columns.count;
      }
    }
    // (the repeated evidence, 300 copies, is read past the insertion sort's 64 and its growing columns, and kept once)
    expect(read).toBeGreaterThan(100);
  });
});

/** The concordance's occurrences of definition `d` the long way (the test's oracle): an object each, sorted, repeats dropped. */
function occurrencesLongWay(result: RunResult, d: number): ConcordanceOccurrence[] {
  const { uses } = result;
  const { matrix } = result.tables;
  const all: ConcordanceOccurrence[] = [];
  for (let u = uses.offsets[d]!; u < uses.offsets[d + 1]!; u++) all.push(termOccurrence(result, d, u));
  for (let f = 0; f < matrix.factors; f++) {
    const c = d * matrix.factors + f;
    for (let e = matrix.evidenceOffsets[c]!; e < matrix.evidenceOffsets[c + 1]!; e++) {
      const rule = matrix.evidenceRule[e]!;
      if (rule < 0) continue;
      const start = matrix.evidenceStart[e]!;
      const sentence = sentenceAt(uses, d, start, result.analysed[d]!.text.length);
      all.push({
        definition: d,
        start,
        end: matrix.evidenceEnd[e]!,
        kind: 'rule',
        term: -1,
        rule,
        factor: f,
        evidence: true,
        sentenceStart: sentence.start,
        sentenceEnd: sentence.end,
      });
    }
  }
  all.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || (a.kind === b.kind ? 0 : a.kind === 'term' ? -1 : 1) || a.term - b.term || a.rule - b.rule || a.factor - b.factor,
  );
  const same = (a: ConcordanceOccurrence, b: ConcordanceOccurrence) =>
    a.start === b.start && a.end === b.end && a.kind === b.kind && a.term === b.term && a.rule === b.rule;
  return all.filter((o, i) => i === 0 || !same(all[i - 1]!, o));
}
