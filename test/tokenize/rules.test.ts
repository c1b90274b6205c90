import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { describe, expect, it } from 'vitest';
import { parseRule, type CodebookRule } from '../../src/config/rules.js';
import type { ThesaurusEntry } from '../../src/config/thesaurus.js';
import { ruleFactors, textTokenizer } from '../../src/tokenize/index.js';
import { ruleHits } from '../../src/tokenize/text.js';
import { RuleMatcher } from '../../src/tokenize/rules.js';

const rule = (source: string) => parseRule(source) as CodebookRule;
const options = (rules: string[][], thesaurus: ThesaurusEntry[] = []) => ({
  thesaurus,
  stopwords: ['smart', 'city', 'cities', 'urban'],
  maxWords: 4,
  cues: [],
  cueWindow: 8,
  rules: rules.map((list) => ({ rules: list.map(rule) })),
});
/** Each match as `factor:surface`. */
function matches(text: string, rules: string[][], thesaurus: ThesaurusEntry[] = []): string[] {
  return textTokenizer(options(rules, thesaurus))(text).hits.map((h) => `${h.factor}:${text.slice(h.start, h.end)}`);
}

describe('codebook rules', () => {
  it('match a word with its derivations by stem, or only its inflections with =', () => {
    expect(matches('Transportation and transport systems move people.', [['transport']])).toEqual(['0:Transportation', '0:transport']);
    expect(matches('Innovations drive innovative firms.', [['=innovation']])).toEqual(['0:Innovations']);
    expect(matches('Innovations drive innovative firms.', [['innovation']])).toEqual(['0:Innovations', '0:innovative']);
  });

  it('match phrases, prefixes and suffixes, and hyphenated words whole', () => {
    expect(matches('It improves the quality of life with ICT-based e-government.', [['quality of life'], ['ict-*', '*-government']])).toEqual([
      '0:quality of life',
      '1:ICT-based',
      '1:e-government',
    ]);
  });

  it('do not count a match inside one of its exceptions', () => {
    const rules = [['environment !urban environment !built environment'], ['=mobility'], ['=generation !new generation']];
    expect(matches('Urban environments and the built environment protect the environment.', rules)).toEqual(['0:environment']);
    expect(matches('Mobile devices improve mobility.', rules)).toEqual(['1:mobility']);
    // An exception that starts words before the match (the search for it starts no further back than its length).
    expect(matches('The internet of things and other things: things of the internet.', [['thing !internet of things']])).toEqual(['0:things', '0:things']);
    expect(matches('New generation services for future generations.', rules)).toEqual(['2:generations']);
  });

  it('match thesaurus phrases by their label', () => {
    const thesaurus = [
      { label: 'information and communication technologies', replaceBy: 'ict', line: 2 },
      { label: 'life quality', replaceBy: 'quality of life', line: 3 },
    ];
    expect(matches('Information and communication technologies raise life quality.', [['ict'], ['quality of life']], thesaurus)).toEqual([
      '0:Information and communication technologies',
      '1:life quality',
    ]);
  });

  it('give one match per factor and span, in text order, and nothing without rules', () => {
    const matcher = new RuleMatcher([{ rules: [rule('data'), rule('=data')] }], (w) => PorterStemmer.stem(w));
    const data = { normal: 'data', lemma: 'datum' };
    expect(matcher.match([matcher.formsOf(data)], [0], [4]).map((h) => [h.factor, h.rule])).toEqual([[0, 0]]);
    const none = new RuleMatcher([], (w) => w);
    expect(none.match([none.formsOf(data)], [0], [4])).toEqual([]);
  });
});

describe('rule hits without the terms (what the clustering asks of term labels)', () => {
  it('are the hits the whole tokenizer finds, in the same order, and give each label its one factor', () => {
    const thesaurus = [{ label: 'information and communication technologies', replaceBy: 'ict', line: 2 }];
    const rules = [
      ['environment !urban environment !built environment', 'green*'],
      ['ict', 'digital', 'e-*'],
      ['=mobility', 'transport'],
    ];
    const opts = options(rules, thesaurus);
    const phrases = [
      'Urban environments and the built environment protect the environment.',
      'Information and communication technologies and digital e-government.',
      'green transport',
      'mobility',
      'quality of life',
      'ICT',
      'digital environment',
    ];
    const whole = textTokenizer(opts);
    const hitsOf = ruleHits(opts);
    // (ruleHits reads with the same tokenizer; this holds it to that)
    for (const phrase of phrases) expect(hitsOf(phrase)).toEqual(whole(phrase).hits);
    // Asked again with the same options, the matcher kept for them answers the same.
    expect(ruleHits(opts)).toBe(hitsOf);
    expect(ruleFactors(phrases, opts)).toEqual([0, 1, -1, 2, -1, 1, -1]);
  });
});
