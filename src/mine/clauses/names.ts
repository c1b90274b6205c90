import { findCitations, MONTH_NAME, NO_NUMBERED_LIST, YEAR_DIGITS } from '../citations.js';
import { isWord } from '../lexicon.js';

// Telling a name from a description: a person (given by surname, as a citation gives it), a body (`… Council`),
// a citation's author. Lead-ins ask it of the words before a definition, attribution of the words around it.

// Words that open a reference to part of the document, not a source: `Table 1 lists them:`.
export const DOCUMENT_PART = /^(?:table|figure|fig|section|chapter|box|appendix|annex|equation|part|page|step|panel|item|note)\b/iu;

/** `Mayor Ingrid Solheim`: a person under a title is given by surname, as a speaker named after the quotation is. */
export function titledPerson(name: { text: string; start: number; end: number }): { text: string; start: number; end: number } {
  // (a judge's post-nominal after the surname, `Pellworth J said that …`, `Okafor LJ`: convention 1 drops titles)
  const judge = /^(\p{Lu}[\p{L}’'-]+)\s+(?:J|JJ|LJ|LJJ|CJ|JA)$/u.exec(name.text);
  if (judge) return { text: judge[1]!, start: name.start, end: name.start + judge[1]!.length };
  const titled = TITLE.exec(name.text);
  if (titled && !personalName(name.text.slice(titled[0].length)) && OFFICE_OF.test(name.text)) {
    // (an office with its portfolio before the name, `Minister of Youth and ICT Jean Philbert Nsengimana`: the person named
    // last, two to four capitalised words after a portfolio of capitalised words and joiners)
    const words = name.text.slice(titled[0].length).split(/\s+/u);
    for (let k = Math.min(4, words.length - 2); k >= 2; k--) {
      const portfolio = words.slice(1, -k);
      if (portfolio.every((w) => /^\p{Lu}/u.test(w) || /^(?:and|&|of|for|the)$/u.test(w)) && personalName(words.slice(-k).join(' '))) {
        const surname = words.at(-1)!;
        return { text: surname, start: name.end - surname.length, end: name.end };
      }
    }
  }
  if (!titled || !personalName(name.text.slice(titled[0].length))) return name;
  const surname = name.text.split(/\s+/u).at(-1)!;
  return { text: surname, start: name.end - surname.length, end: name.end };
}

// Particles printed with a surname (`van der Berg`, `Del Bo`), kept with it: the words, for patterns of names, and one word.
export const PARTICLE_WORD = '(?:van|von|der|den|de|del|della|di|da|du|la|le|ter|ten|bin|al|el)';
export const PARTICLE = new RegExp(`^${PARTICLE_WORD}$`, 'iu');

/**
 * A personal name: two to four capitalised words (no body noun, no acronym) ending in a surname, a word no
 * dictionary lists (`Data Trust`, `Energy Portal`, `IoT World` end in words: bodies and sites).
 */
function personName(text: string): boolean {
  const words = text.split(/\s+/u);
  const core = words.filter((w, i) => i === words.length - 1 || !PARTICLE.test(w));
  return (
    words.length <= 5 &&
    personalName(core.join(' ')) &&
    words.every((w) => core.includes(w) || /^\p{Ll}/u.test(w) || PARTICLE.test(w)) &&
    !isWord(
      words
        .at(-1)!
        .toLowerCase()
        .replace(/[’']s?$/u, ''),
    )
  );
}

/**
 * A source as an author–year citation names it: a person by surname alone (the particle kept), whatever
 * printed with it (titles, given names, `MP`, an affiliation after `of`/`at`/`from`, a role after a comma:
 * `Councillor Ruth Oyelaran-Hale, Leader of …` → `Oyelaran-Hale`); a body's name as printed.
 */
export function citedName(name: string): string {
  let text = name.trim().replace(/,?\s+MP$/u, '');
  for (let titled = TITLE.exec(text); titled; titled = TITLE.exec(text)) text = text.slice(titled[0].length);
  const head = /^([^,]+?)(?:\s*,\s+.+|\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}.*)$/u.exec(text)?.[1];
  const person = head !== undefined && personName(head) ? head : personName(text) ? text : undefined;
  if (!person) return name.trim();
  const words = person.split(/\s+/u);
  let first = words.length - 1;
  while (first > 1 && PARTICLE.test(words[first - 1]!)) first--;
  return words.slice(first).join(' ');
}

/**
 * A name with a description after it between commas (`Rick Abel, chief architect at Lumo,`, `The Harbour
 * Board, a coalition of ports,`, `Ana Reis, who leads …,`, `Ana Reis, writing in …,`): the name, when the
 * description is not a name itself (`Department for Business, Innovation and Skills` is one name) or the
 * name is a person's. Its start and end within `text`.
 */
export function nameBeforeApposition(text: string): { text: string; start: number; end: number } | undefined {
  // (a colon between digits is a standard's year, `QKS 4410:2023`, in the name)
  const m = /^(\s*(?:the\s+)?)((?:[^,;:()[\]“”"]|(?<=\d):(?=\d)){2,80}?)\s*,\s+([^;:“”"]{2,160}?)[\s,]*$/iu.exec(text);
  if (!m) return undefined;
  const [, lead, whole, description] = m as unknown as [string, string, string, string];
  // (a name after its lower-case kind, `the national standard QKS 4410:2023, on which …,`, `the planner Ana Lind, who …,`:
  // the name, when a relative clause or a description with its article follows; the kind is one to three words, none a
  // preposition, so that `the city of Lund` names no `Lund`)
  const kind = /^\p{Lu}/u.test(whole.replace(/^(?:the)\s+/iu, '')) ? undefined : KIND_BEFORE_NAME.exec(whole);
  if (kind && !APPOSITIVE_CLAUSE.test(description)) return undefined;
  // (the identifier's colon only after a kind: `Unlike MWB 9100:2019, the water board’s glossary` names no subject)
  if (!kind && /\d:\d/u.test(whole)) return undefined;
  const name = kind ? whole.slice(kind[0].length) : whole;
  const bare = name.replace(/^(?:the)\s+/iu, '');
  if (!/^\p{Lu}/u.test(bare) || !nameLike(bare)) return undefined;
  const person = personName(citedNameHead(bare));
  if (!person && nameLike(description.replace(/,.*$/u, '').trim())) return undefined;
  const start = lead.length + whole.length - bare.length;
  // (nor a body's portfolio, capitalised words listed to an `and`: `Ministry of Land, Infrastructure, Transport and
  // Tourism`, `National Academies of Sciences, Engineering, and Medicine`: the whole is the body's name)
  if (!person && PORTFOLIO.test(description.trim())) {
    const whole = text.slice(start).replace(/[\s,]+$/u, '');
    return { text: whole, start, end: start + whole.length };
  }
  return { text: bare, start, end: start + bare.length };
}

// A name's kind in lower case before it, `the national standard `, `the consultancy `: one to three words, no preposition.
const KIND_BEFORE_NAME = /^(?:the\s+)?(?:(?!(?:of|by|in|at|for|from|to|with|on|and|or)\s)\p{Ll}[\p{L}-]*\s+){1,3}(?=\p{Lu})/u;
// A relative clause (`which …`, `on whose …`) or a description with its article (`a spin-out of …`) after the comma.
const APPOSITIVE_CLAUSE = /^(?:(?:\p{Ll}+\s+)?(?:which|whom|whose)\s|who\s|(?:a|an|the)\s)/u;

// The rest of a body's name after its first comma, capitalised words listed to an `and` (`Infrastructure, Transport and
// Tourism`, `Food and Rural Affairs`): a continuation of the name, not a description of it.
export const PORTFOLIO = /^(?:\p{Lu}[\p{L}’'-]*,\s+){0,6}\p{Lu}[\p{L}’'-]*,?\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?$/u;

/** The name without a leading title (`Councillor Ruth Oyelaran-Hale` → `Ruth Oyelaran-Hale`), for the person test. */
function citedNameHead(name: string): string {
  let text = name;
  for (let titled = TITLE.exec(text); titled; titled = TITLE.exec(text)) text = text.slice(titled[0].length);
  return text.replace(/\s+(?:of|at|from)\s+(?:the\s+)?\p{Lu}.*$/u, '');
}

/**
 * A title written before a person's name (`Dr`, `Prof.`, `Baroness`, `Cllr`), with its full stop if any: one list for
 * every pattern that reads a name after a title (names here, speakers' labels, attribution lines, salutations), so that
 * a title added for one is known to all. Each pattern adds its own case rule and what may come before (`Deputy Mayor`).
 */
export const PERSONAL_TITLE = String.raw`(?:Mayor|Minister|Councillor|Councilor|Cllr|Senator|Sen|Governor|President|Professor|Prof|Dr|Mr|Mrs|Ms|Mx|Sir|Dame|Commissioner|Secretary|Chair(?:man|woman)?|Alderman|Alderwoman|Baroness|Baron|Lord|Lady|Viscount|Earl|Rev|Hon|Rep|Judge|Justice|Capt|Captain)\.?`;
// The words that may come before a title (`Deputy Mayor`, `Former President`).
export const TITLE_QUALIFIER = String.raw`(?:Deputy|Vice|Lord|Lady|Chief|Acting|Former)`;

// An office named with its portfolio: `Minister of Youth and ICT …`, `Secretary for Housing …`.
const OFFICE_OF = new RegExp(String.raw`^(?:${TITLE_QUALIFIER}\s+)?${PERSONAL_TITLE}\s+(?:of|for)\s+\p{Lu}`, 'u');

/** Titles before a person's name (`Deputy Mayor`, `Professor`, `Dr`). */
const TITLE = new RegExp(String.raw`^(?:${TITLE_QUALIFIER}\s+)?${PERSONAL_TITLE}\s+`, 'u');

/** Two to four capitalised words, no body noun, no acronym: a person's name (`Hanne Østergaard`). */
export function personalName(text: string): boolean {
  const words = text.split(/\s+/u);
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    // (a surname elided with its prefix keeps its second capital: `O’Brien`, `D’Souza`, `N'Diaye`)
    words.every((w) => /^\p{Lu}\p{Ll}[\p{L}’'-]*$|^\p{Lu}\.$|^\p{Lu}[’']\p{Lu}\p{Ll}[\p{L}’'-]*$/u.test(w)) &&
    !words.some((w) => ORGANISATION.test(w) || DOCUMENT_PART.test(w) || COMPANY.test(w)) &&
    nameLike(text)
  );
}

// A company’s legal form (`Stellwick GmbH`, `Nordvik Oy`, `Arden Ltd`) or a trade noun the lexicon lacks (`Quill
// Analytics`; its other trade nouns, `Systems`, `Labs`, are words already): a firm’s name,
// filed whole, never a person’s surname.
const COMPANY = /^(?:GmbH|Oy|Oyj|Ltd\.?|Inc\.?|Corp\.?|Pty|Srl|SpA|Sarl|Analytics)$/u;

/** The name in a subject (`Harrison et al. [12]`, `the Centre for Digital Built Britain`), if it is one. */
export function subjectOf(text: string): { text: string; start: number; end: number } | undefined {
  // (a press release's dateline is where and when, not who: `KELMFORD, Norway, 3 March 2026 – The council’s policy …`)
  const dateline = DATELINE.exec(text);
  if (dateline) {
    const found = subjectOf(text.slice(dateline[0].length));
    return found && { text: found.text, start: found.start + dateline[0].length, end: found.end + dateline[0].length };
  }
  // `The UK Department for Business, Innovation and Skills (BIS)`: the acronym after the name is left out.
  // A source relayed through another (`Lazar and Ros [2], as compiled by Alba et al. [1]`, `Kim (2012), cited in
  // Lee (2019)`): the source is the name before the relay, never the nearer intermediary.
  const trimmed = text
    .replace(RELAY, '')
    .replace(/[\s,]+$/u, '')
    // (a note call run onto the name, `Rowell12 defines …`: a name never ends in digits after a lower-case letter)
    .replace(/(?<=\p{Lu}\p{Ll}+)\d{1,3}$/u, '')
    .replace(/\s*\(\p{Lu}{2,}\)$/u, '')
    // (and a page after it: `ISO 37122:2019 (p. 6)`, `DIN SPEC 91498 (S. 4)`)
    .replace(/\s*\((?:pp?\.|S\.|para\.|§)\s*\d[\d–-]*\)$/u, '')
    // (an aside saying where the subject says it, `Tamsworth Council (2022), in its strategy Connected Tamsworth 2035,`:
    // the document is the subject's, whose title and target year are not its author and date (conventions 2 and 4);
    // bounded, so linear)
    .replace(/(?<=\S),\s+(?:in|on)\s+(?:its|his|her|their)\s+[^,()]{1,80}$/u, '')
    // (counsel named with the party they speak for, `Ms Ana Lind KC for the Claimant`: the person, convention 2)
    .replace(COUNSEL_FOR, '')
    // (a judgment's paragraph number or pinpoint before the name, `[16] Ms Lind`, `At [41] Okafor J`: no part of it; blanked,
    // not cut, so the offsets into the text hold)
    .replace(PARAGRAPH_PINPOINT, (m) => ' '.repeat(m.length));
  // A named body's document (`Tollbridge Council’s leaflet`, `Tarnwell Group’s Sustainability Report 2026`): the body
  // is the source, as convention 2 files a document by its organisation.
  const owner = documentOwner(trimmed);
  if (owner) return owner;
  // `Rick Abel, chief architect at Lumo,`: the name before its description, not a name inside it.
  const described = nameBeforeApposition(trimmed);
  if (described) return described;
  // (a subject read apart from its document: the list's numbers are read where the sentence is, in attribution)
  const citations = findCitations(trimmed, NO_NUMBERED_LIST);
  // The citation that ends the subject, a numbered marker after it aside (`Rossi (2010) [4]`).
  const last = citations.filter((c) => c.author).at(-1);
  const bare = trimmed.replace(/\s*\[[^\]]*\]$/u, '');
  if (last && last.author && last.end >= bare.length - 1) return { text: last.author, start: last.start, end: last.start + last.author.length };
  // The whole subject, or what follows a lead-in (`In June 2014, the ITU-T Focus Group`, `Broad
  // definition The UK Department …`): the longest name that ends it.
  // A name has at most ten words (`nameLike`; eleven with a leading `the`): only the suffixes that short are tried,
  // so a subject of a thousand words costs one pass, not a thousand.
  const starts = [...trimmed.matchAll(/(?:^|\s)(?=\S)/gu)].map((m) => m.index).slice(-11);
  for (const part of starts.map((at) => trimmed.slice(at).trim())) {
    const name = part.trim().replace(/^(?:the)\s+/iu, '');
    // (a date is no name: `…, as updated in January 2024`)
    // (nor the tail of a parenthesis whose opening is cut off: `your correspondent (12 May)` → `May)`)
    if (!name || !nameLike(name) || DATE_ONLY.test(name) || /^[^(]*\)/u.test(name)) continue;
    // (`Costa Rica’s Ministry of Science …`: a place's body is filed by the body's name, as convention 2 prints it; an
    // office's holder stays, `Mayor’s Office of Medellín`)
    const owned = OWNED_BODY.exec(name);
    const body = owned && ORGANISATION.test(owned[1]!) && nameLike(name.slice(owned[0].length)) ? name.slice(owned[0].length) : name;
    const start = trimmed.lastIndexOf(body);
    return { text: body, start, end: start + body.length };
  }
  return undefined;
}

const COUNSEL_FOR = new RegExp(
  String.raw`(?<=\b${PERSONAL_TITLE}\s+(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?:\s+(?:KC|QC|SC))?,?\s+(?:for|on\s+behalf\s+of)\s+the\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3},?$`,
  'u',
);
const PARAGRAPH_PINPOINT = /(?<!\S)(?:(?:[Aa]t|[Ii]n|[Ss]ee)\s+)?\[\d{1,4}\](?:[–-]\[\d{1,4}\])?(?=\s+\p{Lu})/gu;

// The kinds of document a body publishes, the last word of `X’s … leaflet`.
const DOCUMENT_NOUN =
  /^(?:leaflet|brochure|booklet|report|guide|guidance|website|site|page|strategy|plan|charter|policy|handbook|factsheet|glossary|paper|document|newsletter|statement|prospectus|manifesto|roadmap|standard|specification|vocabulary|framework)$/iu;

/** The body whose document a subject names (`Tollbridge Council’s leaflet` → `Tollbridge Council`), if it is a body's name. */
function documentOwner(text: string): { text: string; start: number; end: number } | undefined {
  const at = Math.max(text.lastIndexOf('’s '), text.lastIndexOf("'s "));
  if (at < 0) return undefined;
  // (at most four words after the possessive, a year aside: `Report 2026`)
  const words = text
    .slice(at + 3)
    .replace(new RegExp(String.raw`\s+${YEAR_DIGITS}$`, 'u'), '')
    .trim()
    .split(/\s+/u);
  if (words.length > 4 || !DOCUMENT_NOUN.test(words.at(-1)!)) return undefined;
  const before = text.slice(0, at);
  // (its words may be joined, `Ministry of Town Development`)
  const name = /(?:^|\s)((?:\p{Lu}[\p{L}\p{N}.&-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}\p{Lu}[\p{L}\p{N}.&-]*)$/u.exec(before);
  if (!name) return undefined;
  const body = name[1]!.replace(/^The\s+/u, '');
  const nameWords = body.split(/\s+/u);
  // a body's name (`… Council`, `Tarnwell Group`, `ITU`), not a person's or a place's alone
  if (!nameWords.some((w) => ORGANISATION.test(w) || /^\p{Lu}{2,}$/u.test(w)) || !nameLike(body)) return undefined;
  return { text: body, start: at - body.length, end: at };
}

// A place's possessive before a body's name (up to three capitalised words), not an office holder's; the body's first word.
const OWNED_BODY =
  /^(?!(?:Mayor|Governor|President|Minister|Chancellor|Premier|Speaker|Secretary|Commissioner)['’]s\s)(?:\p{Lu}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}-]*['’]s\s+(?=(\p{Lu}\p{L}+)\s)/u;

const DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{Lu}\s.’'-]{1,40},(?:\s*\p{Lu}[^,–—]{1,30},)?\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+${YEAR_DIGITS}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+${YEAR_DIGITS})\s*[–—-]\s*`,
  'u',
);

const DATE_ONLY = new RegExp(String.raw`^(?:(?:\d{1,2}\s+)?(?:${MONTH_NAME}|Spring|Summer|Autumn|Winter)\s+)?${YEAR_DIGITS}$|^\d+$`, 'u');

/** A relay after a source's name: `, as tabulated by …`, `, cited in …`, `, quoted by …` (the rest of the phrase is the intermediary). */
const RELAY =
  /[\s,]+(?:as\s+)?(?:cited|quoted|tabulated|reported|reproduced|summari[sz]ed|listed|collected|compiled|reviewed|relayed|discussed|surveyed|paraphrased)\s+(?:in|by)\s.*$/su;

/** Nouns that make a group of words the name of a body (`… Development agency`, `Digital Twin Consortium`). */
export const ORGANISATION =
  /^(?:agency|association|alliance|authority|board|bureau|centre|center|commission|committee|company|consortium|corporation|council|department|directorate|forum|foundation|group|initiative|institute|institution|laboratory|ministry|network|observatory|office|organi[sz]ation|partnership|programme|program|secretariat|society|union|university)$/iu;

/** A name rather than a description: capitalised words, an acronym, `et al.`, a citation. */
export function nameLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10) return false;
  // Commas only between the capitalised parts of a body's name (`Department for Business, Innovation and Skills`).
  const bodyList = words.some((w) => ORGANISATION.test(w)) && /^[^,]+(?:,\s+\p{Lu}[^,]*)+$/u.test(text);
  if (!bodyList && /,/.test(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ''))) return false;
  // (`One council`, `Each agency`: a determiner opens a description, not a name)
  if (
    /^(?:in|on|at|during|since|by|from|the|a|an|this|these|those|that|some|many|most|all|one|each|every|another|any|no|several|other|such|its|their|our)$/iu.test(
      words[0]!,
    )
  )
    return false;
  if (/\bet\s+al\b/u.test(text)) return true;
  // A citation after a name (`Cohen (2011)`, `Harrison [12]`), not after a description (`the city’s 2030 strategy [7]`).
  if (new RegExp(String.raw`\(${YEAR_DIGITS}`, 'u').test(text) || /\[\d/u.test(text)) {
    const bare = text.replace(/\s*(?:\[[^\]]*\]|\([^)]*\))/gu, '').trim();
    return /^\p{Lu}[\p{L}’'.-]*$/u.test(bare) || (bare !== text.trim() && bare.length > 0 && nameLike(bare));
  }
  const joiners = /^(?:of|on|for|and|&|de|der|van|von|the|la|le|du)$/iu;
  // `the Manchester Digital Development agency`: capitalised words and a common organisation noun.
  if (words.length >= 2 && ORGANISATION.test(words.at(-1)!) && words.slice(0, -1).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || joiners.test(w))) return true;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || joiners.test(w))) return false;
  if (!/^\p{Lu}/u.test(words[0]!)) return false;
  const acronym = words.some((w) => /\p{Lu}.*\p{Lu}/u.test(w));
  if (acronym || words.filter((w) => !joiners.test(w)).length >= 2) return true;
  // One capitalised word: a name only if it is not a common English word (`Consultancies`, `Industry`).
  const w = words[0]!.replace(/[’']s?$/u, '');
  return words.length === 1 && ![w, w.replace(/ies$/u, 'y'), w.replace(/e?s$/u, '')].some((f) => isWord(f.toLowerCase()));
}

/**
 * A body's name that runs on after a comma into its document's title (`Teldrane Agency for Digital Settlements, National
 * Programme for Connected Municipalities`): the body, when its first part has an organisation noun; a portfolio listed to
 * an `and` goes on with the name (`Department for Business, Innovation and Skills, Smart Cities`). Undefined otherwise.
 */
export function bodyBeforeTitle(text: string): string | undefined {
  const parts = text.split(/,\s*/u);
  if (parts.length < 2 || !parts[0]!.split(/\s+/u).some((w) => ORGANISATION.test(w))) return undefined;
  let kept = 1;
  for (let k = 2; k <= Math.min(parts.length, 8); k++) if (PORTFOLIO.test(parts.slice(1, k).join(', '))) kept = k;
  return parts.slice(0, kept).join(', ');
}
