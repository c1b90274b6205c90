import { describe, expect, it } from 'vitest';
import { documentSpans } from '../../src/mine/learn/candidates.js';
import { coarse, delexicalize, shapeFeatures } from '../../scripts/mine-learn-shape.js';
import { EVALUATION_CONCEPT } from './evaluation-data.js';

/** The shape features of the span of `sentence` whose text is `clause`. */
function shapeOf(sentence: string, clause: string): string[] {
  const { groups } = documentSpans([sentence], EVALUATION_CONCEPT);
  for (const g of groups) for (const s of g.spans) if (g.sentence.slice(s.start, s.end) === clause && s.from !== 'rule') return shapeFeatures(g, s);
  throw new Error(`no span ${clause}`);
}

describe('learned miner: shape features', () => {
  it('reads the defining frame after the term, a genus with a relative clause, and one clause', () => {
    const f = shapeOf('A smart city is a city that uses data to run its services.', 'A smart city is a city that uses data to run its services');
    expect(f).toEqual(expect.arrayContaining(['sh-frame:copula', 'sh-genus:rel', 'sh-term-at:det', 'sh-intro:none', 'sh-neg:false']));
  });

  it('reads a passive defining verb with `as`, an attribution before the term and a citation after the span', () => {
    const f = shapeOf(
      'According to Okafor, smart cities can be defined as places where data runs the services (Okafor, 2019).',
      'smart cities can be defined as places where data runs the services',
    );
    expect(f).toEqual(
      expect.arrayContaining(['sh-frame:passive-as', 'sh-genus:bare-noun', 'sh-intro:according', 'sh-term-at:start', 'sh-cite:false|true|false']),
    );
  });

  it('reads a question or a use without a frame as no frame, and a negation', () => {
    expect(shapeOf('Smart city projects in Aldervik started in 2019 and grew.', 'Smart city projects in Aldervik started in 2019 and grew')).toContain(
      'sh-frame:none',
    );
    expect(shapeOf('A smart city is not a city that only buys sensors.', 'A smart city is not a city that only buys sensors')).toContain('sh-neg:true');
  });

  it('names classes, not content words, and keeps the framing words when delexicalizing', () => {
    expect(['refers', 'is', 'as', 'which', 'ICT', 'Okafor', 'uses'].map(coarse)).toEqual(['DEFV', 'BE', 'AS', 'REL', 'NAME', 'NAME', 'VF']);
    expect(delexicalize('a1:refers')).toBe('a1:refers');
    expect(delexicalize('a2:uses data')).toBe('a2:VF N');
    expect(delexicalize('a1-from:improves|term')).toBe('a1-from:VF|term');
    expect(delexicalize('t1:VBZ')).toBe('t1:VBZ');
  });
});
