import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';

// The thirty-third extractor: general rules for the error classes left by round 31 (review-paper-41 and test28, released
// for study; bench/RESULTS.md, "Thirty-third extractor"). Every case is written here, none copied from the labelled set;
// each rule has cases it must change and definitions it must leave.

describe('a line locator after the definiens (`(p. 4, lines 12–14)`, `(lines 3–5)`)', () => {
  it('ends the clause before the locator, as a page locator alone', () => {
    expect(
      clauses('Reply to the editor: We now define a digital twin as a model of one pumping station that its sensors refresh every minute (p. 7, lines 20–23).'),
    ).toEqual(['a digital twin as a model of one pumping station that its sensors refresh every minute']);
    expect(clauses('We now define a digital twin as a model of one pumping station that its sensors refresh every minute (lines 20–23).')).toEqual([
      'a digital twin as a model of one pumping station that its sensors refresh every minute',
    ]);
  });

  it('leaves a page locator alone as it was', () => {
    expect(clauses('We now define a digital twin as a model of one pumping station that its sensors refresh every minute (p. 7).')).toEqual([
      'a digital twin as a model of one pumping station that its sensors refresh every minute',
    ]);
  });
});

describe('the term with its original-language form in brackets before `as` (`the smart city [ciudad inteligente] as …`)', () => {
  it('reads the reporting verb’s object across the bracketed form', () => {
    expect(
      clauses(
        'Resumen traducido. This paper defines the sustainable city [città sostenibile] as a city whose parks and drains are planned together for the next fifty years.',
      ),
    ).toEqual(['the sustainable city [città sostenibile] as a city whose parks and drains are planned together for the next fifty years']);
    expect(clauses('We understand a smart city (ville intelligente) as a city that lets residents see every contract its council signs for data.')).toEqual([
      'a smart city (ville intelligente) as a city that lets residents see every contract its council signs for data',
    ]);
  });
});

describe('a modal before kinds offered as alternatives (`may be a 3D model, a simulation or a live system`)', () => {
  it('is not a definition: what the term can turn out to be', () => {
    expect(clauses('In practice a digital twin may be a drawing archive, a traffic simulator or a live dashboard, depending on the vendor.')).toEqual([]);
    expect(clauses('A smart city can be a capital, a port town or a new district, whichever the ministry funds.')).toEqual([]);
  });

  it('leaves a modal before one genus with its differentia', () => {
    expect(clauses('A digital twin may be a live model of one asset that its owner refreshes from that asset’s own sensors.')).toHaveLength(1);
  });
});

describe('a metaphor in quotation marks after a verb of describing (`is often described as a "mirror" to highlight …`)', () => {
  it('is not a definition', () => {
    expect(clauses('A digital twin is often described as a "window" to stress how much of the plant an operator can see from one desk.')).toEqual([]);
    expect(clauses('The smart city is sometimes described as a ‘brain’ because one room watches every signal.')).toEqual([]);
  });

  it('leaves a quoted phrase with a differentia after it', () => {
    expect(clauses('A digital twin is often described as a "living model" that is refreshed from the asset’s sensors every minute.')).toHaveLength(1);
  });
});

describe('the term scoped to a sample the writers observed (`Smart cities in the authors’ sample are mostly …`)', () => {
  it('is a finding about those cases, not a definition', () => {
    expect(clauses('Referee 1: Smart cities in the survey’s sample are mostly port cities with a university hospital.')).toEqual([]);
    expect(clauses('Smart cities, in the strategies we reviewed, use sensors to count visitors and to plan the bus timetable.')).toEqual([]);
  });

  it('leaves the term with another post-modifier as it was', () => {
    expect(clauses('Smart cities in this report are cities that publish every contract they sign for data within a week.')).toHaveLength(1);
  });
});

describe('a reviewer, editor or moderator reporting the reviewed work’s definition (`The submission defines …`)', () => {
  it('files the definition as someone else’s: quoted, no author named', () => {
    for (const lead of ['Referee report, round 2: The manuscript defines', 'Dear author, your paper defines', 'The original description defines']) {
      const [found] = mine(`${lead} a digital twin as a model of one bridge that its owner refreshes from the bridge’s own strain gauges.`);
      expect(found).toMatchObject({ quoted: true });
      expect(found?.attribution?.author).toBeUndefined();
    }
  });

  it('leaves the writers’ own paper as their own', () => {
    const [found] = mine('This paper defines a digital twin as a model of one bridge that its owner refreshes from the bridge’s own strain gauges.');
    expect(found).toMatchObject({ quoted: false });
  });
});

describe('`As X put it at the 2024 workshop,` (a past reporting verb and its occasion before the comma)', () => {
  it('names the speaker, with the year printed in the lead-in', () => {
    const [found] = mine(
      'From the digest: As Oyelaran-Brandt put it at the 2023 symposium, a smart city is one where residents can read every sensor log the council keeps.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Oyelaran-Brandt', year: 2023 } });
  });
});

describe('a line of authors in a reference’s style under a quotation (`Pylianidis, C., Osinga, S., et al. (2021)[^3]`)', () => {
  it('files the quotation under the authors as the text cites them, with the year', () => {
    const three = mine([
      '“A digital twin is a calibrated model of one water network that its operator refreshes from the network’s own meters”\n\nBrandvik, O., Mensah, K., et al. (2022)[^4]',
    ]);
    expect(three[0]).toMatchObject({ quoted: true, attribution: { author: 'Brandvik et al.', year: 2022 } });
    const two = mine([
      '“A digital twin is a calibrated model of one water network that its operator refreshes from the network’s own meters”\n\nBrandvik, O. and Mensah, K. (2022)',
    ]);
    expect(two[0]).toMatchObject({ quoted: true, attribution: { author: 'Brandvik and Mensah', year: 2022 } });
  });
});

describe('a translated glossary’s entry: the original term, the term in parentheses, a colon (`Cidade inteligente (smart city): …`)', () => {
  it('finds the entry from the original term on, under a glossary’s label with words after it', () => {
    const entry = 'Cidade inteligente (smart city): a city that lets residents book, pay for and rate every municipal service from one account.';
    expect(clauses(entry)).toEqual([entry.slice(0, -1)]);
    expect(clauses(`Glossary of the municipal plan (translated from the Portuguese)\n${entry}`)).toEqual([entry.slice(0, -1)]);
  });

  it('leaves a sentence whose parenthesis is not followed by a colon', () => {
    expect(clauses('Cidade inteligente (smart city) was the name of the 2019 plan, which the council dropped in 2021.')).toEqual([]);
  });
});

describe('an adjective and its noun naming the domain of a twin after an indefinite article (`A smart city digital twin is …`)', () => {
  it('reads the kind from its article', () => {
    expect(clauses('A green building digital twin is a model of one building’s heating, air and water that is refreshed from its meters.')).toEqual([
      'A green building digital twin is a model of one building’s heating, air and water that is refreshed from its meters',
    ]);
  });

  it('leaves an adjective of time or order (`A new port digital twin`) and a definite article as they were', () => {
    expect(clauses('A new harbour digital twin is a model of the quays that is updated hourly from crane data.')).not.toContain(
      'A new harbour digital twin is a model of the quays that is updated hourly from crane data',
    );
    expect(clauses('The green building digital twin is a model of one building’s heating, air and water that is refreshed from its meters.')).not.toContain(
      'The green building digital twin is a model of one building’s heating, air and water that is refreshed from its meters',
    );
  });
});

describe('a source named by its surname alone, cited with its year in the sentence before (`Dunmore, R. (2020) ‘…’. Dunmore describes …`)', () => {
  it('takes that year', () => {
    const [found] = mine(
      'Week 3 reading: Okereke-Lund, T. (2021) ‘Shared models’, ch. 2. Okereke-Lund describes a digital twin as a shared model of one estate that every tenant may update.',
    );
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Okereke-Lund', year: 2021 } });
  });

  it('takes no year from another name’s citation', () => {
    const [found] = mine(
      'Week 3 reading: Marwick, T. (2021) ‘Shared models’, ch. 2. Okereke-Lund describes a digital twin as a shared model of one estate that every tenant may update.',
    );
    expect(found?.attribution?.year).toBeUndefined();
  });
});
