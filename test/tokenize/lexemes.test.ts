import { describe, expect, it } from 'vitest';
import type { ItsFunction } from 'wink-nlp';
import { BatchBuilder } from '../../src/tokenize/batch.js';
import { getNlp, readTokens } from '../../src/tokenize/nlp.js';
import { countingTokenizer, type TokenizeOptions } from '../../src/tokenize/text.js';

// wink-nlp's typings reject its own `its.*` helpers under `strict`.
const asIts = <T>(f: unknown) => f as ItsFunction<T>;

/**
 * What wink says of each token of the lower-cased text, asked token by token as the tokenizer did
 * before it kept lexemes by wink's id and tag: the oracle of `readTokens`' words (before hyphens are joined).
 */
function winkWords(text: string): string[] {
  const nlp = getNlp();
  const its = nlp.its;
  const tokens = nlp.readDoc(text.toLowerCase()).tokens();
  const values = tokens.out();
  const pos = tokens.out(asIts<string>(its.pos));
  const lemmas = tokens.out(asIts<string>(its.lemma));
  const stops = tokens.out(asIts<boolean>(its.stopWordFlag));
  return values.map((value, i) => {
    const lemma = (lemmas[i] ?? value).toLowerCase();
    const kept = (lemma === 'datum' && value === 'data') || (lemma === 'medium' && value === 'media') ? value : lemma;
    return `${value}/${kept}/${pos[i]}/${stops[i] ? 1 : 0}`;
  });
}

const words = (text: string) => readTokens(text).map((t) => `${t.normal}/${t.lemma}/${t.pos}/${t.stop ? 1 : 0}`);

describe('lexemes kept by wink id and tag', () => {
  // The same word tagged differently ("use" noun and verb), contractions whose parts are words of
  // their own elsewhere ("'s", "it", "n't", "wo"), mass plurals, words met before and after.
  const texts = [
    'We use data; the use of data is what it is.',
    "It's the city's use of data: let's say it doesn't use it, and they can't.",
    "Its data's uses. It is. Let us see what's used, what isn't and who's using it.",
    'Open data and social media; a datum, a medium, the criteria. Cities use media.',
    "Don't, won't, shan't; we'll see, you're right, they've used it, I'd say.",
    // A contraction's parts are words wink also reads alone, with the same id and tag but another stop flag or lemma.
    "Wo n't they? We won't. Ca n't we? We can't. They 're here, they're there; we 've, we've; 'd and I'd; 'll and we'll.",
  ];

  it('give each token what wink says of it, in any order the texts are read', () => {
    for (const order of [texts, [...texts].reverse(), [...texts, ...texts]]) {
      for (const text of order) expect(words(text)).toEqual(winkWords(text));
    }
  });

  it('make the same batches when the phrase cache is emptied between every phrase', () => {
    const texts = [
      'A smart city uses open data platforms and open data services to improve the quality of life.',
      'Open data platforms improve the quality of urban life; open data services matter.',
      'The quality of life of citizens, open data and data platforms.',
    ];
    const batchOf = (tokenize: ReturnType<typeof countingTokenizer>, texts: readonly string[]) => {
      const builder = new BatchBuilder();
      for (const text of texts) {
        const { text: tokenized, slots } = tokenize(text);
        builder.add(tokenized, slots);
      }
      return builder.build();
    };
    const roomy = countingTokenizer(options);
    const tight = countingTokenizer(options, { phraseCacheLimit: 0 });
    // Twice each: the second batch counts through the slots the first left (or, emptied, looks its pairs up).
    for (let round = 0; round < 2; round++) expect(batchOf(tight, texts)).toEqual(batchOf(roomy, texts));
    const phrases = batchOf(roomy, texts).keys.filter((k) => k.includes(' '));
    expect(phrases).toContain('open data platform');
    expect(phrases).toContain('qualiti of life');
  });
});

const options: TokenizeOptions = { thesaurus: [], stopwords: ['smart', 'city'], maxWords: 4, cues: ['use', 'improve'], cueWindow: 8, rules: [] };
