import { describe, expect, it } from 'vitest';
import { dashEnd } from '../../src/mine/clauses/extent.js';
import { clauses } from './cases.js';

// The forty-ninth extractor, part a: definitions the rules missed and sentences they wrongly kept (from round 42). Every
// text is written here, none copied from the labelled set; each rule has cases it must change and cases it must leave.

describe('a metalinguistic genus with `represents`', () => {
  it('reads `is a term that represents …` as a definition, as `describes` is', () => {
    expect(clauses('Glossary\nA digital twin is a term that represents the pairing of a machine with a model that its sensors keep current.')).toEqual([
      'A digital twin is a term that represents the pairing of a machine with a model that its sensors keep current',
    ]);
  });

  it('leaves a meta noun with no definiens after it', () => {
    expect(clauses('A smart city is a term that many planners now avoid.')).toEqual([]);
  });
});

describe('a spaced dash that hands the sentence back to the writer', () => {
  it('ends the definiens before `— and` with a new subject and its verb', () => {
    expect(
      clauses('For ten years she told the board that a smart city is one that answers its residents before its vendors — and at last they agreed.'),
    ).toEqual(['a smart city is one that answers its residents before its vendors']);
    expect(clauses('A sustainable city is a city that spends no more water than its rivers bring in — but we are far from that.')).toEqual([
      'A sustainable city is a city that spends no more water than its rivers bring in',
    ]);
  });

  it('keeps a dash inside the definiens that no new clause follows', () => {
    expect(clauses('A sustainable city is a city that spends no more water than its rivers bring in — and no more energy than its roofs collect.')).toEqual([
      'A sustainable city is a city that spends no more water than its rivers bring in — and no more energy than its roofs collect',
    ]);
  });

  it('ends a definiens set in a dash-enclosed aside at the closing dash when the outer sentence resumes with its verb', () => {
    expect(clauses('The line you cite — a smart city is “a city that reads its own meters every hour” [7] — comes from a brochure, not a study.')).toEqual([
      'a smart city is “a city that reads its own meters every hour',
    ]);
  });

  it('leaves an aside that glosses the term before the definition (no verb of the definiens before the second dash)', () => {
    const sentence = 'The Danish smarte by — the smart city of Danish tenders — is, in Holm’s handbook, a city that buys its sensors through one agency.';
    expect(dashEnd(sentence, sentence.indexOf('the smart city'))).toBe(sentence.length);
    const quoted = 'The line you cite — a smart city is “a city that reads its own meters every hour” [7] — comes from a brochure.';
    expect(dashEnd(quoted, quoted.indexOf('a smart city'))).toBe(quoted.lastIndexOf(' — '));
  });
});

describe('`one` as a numeral before a singular noun', () => {
  it('reads `is one model of … that …` as an indefinite noun phrase', () => {
    expect(clauses('A digital twin is one model of the plant that joins its drawings and its live readings.')).toEqual([
      'A digital twin is one model of the plant that joins its drawings and its live readings',
    ]);
  });

  it('leaves `one of` and `one example of`', () => {
    expect(clauses('A smart city is one of the themes of this year’s fair.')).toEqual([]);
    expect(clauses('A smart city is one example of a planning fashion.')).toEqual([]);
  });
});

describe('a kind of the term named as an item of a list, glossed by `that is`', () => {
  it('takes the domain noun after `include a` into the term and ends the gloss before `, or any other …`', () => {
    expect(
      clauses(
        'Class 7 — River Award. Entries may include a river digital twin, that is, a model of each weir’s flow fed from gauge sensors, or any other data tool in use on the water.',
      ),
    ).toEqual(['a river digital twin, that is, a model of each weir’s flow fed from gauge sensors']);
    expect(clauses('The fund covers digital twins, that is, models of bridges fed by their own strain gauges, and other tools of asset care.')).toEqual([
      'digital twins, that is, models of bridges fed by their own strain gauges',
    ]);
  });

  it('keeps `or other …` that no comma sets off: part of the gloss', () => {
    expect(clauses('The fund covers digital twins, that is, models of bridges or other structures fed by their own strain gauges.')).toEqual([
      'digital twins, that is, models of bridges or other structures fed by their own strain gauges',
    ]);
  });
});

describe('a group of participants or residents as the subject of a reporting verb', () => {
  it('weakens `residents tended to describe X as …` and `participants described X as …` below the threshold', () => {
    expect(
      clauses('In the two workshops, younger tenants and older residents tended to describe the smart city as a place where every door needs an app.'),
    ).toEqual([]);
    expect(clauses('Only 14% of participants described a digital twin as “a map that moves” and nothing more.')).toEqual([]);
  });

  it('keeps a named definer with the same verb', () => {
    expect(clauses('Okonjo (2021) describes the smart city as a city whose services answer to the data its residents choose to share.')).toEqual([
      'the smart city as a city whose services answer to the data its residents choose to share',
    ]);
  });
});

describe('two bare genera set against each other after the copula', () => {
  it('rejects `may be a direction of travel more than a destination` and `is a habit rather than a plan`', () => {
    expect(clauses('Berrow suggests that the sustainable city may be a way of travelling more than a place.')).toEqual([]);
    expect(clauses('In the end a smart city is a habit rather than a plan.')).toEqual([]);
  });

  it('keeps a genus with its differentia that a `more than` phrase qualifies', () => {
    expect(clauses('A smart city is a city that invests in its people more than in its devices.')).toEqual([
      'A smart city is a city that invests in its people more than in its devices',
    ]);
  });
});

describe('a rated statement whose row says the panel did not adopt it', () => {
  // (a full-width page, so that the rows are read as printed, each line run into the next, not as a two-column layout)
  const page = [
    '4. Results',
    'Two of the four statements reached consensus in the second round, and the panel was clear about why the',
    'others failed: both described a product, not a place. Table 3 gives the ratings for each statement in full.',
    'Table 3. Round-2 statements (n = 4): median, IQR and outcome',
    'No.  Statement                                                   Median  IQR  Outcome',
    'S1   A digital twin is a model of a building that its own           4      1   consensus',
    '     meters keep current.',
    'S2   A digital twin is a model of a district that planners          2      2   no consensus',
    '     draw by hand.',
    'S3   A smart city is a web portal for the council.                  2      1   no consensus',
    'S4   A smart city is a city that publishes what its sensors         5      1   consensus',
    '     record about residents.',
    'Note. Five-point scale; consensus: median 4 or more and IQR 1 or less.',
    'The comments that panellists added to their ratings are read in the next section, grouped by sector and round.',
  ].join('\n');

  it('keeps the adopted rows and drops those whose outcome cell says `no consensus` (convention 14(a))', () => {
    expect(clauses(page)).toEqual([
      'A digital twin is a model of a building that its own 4 1 consensus meters keep current',
      'A smart city is a city that publishes what its sensors 5 1 consensus record about residents',
    ]);
  });

  it('keeps a clause whose numbers are no rating row', () => {
    expect(clauses('A smart city is a city that keeps 2 3 rejected bids on file for the public to read.')).toEqual([
      'A smart city is a city that keeps 2 3 rejected bids on file for the public to read',
    ]);
  });
});

describe('an indirect question whose copula closes it', () => {
  it('drops `what the smart city is:` in a title and `what a digital twin is.`', () => {
    expect(clauses('Settling what the smart city is: a two-round survey of planners and engineers in nine towns')).toEqual([]);
    expect(clauses('Nobody on the panel could say what a digital twin is. A model that the city keeps current came closest.')).toEqual([]);
  });

  it('leaves `what X is:` answered by a noun phrase after the colon', () => {
    expect(clauses('The workshop settled on what exactly a digital twin is: a model of a building that its own meters keep current.')).toEqual([
      'a digital twin is: a model of a building that its own meters keep current',
    ]);
  });

  it('leaves a definition that opens with `what` as a pronoun of its own', () => {
    expect(clauses('Here is what we found: a smart city is a city that publishes what its sensors record.')).toEqual([
      'a smart city is a city that publishes what its sensors record',
    ]);
  });
});
