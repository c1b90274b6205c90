import { describe, expect, it } from 'vitest';
import { clauses } from './cases.js';

// The forty-eighth extractor, part a: definitions the rules missed and sentences they wrongly kept (from round 41). Every
// text is written here, none copied from the labelled set; each rule has cases it must change and cases it must leave.

describe('a quotation that opens at the defining verb', () => {
  it('reads `the term “means …` and `the term “refers to …` as the term defined by the quoted words', () => {
    expect(clauses('For the harbour board, a digital twin “means a model of the quays that their own sensors keep current” (board minutes, 2024).')).toEqual([
      'a digital twin “means a model of the quays that their own sensors keep current',
    ]);
    expect(clauses('In the charter, a sustainable city “refers to a town that spends no more water than its rivers bring in”.')).toEqual([
      'a sustainable city “refers to a town that spends no more water than its rivers bring in',
    ]);
  });

  it('leaves a quotation that opens at a verb that does not define', () => {
    expect(clauses('For the harbour board, a digital twin “costs more than the cranes it models”.')).toEqual([]);
  });
});

describe('a line of markup after a finished sentence opens a unit of its own', () => {
  it('ends a definition before a merge’s conflict marker, a documentation tag or a heading', () => {
    expect(clauses('<<<<<<< HEAD\nA digital twin is a model of a bridge that its own strain gauges keep current.\n=======\nA digital twin is a model of a port that is fed by its cranes.\n>>>>>>> docs-update')).toEqual([
      'A digital twin is a model of a bridge that its own strain gauges keep current',
      'A digital twin is a model of a port that is fed by its cranes',
    ]);
    expect(clauses("#' A sustainable city is a city that spends no more water than its rivers bring in.\n#' @return A number.\n#' @export")).toEqual([
      'A sustainable city is a city that spends no more water than its rivers bring in',
    ]);
    expect(clauses('A smart city is a city whose buses report their own delays.\n## Sources\nSee the annex.')).toEqual([
      'A smart city is a city whose buses report their own delays',
    ]);
  });

  it('leaves a line that goes on with an unfinished sentence', () => {
    expect(clauses('A smart city is a city whose buses report their delays to the\n#transport desk every minute.')).toEqual([
      'A smart city is a city whose buses report their delays to the #transport desk every minute',
    ]);
  });
});

describe('a restating lead-in after a script’s speaker label', () => {
  it('frames a functional predicate after `NARRATOR: Put simply,`', () => {
    expect(clauses('[Music] The camera pans over the estuary. NARRATOR: Put simply, a digital twin follows a bridge and keeps on following it, so engineers can test a repair first.')).toEqual([
      'a digital twin follows a bridge and keeps on following it, so engineers can test a repair first',
    ]);
  });

  it('leaves the functional predicate after a speaker label with no lead-in', () => {
    expect(clauses('[Music] The camera pans over the estuary. NARRATOR: A digital twin follows a bridge and keeps on following it.')).toEqual([]);
  });
});

describe('a page locator after a quoted definiens, then `and` and the writer’s verb', () => {
  it('ends the clause at the closing mark', () => {
    expect(clauses('Okonjo-Hale defines a smart city as “a city that answers its residents’ questions with its own data” (p. 31) and devotes the last chapter to who asks them.')).toEqual([
      'a smart city as “a city that answers its residents’ questions with its own data',
    ]);
  });

  it('leaves a locator followed by a relative that goes on with the definiens, and no locator', () => {
    expect(clauses('Okonjo-Hale defines a smart city as “a city that answers its residents’ questions” and that publishes its answers.')).toEqual([
      'a smart city as “a city that answers its residents’ questions” and that publishes its answers',
    ]);
  });
});
