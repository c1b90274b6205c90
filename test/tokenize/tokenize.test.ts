import { describe, expect, it } from 'vitest';
import type { ThesaurusEntry } from '../../src/config/thesaurus.js';
import type { Definition } from '../../src/model/index.js';
import { tokenize } from '../../src/tokenize/index.js';

const def = (id: string, text: string): Definition => ({
  id, sector: 'academic', orgType: '', term: 'smart city', kind: 'definition', author: '', year: undefined, title: '', url: '', text, origin: { file: 't.csv', line: 2 },
});
const entry = (label: string, replaceBy: string, line = 2): ThesaurusEntry => ({ label, replaceBy, line });
const options = { thesaurus: [] as ThesaurusEntry[], stopwords: ['smart', 'city', 'cities'], maxWords: 4 };

/** Each occurrence as `form@surface`, in text order. */
function found(text: string, thesaurus: ThesaurusEntry[] = []): string[] {
  const [t] = tokenize([def('d', text)], { ...options, thesaurus });
  return t!.occurrences.map((o) => `${o.form}@${text.slice(o.start, o.end)}`);
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
    const [t] = tokenize([def('d', 'Economic growth for the economy.')], { ...options, thesaurus: [entry('economic', 'economy')] });
    const keys = t!.occurrences.map((o) => `${o.key}/${o.form}`);
    expect(keys).toEqual(['=economy/economy', '=economy growth/economic growth', 'growth/growth', '=economy/economy']);
  });

  it('gives derivations one merge key through their stem', () => {
    const [t] = tokenize([def('d', 'Sustainable cities pursue sustainability.')], options);
    const keys = t!.occurrences.filter((o) => o.form.startsWith('sustain')).map((o) => o.key);
    expect(new Set(keys)).toEqual(new Set(['sustain']));
  });
});
