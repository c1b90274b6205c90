import { describe, expect, it } from 'vitest';
import { mineLearned } from '../../src/mine/learn/miner.js';
import { mine } from './cases.js';
import { EVALUATION_CONCEPT } from './evaluation-data.js';

// The forty-fourth extractor, part a: attribution only (who said it, and when). Every text is written here, none copied
// from the labelled set; each rule has cases it must change and cases it must leave.

// An invented peer review file: a title page with the byline and the Received date, a signed and an anonymous report, the
// authors' response with its own date.
const REVIEW_FILE = `Halvard Review of Cities · Peer Review File
PEER REVIEW FILE
Cities that count: a survey of urban indicators
Authors: Mirela Ostrand-Quay, Tobiah Fenwick and Ula Brask-Ohanu
Received 12 May 2025 · Revised 2 October 2025 · Accepted 1 December 2025

REVIEWER 1 (anonymous) · Report on the original submission · received 30 June 2025
Comment 1.1. On p. 5 the authors write: “A smart city is a city that counts everything it can.” Counting is not a purpose.
Comment 1.2. I would put it differently: a sustainable city is a city that lives within the water its catchment gives it.
Comment 1.3. The authors might cite [1], which defines a smart city as “a city that shares its meters with its residents”, and the terminology standard [2], which defines a digital twin as “a model kept in step with its place by data at a stated interval”.
References cited in this report
[1] Aldous-Penrick, T. and Mware, J. (2019). Meters in common. Urban Data Letters 3, 1–9.
[2] Harrowgate Standards Board (2021). HSB 2290:2021 City information models — Terms.

REVIEWER 2 (signed: Dr Petra Lindqvist-Aro, Norby University)
Report on the original submission · dated 4 July 2025
2.1 My own working definition, for what it is worth, is this: a digital twin is a model of a street that is corrected every night from what the street reports.
2.2 The manuscript’s own sentence on p. 9, “a smart city is a dashboard with a council attached”, confuses the tool with the place.

AUTHORS’ RESPONSE TO THE REVIEWERS (20 September 2025)
Response to Reviewer 1
Comment 1.1: The definition on p. 5 counts for its own sake.
Response: We agree. The revised text now reads: “In this survey, a smart city is a city that measures what it has promised its residents and publishes the results.”
Comment 1.2: The sustainable city needs a bounded definition.
Response: We now define a sustainable city as a city whose use of water and land stays within what its region renews.`;

describe('a standard cited by a marker as a standard, its entry printing the identifier after the publisher', () => {
  const list =
    '\nReferences\n[4] Kestland Standards Agency (2020). KSA 118:2020 Urban sensing — Vocabulary.\n[5] Kestland Standards Agency (2020). KSA 118:2020 Urban sensing — Vocabulary.';
  it('files the definition under the identifier (convention 3)', () => {
    const [found] = mine(`The national standard [4] defines a smart city as a city that publishes its sensor readings within a day.${list}`);
    expect(found?.attribution).toMatchObject({ author: 'KSA 118:2020', year: 2020 });
  });
  it('keeps the publisher when the text names the publisher, not a standard', () => {
    const [found] = mine(`The agency [5] defines a smart city as a city that publishes its sensor readings within a day.${list}`);
    expect(found?.attribution?.author).toBe('Kestland Standards Agency');
  });
});

describe('a peer review file (convention 13): each part its writers’, under the byline or the reviewer', () => {
  const found = mine(REVIEW_FILE);
  const of = (words: string) => found.find((c) => c.clause.includes(words))?.attribution;

  it('files the response’s definitions under the manuscript’s byline (rule 1), dated by the response', () => {
    expect(of('measures what it has promised')).toMatchObject({ author: 'Ostrand-Quay et al.', year: 2025 });
    expect(of('stays within what its region renews')).toMatchObject({ author: 'Ostrand-Quay et al.', year: 2025 });
  });

  it('files the manuscript’s words a report quotes under the byline, dated by the Received date', () => {
    expect(of('counts everything it can')).toMatchObject({ author: 'Ostrand-Quay et al.', year: 2025 });
    expect(of('a dashboard with a council attached')).toMatchObject({ author: 'Ostrand-Quay et al.', year: 2025 });
  });

  it('files a signed reviewer’s own definition under the reviewer, an anonymous one’s quoted with no author', () => {
    expect(of('corrected every night')).toMatchObject({ author: 'Lindqvist-Aro', year: 2025 });
    const anonymous = of('lives within the water');
    expect(anonymous?.cue).toBeDefined();
    expect(anonymous?.author).toBeUndefined();
  });

  it('reads a report’s markers in its own list, a standard the text names as a standard by its identifier', () => {
    expect(of('shares its meters')).toMatchObject({ author: 'Aldous-Penrick and Mware', year: 2019, ref: '[1]' });
    expect(of('kept in step with its place')).toMatchObject({ author: 'HSB 2290:2021', year: 2021, ref: '[2]' });
  });

  it('reads the Received year apart from the response’s year', () => {
    const shifted = mine(REVIEW_FILE.replace('Received 12 May 2025', 'Received 12 November 2024'));
    expect(shifted.find((c) => c.clause.includes('counts everything'))?.attribution?.year).toBe(2024);
    expect(shifted.find((c) => c.clause.includes('measures what it has promised'))?.attribution?.year).toBe(2025);
  });

  it('leaves the same texts alone outside a peer review file', () => {
    const response = mine('Response: We now define a sustainable city as a city whose use of water and land stays within what its region renews.');
    expect(response[0]?.attribution?.author).toBeUndefined();
    const report = mine(REVIEW_FILE.replace('Peer Review File\nPEER REVIEW FILE', 'Newsletter\nNEWSLETTER'));
    expect(report.find((c) => c.clause.includes('corrected every night'))?.attribution?.author).toBeUndefined();
  });
});

describe('a name cited author–date at the start of a quotation (`reads: “Lind and Moe (2020) define …`)', () => {
  it('reads the name after the opening mark, the first author included', () => {
    const [two] = mine('The new chapter reads: “Ostervald and Kimaru (2021) define a smart city as a city that answers its residents’ letters.”');
    expect(two?.attribution).toMatchObject({ author: 'Ostervald and Kimaru', year: 2021 });
    const [one] = mine('The draft reads: “Ostervald (2021) defines a smart city as a city that answers its residents’ letters.”');
    expect(one?.attribution).toMatchObject({ author: 'Ostervald', year: 2021 });
  });

  it('takes no word in quotation marks that is not a name', () => {
    const [found] = mine('The label “smart” (2021) defines a smart city as a city that answers its residents’ letters.');
    expect(found?.attribution?.author).toBeUndefined();
  });
});

describe('a titled document of the name before `whose` (`the City of Brenmoor, whose Digital Charter (2024) defines …`)', () => {
  it('files the definition under the name, not the document’s title', () => {
    const [found] = mine(
      'We cite the City of Brenmoor, whose Digital Charter (2024) defines a smart city as “a place where residents can see the data kept on them”.',
    );
    expect(found?.attribution).toMatchObject({ author: 'City of Brenmoor', year: 2024 });
  });

  it('leaves a title cited with no name before it', () => {
    const [found] = mine('The Digital Charter (2024) defines a smart city as “a place where residents can see the data kept on them”.');
    expect(found?.attribution?.author).toBe('Digital Charter');
  });
});

describe('a learned span no rule candidate overlaps: its source read as the rules read a clause’s', () => {
  const list = '\n\nReferences\n[7] Okonjo, A., Rees, B. and Tal, C. (2018). Basins and cities. Water and Cities 2, 3–9.';
  it('files `We follow X [7] in defining …` under X, through the reference list', () => {
    const [found] = mineLearned(
      [`Note 2: We follow Okonjo et al. [7] in defining a sustainable city as “a city that keeps its water use within what its basin renews”.${list}`],
      { concept: EVALUATION_CONCEPT },
    );
    expect(found?.explanation.learned?.overlaps).toBeUndefined();
    expect(found).toMatchObject({ quoted: true, attribution: { author: 'Okonjo et al.', year: 2018, ref: '[7]' } });
  });
});

describe('a connective opening the sentence ends the name cited after it (`… the Upper Wenn\nFollowing Marchetti et al. (2020), …`)', () => {
  it('reads the name from after the connective, not from the title line run into the sentence', () => {
    const [found] = mine(
      'Towards a tidal twin for the Upper Wenn\nFollowing Marchetti et al. (2020), we treat a digital twin of an estuary as a tidal model that is corrected every hour from tide gauges.',
    );
    expect(found?.attribution).toMatchObject({ author: 'Marchetti et al.', year: 2020 });
  });

  it('keeps a body’s name whose words are capitalised', () => {
    const [found] = mine(
      'The Centre for Tidal Cities (2020) defines a digital twin of an estuary as a tidal model that is corrected every hour from tide gauges.',
    );
    expect(found?.attribution?.author).toBe('Centre for Tidal Cities');
  });
});

describe('reporting verbs in the past tense (`pointed out that`, `emphasised that`, `summed up:`)', () => {
  it('reads the subject as the source', () => {
    const [found] = mine('At the launch, Dr Ilse Marrow-Tate pointed out that a smart city is a city that tells its residents what it measures.');
    expect(found?.attribution?.author).toBe('Marrow-Tate');
    const [other] = mine('Dr Ilse Marrow-Tate emphasised that a smart city is a city that tells its residents what it measures.');
    expect(other?.attribution?.author).toBe('Marrow-Tate');
  });
  it('leaves the writers’ own', () => {
    expect(mine('We pointed out that a smart city is a city that tells its residents what it measures.')[0]?.attribution).toBeUndefined();
  });
});

describe('an office named with its portfolio before a person’s name (`Minister of Water and IT Ana Lind said …`)', () => {
  it('files the person by surname (convention 1)', () => {
    const [found] = mine('Minister of Water and IT Oskar Feldt-Ramos said that a smart city is a city that meters every tap it pays for.');
    expect(found?.attribution?.author).toBe('Feldt-Ramos');
    const [secretary] = mine('Secretary for Housing Mira Alvez-Tun stated that a smart city is a city that meters every tap it pays for.');
    expect(secretary?.attribution?.author).toBe('Alvez-Tun');
  });
  it('keeps an office named with no person', () => {
    const [found] = mine('The Minister of Water and IT said that a smart city is a city that meters every tap it pays for.');
    expect(found?.attribution?.author).toBe('Minister of Water and IT');
  });
});

describe('a lower-case scope after a reporting verb’s colon (`Tomasz Wrona wrote: For the pack, a smart city is …`)', () => {
  it('reads the reporting verb’s subject as the source', () => {
    const [found] = mine('On 9 May, Hanne Solberg-Ude wrote:\nFor the leaflet, a smart city is a city that answers every complaint within a week.');
    expect(found?.attribution?.author).toBe('Solberg-Ude');
  });
  it('leaves a colon after another verb, and a source named after `for`', () => {
    const own = mine('Our programme uses the word narrowly: for the programme, a smart city is a city that answers every complaint within a week.');
    expect(own[0]?.attribution).toBeUndefined();
    const [named] = mine('Hanne Solberg-Ude wrote: For the City of Brenmoor, a smart city is “a city that answers every complaint within a week”.');
    expect(named?.attribution?.author).toBe('City of Brenmoor');
  });
});

describe('`In her thesis she defines …`: the one person the sentence before names with a title', () => {
  it('files the definition under that person', () => {
    const [found] = mine(
      'To the panel,\nI recommend Dr Teodor Vasquez-Lunde without reservation. In his dissertation he defines a smart city as a city that lets residents switch off the sensors that watch them.',
    );
    expect(found?.attribution?.author).toBe('Vasquez-Lunde');
  });
  it('leaves it unnamed when the sentence before names two titled people, or none', () => {
    const two = mine(
      'I recommend Dr Teodor Vasquez-Lunde and Ms Ana Reis-Holm. In his dissertation he defines a smart city as a city that lets residents switch off the sensors that watch them.',
    );
    expect(two[0]?.attribution?.author).toBeUndefined();
    const none = mine(
      'I recommend this candidate. In his dissertation he defines a smart city as a city that lets residents switch off the sensors that watch them.',
    );
    expect(none[0]?.attribution?.author).toBeUndefined();
  });
});

describe('a quotation opened after a reporting verb’s colon, still open at the clause (`X said: "What we mean by a smart city is …"`)', () => {
  it('files the clause under the speaker, the quotation’s `we` being theirs', () => {
    // (at any score: the rules score `What we mean by` low; the learned model reads the attribution as a feature)
    const [found] = mine(
      'Harbour master Elin Brakstad-Moe said: "What we mean by a smart city is a port town where every crane reports its load to the same ledger."',
      0,
    );
    expect(found?.attribution?.author).toBe('Brakstad-Moe');
  });
  it('leaves a closed quotation before the clause alone', () => {
    const [found] = mine(
      'Elin Brakstad-Moe said: "Not yet." What we mean by a smart city is a port town where every crane reports its load to the same ledger.',
      0,
    );
    expect(found?.attribution?.author).toBeUndefined();
  });
});
