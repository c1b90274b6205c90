import { describe, expect, it } from 'vitest';
import { mine } from './cases.js';
import { actNamedIn } from '../../src/mine/acronyms.js';

// The fifty-second extractor: who said it in judgments, statutes and other formal documents (issue 11). Every text is
// written here, none copied from the labelled set; each rule has cases it must change and cases it must leave.

const first = (text: string) => mine(text, 0)[0];
const find = (text: string, term: string) => mine(text, 0).find((c) => c.term === term);

describe('a numbered paragraph, `[16] Ms Lind …`, is no citation', () => {
  it('gives no marker to a paragraph number opening the sentence, a heading run into it or not', () => {
    const own = first('[31] In my view, a smart city is a town whose council publishes the rules on the data its systems hold.');
    expect(own?.attribution?.ref).toBeUndefined();
    expect(own?.quoted).toBe(false);
    const headed = first('Discussion [44] In my view, a smart city is a town whose council publishes the rules on the data its systems hold.');
    expect(headed?.attribution?.ref).toBeUndefined();
  });
  it('keeps a marker the numbered reference list holds, and a marker after a lower-case verb', () => {
    const listed = mine(
      [
        'Background [4] The smart city is a town that publishes the rules on its data.',
        'References\n[4] Okafor, A., Lind, B. (2020). Towns and data. City Press.',
      ],
      0,
    )[0];
    expect(listed?.attribution?.ref).toBe('[4]');
    expect(listed?.attribution?.author).toBe('Okafor and Lind');
    const row = first(
      'Table 2. Definitions\nSource Definition Theme\n[5] A smart city is a city that counts its buses and publishes the counts weekly. Transport',
    );
    expect(row?.attribution?.ref).toBe('[5]');
    const subject = first('[12] defines a smart city as a town that publishes the rules on its data.');
    expect(subject?.attribution?.ref).toBe('[12]');
  });
});

describe('counsel’s submission: `Ms X for the Claimant submitted that …` is counsel’s (convention 2)', () => {
  it('files it under counsel’s surname, not the party', () => {
    const claimant = first(
      '[9] Ms Ortolan for the Appellant submitted that a smart city is a town whose residents can see and correct the records held on them.',
    );
    expect(claimant?.quoted).toBe(true);
    expect(claimant?.attribution?.author).toBe('Ortolan');
    expect(claimant?.attribution?.ref).toBeUndefined();
    const kc = first('Mr Idris Penhallow KC, for the Respondent Council, submitted that a smart city is a town that runs at least one networked service.');
    expect(kc?.attribution?.author).toBe('Penhallow');
  });
  it('leaves an office `for the` portfolio whole', () => {
    const minister = first('The Minister for the Environment said that a smart city is a town whose residents can see and correct the records held on them.');
    expect(minister?.attribution?.author).toBe('Minister for the Environment');
  });
});

describe('a pinpoint before a judge’s name, `At [41] Okafor J said …`: the judge’s surname', () => {
  it('drops the paragraph pinpoint and the judicial suffix', () => {
    const said = first('At [27] Halloran LJ said that a sustainable city is a city whose council treats its carbon limits as binding on every decision.');
    expect(said?.attribution?.author).toBe('Halloran');
    const both = first(
      '[12] At [27]-[29] Halloran LJ said that a sustainable city is a city whose council treats its carbon limits as binding on every decision.',
    );
    expect(both?.attribution?.author).toBe('Halloran');
  });
});

describe('a statute’s definition set out in a judgment or report: the Act by its name as printed (convention 3)', () => {
  const act = 'This claim concerns the Connected Towns Act 2023 (“the Act”) and a council’s decision under it.';
  it('files `“smart city” means …` after `Section 3 provides:` under the Act named `the Act`, with the year of its name', () => {
    const found = find(
      `${act}\n\nSection 3(2) provides:\n“In this Act — “smart city” means a district in which the council runs its public services through networked data systems under published rules;\n“district” means an area of local government.”`,
      'smart city',
    );
    expect(found?.quoted).toBe(true);
    expect(found?.attribution?.author).toBe('Connected Towns Act 2023');
    expect(found?.attribution?.year).toBe(2023);
  });
  it('files it under the Act the lead-in names, `Section 4 of the X Act 2022 provides that “…” means`', () => {
    const found = first(
      '[7] Section 4 of the Open Streets (Harwick) Act 2022 provides that “smart city” means a district whose council publishes every dataset it holds.',
    );
    expect(found?.attribution?.author).toBe('Open Streets (Harwick) Act 2022');
    expect(found?.attribution?.year).toBe(2022);
    expect(found?.attribution?.ref).toBeUndefined();
  });
  it('and in a Schedule to the Act, `In this Schedule, “digital twin” means …`', () => {
    const found = find(
      `${act}\n\nSchedule 2 to the Act reads in part.\n(3) In this Schedule, “digital twin” means a computer model of a district kept up to date from observations every week.`,
      'digital twin',
    );
    expect(found?.attribution?.author).toBe('Connected Towns Act 2023');
  });
  it('gives no source when no Act is named `the Act`, or two are, and none without the setting', () => {
    const unnamed = find(
      'Section 3(2) provides:\n“In this Act — “smart city” means a district in which the council runs its public services through networked data systems under published rules.”',
      'smart city',
    );
    expect(unnamed?.attribution?.author).toBeUndefined();
    expect(unnamed?.quoted).toBe(false);
    expect(actNamedIn('the Towns Act 2020 (“the Act”) … the Cities Act 2021 (“the Act”)')).toBeUndefined();
    const plain = find(
      'In our report, “smart city” means a district in which the council runs its public services through networked data systems.',
      'smart city',
    );
    expect(plain?.attribution?.author).toBeUndefined();
  });
});

describe('a provision’s subsections in a term’s post-modifier: `a smart city within section 2(1) is …`', () => {
  it('reads the definition after `section 2(1)`', () => {
    const found = first('In my judgment, a smart city within the meaning of section 4(1)(b) is a district whose residents can correct the data held on them.');
    expect(found?.clause).toMatch(/^a smart city within the meaning of section 4\(1\)\(b\) is a district/u);
  });
});

describe('the years of what was said in a judgment', () => {
  it('dates a judge’s words in an earlier case by that case’s citation', () => {
    const found = find(
      'I was referred to Ashby Trust v Lorne Council [2023] SLHC 12 (Admin). At [41] Pellow J said that a sustainable city is a city whose council treats its limits as binding on each decision.',
      'sustainable city',
    );
    expect(found?.attribution?.author).toBe('Pellow');
    expect(found?.attribution?.year).toBe(2023);
  });
  it('gives no year to a judge with no case cited near', () => {
    const found = find(
      'At [41] Pellow J said that a sustainable city is a city whose council treats its limits as binding on each decision.',
      'sustainable city',
    );
    expect(found?.attribution?.year).toBeUndefined();
  });
  it('dates a witness’s statement by the date printed where it is introduced', () => {
    const found = find(
      '[8] The Appellant relies on the witness statement of Dr Ines Marwood, a town planner, dated 3 February 2025. Nobody challenged it.\n\n[9] At paragraph 4 of her statement Dr Marwood says: “A digital twin is a model of a town kept up to date from its sensors every day.”',
      'digital twin',
    );
    expect(found?.attribution?.author).toBe('Marwood');
    expect(found?.attribution?.year).toBe(2025);
  });
  it('dates counsel’s submissions by the hearing printed on the title page, and nothing else by it', () => {
    const text =
      'Hearing dates: 4 and 5 March 2026\nAPPROVED JUDGMENT\n\n[9] Ms Ortolan for the Appellant submitted that a smart city is a town whose residents can see and correct the records held on them.\n\n[10] Dr Lind says that a sustainable city is a city whose council keeps within binding limits on carbon.';
    expect(find(text, 'smart city')?.attribution).toMatchObject({ author: 'Ortolan', year: 2026 });
    expect(find(text, 'sustainable city')?.attribution?.year).toBeUndefined();
  });
});

describe('reference works, standards and reports a judgment cites', () => {
  it('files a dictionary’s definition under its title, with the year of its edition', () => {
    const found = first(
      '[19] Counsel referred me to the Oxwell Pocket Dictionary (4th edn, 2015), which defines a smart city as “a city that uses sensors to run its services”.',
    );
    expect(found?.attribution).toMatchObject({ author: 'Oxwell Pocket Dictionary', year: 2015 });
  });
  it('leaves a document of no title before `which defines` to the possessor rule', () => {
    const found = first('The council relies on the Harbour Board’s guidance, which defines a smart city as a city that counts its boats every day.');
    expect(found?.attribution?.author).toBe('Harbour Board');
  });
  it('reads a standard’s identifier past a pinpoint aside, `BVS 1400:2022, at clause 2.1, defines`', () => {
    const found = first(
      'The Bridgeland Standards Board’s vocabulary standard BVS 1400:2022, at clause 2.1, defines a smart sustainable city as a city that uses data to keep within its limits.',
    );
    expect(found?.quoted).toBe(true);
    expect(found?.attribution).toMatchObject({ author: 'BVS 1400:2022', year: 2022 });
  });
  it('files `the report of the X Commission, Title (2021)` under the commission, not the title', () => {
    const found = first(
      'The council may wish to note the report of the Harwick Commission on Town Futures, Towns Within Bounds (2021), at para 3.2: “A smart sustainable city is a city that keeps its data and its environment within bounds.”',
    );
    expect(found?.attribution).toMatchObject({ author: 'Harwick Commission on Town Futures', year: 2021 });
  });
  it('keeps a person’s titled book under the title’s citation rules (no body before it)', () => {
    const found = first(
      'In the first chapter of Ana Lind, Towns Within Bounds (2021), a smart sustainable city is “a city that keeps its data and its environment within bounds”.',
    );
    expect(found?.attribution?.author).not.toBe('Ana Lind, Towns Within Bounds');
    expect(found?.attribution?.year).toBe(2021);
  });
});

describe('the year after a name in the lead-in is an edition’s, not a relay’s', () => {
  it('gives no year from `(n.d., as cited in Lind, 2025)`', () => {
    const found = first('Okoro (n.d., as cited in Lind, 2025) defines a digital twin as “a model that is kept in step with its town every day”.');
    expect(found?.attribution?.year).toBeUndefined();
  });
});

describe('a body’s dated framework as the subject, `The X Ministry of Y’s 2026 framework defines …`', () => {
  it('files it under the ministry, its name joined by `of`, with the framework’s year', () => {
    const found = first(
      'Summary: The Harwick Ministry of Town Development’s 2026 framework defines a smart city as “an urban area whose services run on shared data”.',
    );
    expect(found?.attribution).toMatchObject({ author: 'Harwick Ministry of Town Development', year: 2026 });
  });
  it('leaves a person’s framework alone (no body’s noun)', () => {
    const found = first('Ana Lind’s 2026 framework defines a smart city as “an urban area whose services run on shared data”.');
    expect(found?.attribution?.author).toBe('Lind');
  });
});
