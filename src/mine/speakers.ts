import { MONTH_NAME, YEAR_DIGITS } from './citations.js';
import { citedName, ORGANISATION } from './clauses.js';
import { DOCUMENT_PART, PARTICLE, PERSONAL_TITLE, TITLE_QUALIFIER } from './clauses/names.js';
import type { SourceLine } from './layout.js';
import { isWord } from './lexicon.js';

// Speaker turns in a transcript (a hearing, panel, podcast, interview, Q&A): a line opening with a speaker label
// (`WHITCOMBE:`, `Dana Whitcombe:`, `Prof. Whitcombe:`, `[00:14:02] Ruiz:`, `14:02 Ruiz –`, `Q (Ruiz):`,
// `Moderator (Aas):`) opens that speaker's turn, which runs until the next label (across lines and pages) or a heading.
// What is said in a turn is the speaker's: `mine` files it under the speaker, not under the transcript's publisher.

/** Who speaks in a turn: the label as printed, and the person by surname (none for `Speaker 1`, `Interviewer`, `Q`). */
export interface Speaker {
  readonly label: string;
  readonly author?: string;
}

/** A body line that opens a turn, its label taken off its text. */
export interface TurnLine extends SourceLine {
  readonly turn: Speaker;
}

export interface Turns {
  /** The body with each label taken off the line it opens (a label alone on its line opens the next line's turn). */
  readonly body: SourceLine[];
  /** The year of the event the transcript records (`held on 26 November 2026`, `Recorded 3 March 2025`), if printed. */
  readonly year?: number;
}

// `[00:14:02]`, `(14:02)`, `00:14:02`, `14:02`.
const TIMESTAMP = String.raw`[[(]?\d{1,2}(?::\d{2}){1,2}[\])]?`;
// (Markdown's bold or italics around a label: `**Whitcombe:**`, `**Whitcombe**:`)
const EMPHASIS = String.raw`(?:\*\*|__|\*|_)?`;
// A label: an optional time, a name or role of at most 50 characters, an optional name in parentheses, then a colon
// (or, after a time, a spaced dash: `14:02 Ruiz – …`). What follows opens with a capital, a digit, a quotation mark or
// a bracket (`Lindgaard: for the City …` is a sentence's line, not a turn), or nothing (the label on its own line).
const LABEL = new RegExp(
  String.raw`^\s*(?:(${TIMESTAMP})\s+)?${EMPHASIS}(\p{L}[\p{L}\p{N}’'. -]{0,48}?)\s*(?:\(([^()]{1,60})\))?${EMPHASIS}(?:\s*(${TIMESTAMP}))?` +
    // (or a name and its time alone on the line, the speech below: `Dana Whitcombe  0:14`)
    String.raw`(?:\s*(?::|(?<=\S)\s+[–—-])${EMPHASIS}(?:\s+(?=[\p{Lu}\p{N}“"‘'[(…—–-])|\s*$)|(?<=\d[\])]?)\s*$)`,
  'u',
);
// A written question's line: `Question (HW 4471), tabled 3 March: To ask the Minister …`, `Q: To ask …`.
const WRITTEN_QUESTION = /^\s*(?:q|question)\b[^:\n]{0,60}:\s*to\s+ask\b/iu;
const TIME_ONLY = new RegExp(String.raw`^${TIMESTAMP}$`, 'u');
// Roles a participants list may give a person (`Jon Aas (moderator)`): a label of the role alone is that person.
const ROLE = /^(?:the\s+)?(moderator|chair(?:person|man|woman)?|host|co-host|presenter|interviewer|interviewee|facilitator|guest|rapporteur)$/iu;
const ROLE_IN = /\b(moderator|chair(?:person|man|woman)?|host|co-host|presenter|interviewer|interviewee|facilitator|guest|rapporteur)\b/iu;
const ROLE_FIRST =
  /^(?:the\s+|panel\s+|session\s+)?(moderator|chair(?:person|man|woman)?|host|co-host|presenter|interviewer|interviewee|facilitator|guest|rapporteur)(?=\s*(?:[,;)]|$)|\s+(?:of|for|and)\b)/iu;
// Labels that name no person: a question or answer, a numbered or unidentified speaker, the audience, a role without a name.
// (and a focus group's or interview study's participant codes, `P3`, `R12`, `FG2-P4`, with its moderator's `MOD`, `INT`)
const NAMELESS =
  /^(?:q|a|q\d{1,3}|a\d{1,3}|(?:fg\d{1,2}-)?[pr]\d{1,3}|mod|int|fac|question|answer|questioner|(?:unidentified|unknown|male|female|another|other)\s+(?:speaker|voice|participant)|(?:speaker|participant|panel(?:l)?ist|respondent|voice|caller|delegate|member|witness|candidate|applicant|trainee|student|pupil|resident|customer|client)(?:\s+(?:\d{1,3}|[A-Z]))?|audience(?:\s+member)?(?:\s+(?:\d{1,3}|[A-Z]))?|(?:a\s+)?member\s+of\s+the\s+(?:audience|public)|several\s+voices|voices|all|chat|comment|reporter|journalist|narrator|announcer|transcriber|editor)$/iu;
const PARTICIPANT_CODE = /^(?:fg\d{1,2}-)?[pr]\d{1,3}$/iu;
/** A label that is a study participant's code (`P3`, `R12`): someone else speaking, unnamed. */
export function participantCode(label: string): boolean {
  return PARTICIPANT_CODE.test(label.trim());
}
/** A turn's label that names no one by itself (`CANDIDATE:`, `Q:`, `INTERVIEWER:`): a role, not a source. */
export function namelessLabel(label: string): boolean {
  const text = label.trim();
  return NAMELESS.test(text) || ROLE.test(text);
}
// Titles before a name in a label or a participants list (matched in any case: `PROF. WHITCOMBE`).
const TITLE = new RegExp(String.raw`^(?:${TITLE_QUALIFIER}\s+)?${PERSONAL_TITLE}\s+`, 'iu');
// A date: `26 November 2026`, `November 26, 2026`, `March 2025`, `2026-11-26`, `26/11/2026`.
const MONTH = `(?:${MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?`;
const DATE = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH}\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(${YEAR_DIGITS})\b|(${YEAR_DIGITS})-\d\d-\d\d\b|\d{1,2}[/.]\d{1,2}[/.](${YEAR_DIGITS})\b)`;
// The event's date, not the document's (`published 14 January 2027` is not it): `held on …`, `Recorded …`, `Date of hearing: …`.
const EVENT_DATE = new RegExp(
  String.raw`(?:\b(?:held|recorded|took\s+place|broadcast|aired|conducted|convened|filmed|taped|interviewed)\b[^.;:\n]{0,60}?|^\s*(?:date|event\s+date|recording\s+date|date\s+of\s+(?:the\s+)?(?:hearing|meeting|event|panel|session|recording|interview|broadcast))\s*:\s*(?:\p{L}+,?\s+)?)${DATE}`,
  'iu',
);
// A date printed as an occasion's, with its weekday or its time of day (`Thursday 26 November 2026`, `26 November 2026, 18:00`).
const DAY_OR_HOUR = new RegExp(
  String.raw`\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?${DATE}|${DATE},?\s+(?:at\s+|from\s+)?\d{1,2}[:.]\d\d\b`,
  'iu',
);
// (the document's own dates: `Published 14 January 2027`, `Last updated …`)
const DOCUMENT_DATE = /\b(?:published|posted|updated|revised|accessed|retrieved|issued|printed|released|copyright|©)\W*(?:on\s+|in\s+)?(?:\p{L}+,?\s+)?$/iu;

interface Label {
  readonly index: number;
  readonly printed: string;
  readonly name: string;
  readonly parenthesis?: string;
  readonly timed: boolean;
  readonly rest: string;
}

/**
 * The speaker turns of a document's body, if it is a transcript: at least two speakers by their labels, one of them
 * labelled twice (or two labels with times: a transcript's clock). Otherwise undefined, and the body is read as it is.
 * A label resolves to a surname through the participants list when it is a role (`MODERATOR:` → the moderator) or a
 * name the list prints in full; a label that names no person (`Speaker 1`, `Q`, `Audience member`) gives no author.
 * Linear in the body.
 */
export function readTurns(body: readonly SourceLine[]): Turns | undefined {
  const participants = readParticipants(body);
  const found: (Label & { speaker: Heard })[] = [];
  body.forEach((line, index) => {
    const m = LABEL.exec(line.text);
    if (!m) return;
    const [whole, time, name, parenthesis, after] = m;
    const clock = parenthesis !== undefined && TIME_ONLY.test(parenthesis.trim());
    const label = {
      index,
      printed: whole.trim(),
      name: name!.trim(),
      ...(parenthesis && !clock ? { parenthesis: parenthesis.trim() } : {}),
      timed: !!(time || after || clock),
      rest: line.text.slice(whole.length),
    };
    if (!label.timed && /[–—-]\s*(?:\*\*|__|\*|_)?$/u.test(label.printed)) return;
    const speaker = speakerOf(label, participants);
    if (speaker) found.push({ ...label, speaker });
  });
  // (a role labelled with its person once, `Moderator (Aas):`, names that person where it is labelled alone, `MODERATOR:`)
  const roles = new Map<string, string | null>();
  for (const { speaker: s } of found) if (s.role && s.author) roles.set(s.role, roles.has(s.role) && roles.get(s.role) !== s.author ? null : s.author);
  for (const [i, l] of found.entries()) {
    const author = l.speaker.role && !l.speaker.author ? roles.get(l.speaker.role) : undefined;
    if (author) found[i] = { ...l, speaker: { ...l.speaker, author } };
  }
  // (a one-word name nothing vouches for, `Podcast:`, `DOI:`, is a speaker only when it labels two turns or more)
  const times = countBy(found, (l) => l.name.toUpperCase());
  // (or when it is the surname of a speaker labelled in full: `DANA WHITCOMBE:`, then `WHITCOMBE:`)
  const vouched = new Set(found.filter((l) => !l.speaker.weak && l.speaker.author).map((l) => l.speaker.author!.toUpperCase()));
  const sure = found.filter((l) => !l.speaker.weak || times.get(l.name.toUpperCase())! >= 2 || vouched.has(l.speaker.author!.toUpperCase()));
  const counts = countBy(sure, (l) => (l.speaker.author ?? l.speaker.label).toLowerCase());
  const repeated = [...counts.values()].some((n) => n >= 2);
  // (or a written question's answer, `Answer (Minister Halloran-Pike): …` under `Question (HW 4471), tabled …: To ask …`:
  // one turn, the minister's, whose label names the person)
  // (or a question's answer labelled with its person right after the question's label: `Q (audience): …` / `A (Maren
  // Solvik, author): …`, one exchange of a Q&A)
  const answers = (l: Label & { speaker: Heard }) => /^(?:a|answer)$/iu.test(l.name) && l.speaker.author !== undefined;
  const answered =
    (sure.some(answers) && body.some((l) => WRITTEN_QUESTION.test(l.text))) ||
    sure.some((l, i) => answers(l) && i > 0 && /^(?:q|question)$/iu.test(sure[i - 1]!.name));
  // (or two participants of a focus group by their codes, `P3: …` / `P5: …`: each may speak once in an excerpt)
  const coded = new Set(sure.filter((l) => PARTICIPANT_CODE.test(l.name)).map((l) => l.name.toUpperCase())).size >= 2;
  if (!sure.length || !(repeated || answered || coded || sure.filter((l) => l.timed).length >= 2)) return undefined;
  // (in a transcript, once its turns have begun, a one-word name labelling one turn is a speaker too: `ITU: Thank you.`;
  // so a guest answering a host's two turns makes two speakers, `PRESENTER: … NAKASHIMA-REID: … PRESENTER: …`)
  const first = sure[0]!.index;
  const labels = found.filter((l) => !l.speaker.weak || l.index >= first);
  if (countBy(labels, (l) => (l.speaker.author ?? l.speaker.label).toLowerCase()).size < (answered ? 1 : 2)) return undefined;
  const out: SourceLine[] = body.map((l) => l);
  const labelled = new Set(labels.map((l) => l.index));
  for (const l of labels) {
    const line = body[l.index]!;
    const text = l.rest.trim();
    // (a label alone on its line opens the turn at the next line with text)
    let at = l.index;
    if (!text) {
      out[at] = { ...line, text: '' };
      at++;
      while (at < body.length && !body[at]!.text.trim()) at++;
      if (at >= body.length || labelled.has(at)) continue;
    }
    const target = at === l.index ? { ...line, text } : body[at]!;
    const turn: Speaker = { label: l.speaker.label, ...(l.speaker.author ? { author: l.speaker.author } : {}) };
    out[at] = { ...target, turn } as TurnLine;
  }
  const year = eventYear(body.slice(0, first));
  return { body: out, ...(year !== undefined ? { year } : {}) };
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** A label's speaker as read: a role it names (`moderator`), a one-word name nothing vouches for (`weak`). */
type Heard = Speaker & { readonly role?: string; readonly weak?: boolean };

/** The speaker a label names, or undefined when it is no speaker label (`Note:`, `Keywords:`, `Smart city:`). */
function speakerOf(label: Label, participants: Participants): Heard | undefined {
  const name = label.name.replace(/\s+/gu, ' ');
  const printed = label.parenthesis ? `${name} (${label.parenthesis})` : name;
  const role = roleOf(name);
  if (label.parenthesis) {
    // `Q (Ruiz)`, `Moderator (Aas)`, `Chat (Okafor)`: a role or question with the person in parentheses.
    // (the person may come with a description after a comma: `A (Maren Solvik, author)`, `GUIDE (Dr Ines Faure, Tallow Institute)`)
    const described = /^([^,]{3,40}),\s/u.exec(label.parenthesis)?.[1];
    // (or after a description: `A (Chief Executive, Ms Ana Lind)`; the part with a personal title is the person)
    const titledAfter = described !== undefined ? /,\s*([^,]{3,60})$/u.exec(label.parenthesis)?.[1] : undefined;
    const personAfter = titledAfter !== undefined && TITLE.test(titledAfter) && !TITLE.test(described!) ? titledAfter : undefined;
    if (role || NAMELESS.test(name)) {
      const person =
        personOf(label.parenthesis, participants, true) ??
        (personAfter !== undefined ? personOf(personAfter, participants, true) : undefined) ??
        (described !== undefined ? personOf(described, participants, true) : undefined);
      return { label: printed, ...(person ? { author: person.author } : {}), ...(role ? { role } : {}) };
    }
    // `AAS (moderator)`: the person, with their role; `Whitcombe (Kelmford University)`: the person, an affiliation aside.
    const given = roleOf(label.parenthesis);
    const person = personOf(name, participants, given !== undefined || label.timed);
    if (person) return { label: printed, author: person.author, ...(given ? { role: given } : {}), ...(person.weak ? { weak: true } : {}) };
    // `GUIDE (Dr Ines Faure, Tallow Institute)`: a one-word role the lists lack, the person named in full or with a title
    // before a description in the parenthesis
    const named =
      described !== undefined && !/\s/u.test(name) && (TITLE.test(described) || described.trim().split(/\s+/u).length >= 2)
        ? personOf(described, participants, true)
        : undefined;
    return named && !named.weak ? { label: printed, author: named.author } : undefined;
  }
  if (role) {
    const author = participants.byRole.get(role);
    return { label: printed, role, ...(author ? { author } : {}) };
  }
  if (NAMELESS.test(name)) return { label: printed };
  const person = personOf(name, participants, label.timed);
  return person ? { label: printed, author: person.author, ...(person.weak ? { weak: true } : {}) } : undefined;
}

/**
 * The person a source label names with a title before the name (`DR ADEYEMI`, `Prof. Lund`), by surname as printed
 * in mixed case (`Adeyemi`, `Lund`): a label that opens with a title is a person, whatever the words.
 */
export function titledPerson(text: string): string | undefined {
  if (!TITLE.test(text.trim())) return undefined;
  return personOf(text, { byName: new Map(), byRole: new Map(), printed: { mixed: new Set(), capitals: new Set() } }, true)?.author;
}

/** The role a label or parenthesis is (`MODERATOR`, `The Chair`, `chairperson` → `chair`), if it is one. */
function roleOf(text: string): string | undefined {
  return ROLE.exec(text.trim())?.[1]
    ?.toLowerCase()
    .replace(/^chair\w*$/u, 'chair');
}

/**
 * A person's surname from a label or a parenthesis (`WHITCOMBE`, `Dana Whitcombe`, `Prof. Whitcombe`, `DANA`), if it
 * names one: through the participants list, else a name that is no dictionary word (`Keywords`, `Note`, `Smart City`
 * are not names) unless a title, a time or a parenthesis vouches for it.
 */
function personOf(text: string, participants: Participants, vouched: boolean): { author: string; weak: boolean } | undefined {
  let rest = text.trim();
  let titled = false;
  for (let t = TITLE.exec(rest); t; t = TITLE.exec(rest)) {
    rest = rest.slice(t[0].length);
    titled = true;
  }
  const words = rest.split(/\s+/u).filter(Boolean);
  if (!words.length || words.length > 4 || /\d/u.test(rest)) return undefined;
  if (!words.every((w, i) => /^\p{Lu}[\p{L}’'.-]*$/u.test(w) || (i < words.length - 1 && PARTICLE.test(w)))) return undefined;
  if (words.some((w) => ORGANISATION.test(w) || DOCUMENT_PART.test(w))) return undefined;
  const known = participants.byName.get(words.join(' ').toUpperCase()) ?? participants.byName.get(words.at(-1)!.toUpperCase());
  if (known) return { author: known, weak: false };
  const last = words
    .at(-1)!
    .toLowerCase()
    .replace(/[’']s?$/u, '');
  if (!titled && !vouched && isWord(last)) return undefined;
  return { author: citedName(asPrinted(words, participants.printed).join(' ')), weak: words.length === 1 && !titled && !vouched };
}

/**
 * Words in capitals as a name prints them (`HALVORSEN-MBEKI` → `Halvorsen-Mbeki`, `VAN DER BERG` → `van der Berg`),
 * unless the document prints the word in capitals outside its labels too and never in mixed case: an acronym (`ITU`).
 */
function asPrinted(words: readonly string[], printed: Printed): string[] {
  if (words.some((w) => /\p{Ll}/u.test(w))) return [...words];
  return words.map((w, i) => {
    if (i > 0 && i < words.length - 1 && PARTICLE.test(w)) return w.toLowerCase();
    const cased = w.toLowerCase().replace(/(^|[-‐]|^[od][’'])(\p{Ll})/gu, (_, before: string, letter: string) => before.toUpperCase() + letter.toUpperCase());
    return printed.capitals.has(w) && !printed.mixed.has(cased) ? w : cased;
  });
}

/** The capitalised words a document prints in mixed case (`Aas`), and those in capitals outside a label (`ITU`). */
interface Printed {
  readonly mixed: Set<string>;
  readonly capitals: Set<string>;
}

interface Participants {
  /** A full name (in capitals, without title) or a surname or a given name used once, to the surname as printed. */
  readonly byName: Map<string, string>;
  /** A role (`moderator`, `chair`) to the one person the list gives it. */
  readonly byRole: Map<string, string>;
  readonly printed: Printed;
}

/**
 * The participants list: lines that open with a person's full name and then describe them (`Dana Whitcombe, Professor
 * of …, Kelmford University`, `Jon Aas (moderator), Deputy Mayor`, `Moderator: Jon Aas, …`).
 */
function readParticipants(body: readonly SourceLine[]): Participants {
  const byName = new Map<string, string>();
  const givens = new Map<string, string | null>();
  const roles = new Map<string, string | null>();
  const printed: Printed = { mixed: new Set(), capitals: new Set() };
  for (const { text } of body) {
    const unlabelled = text.slice(LABEL.exec(text)?.[0].length ?? 0);
    for (const [w] of unlabelled.matchAll(/(?<![\p{L}’'-])\p{Lu}[\p{L}’'-]*(?![\p{L}’'-])/gu)) (/\p{Ll}/u.test(w) ? printed.mixed : printed.capitals).add(w);
    if (text.length > 240) continue;
    const line = text.trim().replace(/^[•·▪*–—-]\s+/u, '');
    const roleFirst = /^(?:the\s+)?(\p{L}+(?:-\p{L}+)?)\s*[:–—]\s*([^,;()]{3,60}?)\s*(?:[,;(]|$)/u.exec(line);
    const nameFirst = /^([^,;()–—:]{3,60}?)\s*(?:\(([^()]{2,80})\)|[,–—:]\s*(.{2,160}))/u.exec(line);
    let name: string | undefined;
    let role: string | undefined;
    if (roleFirst && ROLE.test(roleFirst[1]!)) {
      name = roleFirst[2];
      role = roleFirst[1];
    } else if (nameFirst) {
      name = nameFirst[1];
      // (a role in the parenthesis, or as the description opens: `Jon Aas, moderator, …`, `Jon Aas – Chair of …`)
      role = (nameFirst[2] ? ROLE_IN.exec(nameFirst[2]) : ROLE_FIRST.exec(nameFirst[3] ?? ''))?.[1];
    }
    if (!name) continue;
    let bare = name.trim();
    for (let t = TITLE.exec(bare); t; t = TITLE.exec(bare)) bare = bare.slice(t[0].length);
    const words = bare.split(/\s+/u);
    // (a full name: two to four capitalised words, the last no dictionary word, no body's noun)
    if (words.length < 2 || words.length > 4 || !words.every((w, i) => /^\p{Lu}\p{Ll}[\p{L}’'.-]*$|^\p{Lu}\.$/u.test(w) || (i > 0 && PARTICLE.test(w))))
      continue;
    if (words.some((w) => ORGANISATION.test(w) || DOCUMENT_PART.test(w)) || isWord(words.at(-1)!.toLowerCase())) continue;
    const surname = citedName(bare);
    byName.set(bare.toUpperCase(), surname);
    byName.set(surname.toUpperCase(), surname);
    const given = words[0]!.toUpperCase();
    givens.set(given, givens.has(given) && givens.get(given) !== surname ? null : surname);
    if (role) {
      const r = roleOf(role)!;
      roles.set(r, roles.has(r) && roles.get(r) !== surname ? null : surname);
    }
  }
  for (const [given, surname] of givens) if (surname && !byName.has(given)) byName.set(given, surname);
  const byRole = new Map<string, string>();
  for (const [role, surname] of roles) if (surname) byRole.set(role, surname);
  return { byName, byRole, printed };
}

/**
 * The year of the event's date as printed before the first turn (`held on 26 November 2026`: the transcript's title
 * page or note, not a date a speaker mentions), if one is printed and no other year disagrees.
 */
function eventYear(body: readonly SourceLine[]): number | undefined {
  const years = new Set<number>();
  // (a line and the next joined: the date may run over a line break)
  for (let i = 0; i < body.length; i++) {
    const text = `${body[i]!.text} ${body[i + 1]?.text ?? ''}`.slice(0, 400);
    const m = EVENT_DATE.exec(text) ?? DAY_OR_HOUR.exec(text);
    if (!m || m.index >= body[i]!.text.length || DOCUMENT_DATE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    years.add(Number(m.slice(1).find((y) => y !== undefined)));
  }
  return years.size === 1 ? [...years][0] : undefined;
}
