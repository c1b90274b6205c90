import { describe, expect, it } from 'vitest';
import { clauses, mine } from './cases.js';
import { splitSentences } from '../../src/mine/segment.js';
import { isTableHeader } from '../../src/mine/table-header.js';

// Clause spans, sentence segmentation and candidate generation (the eleventh extractor's rules). Every
// case is written here, in the manner of the forms it tests, none copied from the labelled set.

const best = (text: string) => mine(text, 0)[0];

describe('what the predicate says', () => {
  it('reads a parenthetical such as “above all” as an adverb, so the noun after it is judged', () => {
    expect(clauses('Smart cities are, first and foremost, a slogan that sells sensors to councils.')).toEqual([]);
    expect(clauses('Smart cities are, above all, cities that share their data with residents through open platforms.')).toEqual([
      'Smart cities are, above all, cities that share their data with residents through open platforms',
    ]);
  });

  it('does not take a noun that places or prices the term (an example of, a part of, an undertaking) for a kind', () => {
    for (const sentence of [
      'A digital twin is a clear example of how engineering ideas travel into planning.',
      'Smart cities are a central part of the regional growth agenda.',
      'A smart city is a costly undertaking for a council of any size.',
      'The sustainable city is a work in progress, not a finished design.',
    ])
      expect(clauses(sentence), sentence).toEqual([]);
    // (after a noun of its own, `outcome` is not the head: `a process rather than an outcome, in which …` still defines)
    expect(clauses('A smart city is a process rather than an outcome, in which residents and the council keep adjusting services to data.')).toHaveLength(1);
  });

  it('does not take a comparison between two things (`the older of the two`) for a kind', () => {
    expect(clauses('The sustainable city is the younger of the two labels, and the less disputed.')).toEqual([]);
    expect(best('The sustainable city is the younger of the two labels, and the less disputed.')?.explanation.checks.map((c) => c.name)).toContain(
      'a comparison (the older of …)',
    );
  });

  it('does not take adjectives before a bare `one` for a noun phrase; `one` restricted by a relative clause still defines', () => {
    expect(clauses('The idea of a smart city is a contested one, which each council reads in its own way.')).toEqual([]);
    expect(clauses('A smart city is a connected one that runs its buses, bins and lights from a shared data platform.')).toHaveLength(1);
  });

  it('reads a meta noun followed by “that applies/uses … to …” as a definiens', () => {
    expect(clauses('The smart city is a vision that applies networked sensors and analytics to the running of urban services.')).toEqual([
      'The smart city is a vision that applies networked sensors and analytics to the running of urban services',
    ]);
    // (no use to which the means are put: still only a judgement of the term)
    expect(clauses('The smart city is a notion that uses many words and settles little.')).toEqual([]);
  });

  it('lets a present verb with a purpose clause (`so that …`) define, as one with `to …` does', () => {
    expect(
      clauses('A sustainable city recycles its grey water, insulates its housing stock and zones its districts so that shops are within walking distance.'),
    ).toEqual(['A sustainable city recycles its grey water, insulates its housing stock and zones its districts so that shops are within walking distance']);
  });

  it('reads `has come to mean` as `means`, after an opener with `over` or `during`', () => {
    expect(clauses('Over the past twenty years the label ‘smart city’ has come to mean a city whose services are run through shared data platforms.')).toEqual([
      'the label ‘smart city’ has come to mean a city whose services are run through shared data platforms',
    ]);
  });

  it('reads `is used to describe …` and `is used as shorthand for …` as naming verbs, judged by the kind after them', () => {
    expect(clauses('The label smart city is commonly used to describe municipalities that run their services on shared data.')).toEqual([
      'The label smart city is commonly used to describe municipalities that run their services on shared data',
    ]);
    expect(clauses('Digital twin is used here as shorthand for a virtual model of an asset kept current by its own sensor data.')).toEqual([
      'Digital twin is used here as shorthand for a virtual model of an asset kept current by its own sensor data',
    ]);
    expect(clauses('Smart cities are used to describe the future.')).toEqual([]);
  });

  it('reads `refers, broadly, to …` as `refers to`', () => {
    expect(mine('Smart city refers, broadly, to the use of shared data platforms in running public services.').map((c) => [c.clause, c.pattern])).toEqual([
      ['Smart city refers, broadly, to the use of shared data platforms in running public services', 'refers-to'],
    ]);
  });

  it('reads `can be characterised by …` as `is characterised by`, and the term after `What we call` as the subject', () => {
    expect(clauses('Digital twins can be characterised by a two-way link between a physical asset and its virtual model.')).toEqual([
      'Digital twins can be characterised by a two-way link between a physical asset and its virtual model',
    ]);
    expect(clauses('What planners call a sustainable city is a city whose water, energy and land use stay within what its region renews.')).toEqual([
      'a sustainable city is a city whose water, energy and land use stay within what its region renews',
    ]);
    expect(clauses('What a sustainable city is remains unclear to most residents.')).toEqual([]);
  });

  it('reads `a so-called smart city` as the term with its article', () => {
    expect(clauses('A so-called smart city is a municipality that runs its services on one shared data platform.')).toEqual([
      'A so-called smart city is a municipality that runs its services on one shared data platform',
    ]);
  });

  it('reads a participle the lexicon lacks (`reconfigured`, `reimagined`) in a progressive passive', () => {
    expect(clauses('Smart cities are being reconfigured as places where residents help design the services they use.')).toEqual([
      'Smart cities are being reconfigured as places where residents help design the services they use',
    ]);
    expect(clauses('Smart cities are being reimagined as networks of neighbourhoods that plan their own services.')).toHaveLength(1);
  });

  it('keeps `designed to …` above the threshold, and a contrast (`rather than …`) under it', () => {
    expect(best('A smart city is designed to let its residents see and change how their streets are run.')?.score).toBe(0.7);
    expect(clauses('Smart cities are designed to serve technology vendors rather than the people who live in them.')).toEqual([]);
  });
});

describe('where the clause ends', () => {
  it('keeps infinitives of purpose listed after semicolons in the definiens', () => {
    expect(
      clauses(
        'A smart city is a city that uses digital tools to cut congestion; to lower its energy bills; and to make its streets places that people enjoy and trust.',
      ),
    ).toEqual([
      'A smart city is a city that uses digital tools to cut congestion; to lower its energy bills; and to make its streets places that people enjoy and trust',
    ]);
    // (`to` before a pronoun opens no infinitive: a new statement)
    expect(clauses('A smart city is a city that uses sensors to plan its services; to its critics it is a brand.')).toEqual([
      'A smart city is a city that uses sensors to plan its services',
    ]);
  });

  it('ends a definiens set between dashes where the sentence goes on to say something else of the term', () => {
    expect(
      clauses('The sustainable city — a city that keeps its water, energy and land use within what its region renews — is the goal of the new county plan.'),
    ).toEqual(['The sustainable city — a city that keeps its water, energy and land use within what its region renews']);
  });

  it('ends the clause before the writers’ comment on it, a group answering it, or its source named after it', () => {
    const definiens = 'A sustainable city is a city that keeps its water, energy and land use within what its region renews';
    for (const comment of [
      ', a definition that planners have quoted ever since.',
      ' — a description that leaves out who pays for it.',
      ', which is the wording this plan adopts.',
      ', although this definition is silent on housing.',
      ', but critics contend that no city meets it.',
      ', as Lindqvist (2019) observes.',
    ])
      expect(clauses(`${definiens}${comment}`), comment).toEqual([definiens]);
    // (a definition of something inside the definiens is part of it)
    expect(clauses('A smart city is a city whose services meet a published definition of service quality.')).toEqual([
      'A smart city is a city whose services meet a published definition of service quality',
    ]);
  });

  it('ends the clause at a citation that closes a quotation, or that a semicolon and a new clause follow', () => {
    expect(
      clauses('Digital twins have been defined as “virtual models kept current by their assets’ own sensors” (Lund, 2021) or, more loosely, as any 3D model.'),
    ).toEqual(['Digital twins have been defined as “virtual models kept current by their assets’ own sensors']);
    expect(clauses('A sustainable city is a city that lives within what its region renews (Moreau, 2009); its critics find the test too strict.')).toEqual([
      'A sustainable city is a city that lives within what its region renews',
    ]);
  });

  it('leaves a note marker in plain digits after the full stop out of the clause', () => {
    expect(clauses('A smart city is a city that publishes its operational data for residents to reuse.4 Few councils do so.')).toEqual([
      'A smart city is a city that publishes its operational data for residents to reuse',
    ]);
  });
});

describe('where the term and the clause start', () => {
  it('reads an insertion whose citation has commas of its own (`in X’s (2020, p. 4) words`)', () => {
    expect(
      clauses('Smart sustainable cities, in Adeyemi’s (2020, p. 41) terms, are cities that buy digital systems only against adopted climate targets.'),
    ).toEqual(['Smart sustainable cities, in Adeyemi’s (2020, p. 41) terms, are cities that buy digital systems only against adopted climate targets']);
  });

  it('reads a term whose two modifiers come in the other order', () => {
    const found = mine('Digital urban twins are live virtual models of city districts that merge sensor feeds with planning data.');
    expect(found.map((c) => [c.term, c.clause])).toEqual([
      ['digital twin', 'Digital urban twins are live virtual models of city districts that merge sensor feeds with planning data'],
    ]);
    expect(mine('A sustainable smart city is a city that directs its data and sensors at the climate targets it has adopted.').map((c) => c.term)).toEqual([
      'smart sustainable city',
    ]);
  });

  it('reads a glossary line with a short parenthesis between the term and its separator', () => {
    expect(clauses('Smart city (n.) – a town or city whose public services are coordinated through one shared data platform.')).toEqual([
      'Smart city (n.) – a town or city whose public services are coordinated through one shared data platform',
    ]);
    expect(clauses('Digital twin (compare: simulation model): a virtual model of a physical asset that is kept current by data from that asset.')).toEqual([
      'Digital twin (compare: simulation model): a virtual model of a physical asset that is kept current by data from that asset',
    ]);
  });

  it('reads a run-in glossary title, a term alone with its full stop, over the meaning in the next sentence', () => {
    expect(clauses('Sustainable city. A city whose use of water, energy and land stays within what its region renews.')).toEqual([
      'Sustainable city. A city whose use of water, energy and land stays within what its region renews',
    ]);
    expect(clauses('(c) Digital twin. A virtual model that is kept current by the sensors of the asset it copies.')).toEqual([
      'Digital twin. A virtual model that is kept current by the sensors of the asset it copies',
    ]);
    // (a statement after the title is no meaning of it)
    expect(clauses('Smart city. The council has not adopted one yet.')).toEqual([]);
  });

  it('reads list markers run into the sentence after a colon or a semicolon', () => {
    expect(
      clauses(
        'The strategy fixes two terms: (a) a smart city is a council whose lights, bins and buses report to one platform; (b) a digital twin is the council’s 3D model of its streets, fed by that platform.',
      ),
    ).toEqual([
      'a smart city is a council whose lights, bins and buses report to one platform',
      'a digital twin is the council’s 3D model of its streets, fed by that platform',
    ]);
  });

  it('reads a term’s initials in capitals (`DT`) as the term, unless two terms share them or the text brings them in for something else', () => {
    expect(mine('In this report, a DT is a virtual model of a bridge that is updated from the strain gauges fixed to it.').map((c) => c.term)).toEqual([
      'digital twin',
    ]);
    // (SC: smart city and sustainable city share the initials)
    expect(clauses('In this report, an SC is a city whose services are run from a shared data platform.')).toEqual([]);
    // (DT brought in for something else)
    expect(clauses('Design Thinking (DT) is used throughout. In this report, a DT is a workshop format that brings residents and engineers together.')).toEqual(
      [],
    );
  });
});

describe('sentences and units', () => {
  it('ends a sentence at a superscript marker with no space after it, and at a plain-digit marker after a word', () => {
    expect(splitSentences('Councils reuse the data.²A smart city is a city that does.').map((s) => s.text)).toEqual([
      'Councils reuse the data.²',
      'A smart city is a city that does.',
    ]);
    expect(splitSentences('Councils reuse the data.12 A smart city is a city that does.').map((s) => s.text)).toEqual([
      'Councils reuse the data.12',
      'A smart city is a city that does.',
    ]);
    // (decimals are no marker)
    expect(splitSentences('See release 4.2 A smart city is a city that does.')).toHaveLength(1);
  });

  it('ends a sentence at `et al.` or `etc.` when a word that opens a sentence follows at once, not after a marker nor in a table row', () => {
    expect(splitSentences('The point was made by Osei et al. The smart city is a city that shares its data.').map((s) => s.text)).toEqual([
      'The point was made by Osei et al.',
      'The smart city is a city that shares its data.',
    ]);
    expect(splitSentences('Councils buy sensors, apps etc. It is a start.')).toHaveLength(2);
    expect(splitSentences('Osei et al. [4] A smart city is a city that shares its data.')).toHaveLength(1);
    expect(splitSentences('Osei et al. A smart city is a city that shares its data.', 'row')).toHaveLength(1);
    expect(splitSentences('Osei et al. (2016) found that councils share little.')).toHaveLength(1);
  });

  it('keeps an author–year citation after a block quotation’s full stop with its sentence', () => {
    expect(
      splitSentences('A sustainable city is one that lives within its means. (Okoro and Lind, 2019, p. 12) The test is demanding.').map((s) => s.text),
    ).toEqual(['A sustainable city is one that lives within its means. (Okoro and Lind, 2019, p. 12)', 'The test is demanding.']);
    const [found] = mine(
      'Planners quote it often:\n    A sustainable city is a city that lives within what its region renews each year.\n    (Okoro and Lind, 2019, p. 12)\nThe test is demanding.',
    );
    expect(found?.clause).toBe('A sustainable city is a city that lives within what its region renews each year');
    expect(found?.attribution).toMatchObject({ author: 'Okoro and Lind', year: 2019 });
  });

  it('ends a list item at a line that stops short when the next line opens with a capital', () => {
    const found = mine(
      'The survey asked councils:\n1. whether they publish their sensor data\nA smart city is a city that publishes the data its sensors collect for residents to use.',
    );
    expect(found.map((c) => [c.clause, c.context, c.score])).toEqual([
      ['A smart city is a city that publishes the data its sensors collect for residents to use', 'paragraph', 0.9],
    ]);
    // (a full line wrapping onto a capitalised word goes on with its item)
    const wrapped = mine(
      '1. A smart city, in the sense used by the Regional Data and Infrastructure\nOffice, is a city that publishes the data its sensors collect for residents to use.',
    );
    expect(wrapped.map((c) => c.context)).toEqual(['item']);
  });

  // Table lines built with their columns padded, as a page sets them.
  const table = (rows: readonly (readonly string[])[], widths: readonly number[]) =>
    rows
      .map((cells) =>
        cells
          .map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c))
          .join('')
          .trimEnd(),
      )
      .join('\n');

  it('reads a table row column by column, so a wrapped cell stays whole and the source cell after it stays out of the clause', () => {
    const text = table(
      [
        ['Term', 'Meaning', 'Source'],
        ['Smart city', 'A city that coordinates its transport, energy and', 'Osei (2016)'],
        ['', 'housing services through one data platform', ''],
        ['Digital twin', 'A virtual model of a bridge or a district that', 'Lund (2021)'],
        ['', 'is updated from sensors fixed to it', ''],
      ],
      [15, 52],
    );
    expect(mine(text).map((c) => [c.clause, c.attribution?.author])).toEqual([
      ['Smart city A city that coordinates its transport, energy and housing services through one data platform', 'Osei'],
      ['Digital twin A virtual model of a bridge or a district that is updated from sensors fixed to it', 'Lund'],
    ]);
  });

  it('reads lines that open with a source cell and a gap as table rows without a header row, and ends the table at a line that does not line up', () => {
    const text = `Table 3. Three definitions\n${table(
      [
        ['Moreau (2009)', 'A smart city is a city that monitors its roads, bridges and water'],
        ['', 'mains through sensors and acts on what they report'],
        ['Tanaka (2013)', 'Smart cities are cities that let residents reach every public service'],
        ['', 'online from one account'],
      ],
      [19],
    )}\nBoth name technology first. Neither says who is answerable.`;
    expect(mine(text).map((c) => [c.clause, c.context, c.attribution?.author, c.attribution?.year])).toEqual([
      ['A smart city is a city that monitors its roads, bridges and water mains through sensors and acts on what they report', 'row', 'Moreau', 2009],
      ['Smart cities are cities that let residents reach every public service online from one account', 'row', 'Tanaka', 2013],
    ]);
  });

  it('reads a header row that names one column of its own among the usual names', () => {
    expect(isTableHeader('Source Term Focus Definition')).toBe(true);
    expect(isTableHeader('Author Year Definition')).toBe(true);
    // (two names of its own: not enough to know a table)
    expect(isTableHeader('Origin Term Focus Definition')).toBe(false);
    expect(isTableHeader('Our Working Definition')).toBe(false);
  });
});
