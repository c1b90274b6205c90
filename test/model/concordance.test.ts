import { describe, expect, it } from 'vitest';
import { concordanceRows, contextLine, leftContext, oneLineText, rightContext } from '../../src/model/concordance.js';
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

describe('the concordance', async () => {
  const result = await analyze({
    corpus: tempCorpus({
      'definitions.csv': rows.join('\n') + '\n',
      'codebook.csv': codebook,
      'config.json': '{"factors": {"minDefinitions": 2, "bootstrap": 0}, "report": {"kwicContext": 30}}',
    }),
  });
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
