import { describe, expect, it } from 'vitest';
import type { ThesaurusEntry } from '../../src/config/thesaurus.js';
import { textTokenizer } from '../../src/tokenize/index.js';
import { readTokens } from '../../src/tokenize/nlp.js';

const entry = (label: string, replaceBy: string, line = 2): ThesaurusEntry => ({ label, replaceBy, line });
const options = { thesaurus: [] as ThesaurusEntry[], stopwords: ['smart', 'city', 'cities'], maxWords: 4, cues: ['use', 'improve'], cueWindow: 8, rules: [] };
const occurrences = (text: string, thesaurus: ThesaurusEntry[] = []) => textTokenizer({ ...options, thesaurus })(text).occurrences;

/** Each occurrence as `form@surface`, in text order. */
function found(text: string, thesaurus: ThesaurusEntry[] = []): string[] {
  return occurrences(text, thesaurus).map((o) => `${o.form}@${text.slice(o.start, o.end)}`);
}

describe('tokenize', () => {
  it('finds content words by lemma, multi-word terms and "X of Y" terms', () => {
    expect(found('A smart city improves the quality of life of its citizens with digital technologies.')).toEqual([
      'improve@improves',
      'quality@quality',
      'quality of life@quality of life',
      'life@life',
      'citizen@citizens',
      'digital@digital',
      'digital technology@digital technologies',
      'technology@technologies',
    ]);
  });

  it('drops general and domain stopwords, list markers and numbers', () => {
    expect(found('Smart cities are (i) green and (ii) safe for 2030.')).toEqual(['green@green', 'safe@safe']);
  });

  it('keeps hyphenated words whole', () => {
    expect(found('Cost-effective e-government services')).toEqual([
      'cost-effective@Cost-effective',
      'cost-effective e-government service@Cost-effective e-government services',
      'e-government@e-government',
      'service@services',
    ]);
  });

  it('merges thesaurus phrases into one term and drops terms mapped to nothing', () => {
    const thesaurus = [entry('information and communication technologies', 'ict'), entry('icts', 'ict', 3), entry('smart sustainable city', '', 4)];
    expect(found('A smart sustainable city uses information and communication technologies (ICTs).', thesaurus)).toEqual([
      'use@uses',
      'ict@information and communication technologies',
      'ict@ICTs',
    ]);
  });

  it('treats a replacement found as it is in the text as the same fixed term', () => {
    const keys = occurrences('Economic growth for the economy.', [entry('economic', 'economy')]).map((o) => `${o.key}/${o.form}`);
    expect(keys).toEqual(['=economy/economy', '=economy growth/economic growth', 'growth/growth', '=economy/economy']);
  });

  it('gives derivations one merge key through their stem', () => {
    const keys = occurrences('Sustainable cities pursue sustainability.')
      .filter((o) => o.form.startsWith('sustain'))
      .map((o) => o.key);
    expect(new Set(keys)).toEqual(new Set(['sustain']));
  });

  it('reads what later stages need of the words around a term: its role cue, determiner, nesting and sentence', () => {
    const text = 'A city that uses ICT to improve the quality of life. Its citizens matter.';
    const { occurrences: found, sentences } = textTokenizer(options)(text);
    const at = (surface: string) => found.find((o) => text.slice(o.start, o.end) === surface)!;
    expect([at('ICT').cue, at('quality of life').cue, at('citizens').cue]).toEqual(['use', 'improve', undefined]);
    expect([at('quality of life').determiner, at('citizens').determiner, at('ICT').determiner]).toEqual(['the', 'its', undefined]);
    expect([at('life').nested, at('quality').nested, at('quality of life').nested]).toEqual([true, true, false]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['A city that uses ICT to improve the quality of life.', 'Its citizens matter.']);
    expect(at('citizens').sentence).toBe(1);
  });
});

describe('mass-noun plurals', () => {
  it('keeps data and media as written (wink lemmatises them to datum and medium), and a written datum as it is', () => {
    const lemmas = readTokens('Open data and social media; a datum, a medium, the criteria.').map((t) => `${t.normal}>${t.lemma}`);
    expect(lemmas).toEqual(expect.arrayContaining(['data>data', 'media>media', 'datum>datum', 'medium>medium', 'criteria>criterion']));
  });
});
