import { isWord, tagsOf } from '../lexicon.js';
import { DOCUMENT_PART, nameBeforeApposition, nameLike, ORGANISATION, personalName, subjectOf, titledPerson } from './names.js';
import type { Clause, Factor } from './types.js';
import { presentVerb } from './words.js';

// What stands before a clause, and a speaker named after it: where the clause sits in its sentence (at its start,
// after a colon, inside a question …: the position factor) and whose words it is, the writers' own (`we`, `this
// paper`) or a source's (`According to X,`, `X put it plainly:`, `…, says X.`).

// Openers that need no comma: `In this paper a smart city is …`, `Today smart cities are …`.
// (speech opens with a discourse marker, `okay so a digital twin is …`, `so for this project a smart city is …`: transcripts,
// captions and interviews; the marker says nothing of whose the words are)
const INTRO_WITHOUT_COMMA =
  /^(?:(?:okay|ok|alright|all\s+right|right|well|yeah|um|uh|erm)\s*,?\s+)?(?:so\s*,?\s+(?=\p{L}))?(?:(?:in|within|throughout|for|across)\s+(?:this|the\s+present|our|the\s+following)\s+(?:paper|study|article|report|review|work|chapter|context|sense|thesis|book|section|document|framework|strategy|project|programme|program|course|module|talk|session|workshop|episode|podcast|video|pilot)|here|today|nowadays|now|thus|therefore|hence|so|generally|broadly|simply\s+put|put\s+simply|in\s+(?:general|short|brief|essence|other\s+words|practice|sum|summary|turn|fact))$/iu;
// Verbs that report speech with their `that` left out (`The council’s leaflet says a smart city is …`).
const BARE_REPORTING_VERBS = 'says|said|states|stated|writes|wrote|explains|explained|argues|argued|notes|noted|claims|claimed';
const BARE_REPORTING_VERB = new RegExp(`^(?:${BARE_REPORTING_VERBS})$`, 'iu');
const ENDS_WITH_BARE_REPORTING_VERB = new RegExp(`\\s(?:${BARE_REPORTING_VERBS})$`, 'iu');
export const OWN_INTRO = /\b(?:we|our|us)\b|\b(?:this|the\s+present)\s+(?:paper|study|article|report|review|work|chapter|thesis|book|document|strategy)\b/iu;

// `The Consortium [16] proposes a compromise in which a digital twin is …`.
const PROPOSES_IN_WHICH =
  /\b(?:propose|proposes|proposed|offer|offers|offered|give|gives|gave|adopt|adopts|adopted|suggest|suggests|suggested|put\s+forward|puts\s+forward)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:in\s+which|whereby|under\s+which)$/iu;

// The term named as a word, a verb of meaning after it (an adverb between): `smart city usually means …`, `digital twin
// refers to …`. (Up to four words of the term before the verb, read in a bounded window.)
const MENTIONED_TERM =
  /^[\p{L}-]+(?:\s+[\p{L}-]+){0,3}\s+(?:(?:usually|generally|commonly|often|typically|normally|mostly|broadly|simply|now|today)\s+)?(?:means|meant|refers\s+to|denotes|designates|stands\s+for)\s/iu;

// (a first person's conditional say-so, `I'd say`, `we would have said`, `I'd have told you`; a telling to someone, `told
// me`, `tells us`; `let's say`; or `to me` / `for us` alone before the clause, or after a label's colon or an opening
// quotation mark, `P3: “For me a smart city is …`, as interview and diary excerpts print an answer)
const SAY_SO =
  /(?:\b(?:i|we)(?:['’]d|\s+would|\s+should|\s+might)\s+(?:(?:have|probably|just|still)\s+){0,2}(?:say|said|told\s+(?:you|them|him|her))|\b(?:told|tell|tells)\s+(?:me|us|you)|\blet(?:['’]s|\s+us)\s+say|(?:^|[:;“"‘]\s*)(?:to|for)\s+(?:me|us)\s*,?)$/iu;

// (a verb of removal, then up to four words naming the wording: `deleted the sentence`, `struck out our earlier definition`)
const REMOVED =
  /\b(?:deleted|removed|struck(?:\s+out)?|cut|dropped|omitted|withdrawn|withdrew|retracted|excised|erased)\s+(?:(?:the|our|this|that|its|their|an?|earlier|original|old|former|first|whole|following|own)\s+){0,3}(?:(?:sentences?|phrases?|definitions?|wordings?|lines?|clauses?|passages?|text)\s*,?\s*:?)?$/iu;

// (the same removal in the passive after the wording: `” has been deleted`, `” was struck out of the draft`)
const REMOVED_AFTER =
  /^\s*(?:has|have|had|was|were|is|are)\s+(?:(?:now|since|also|then|already)\s+)?(?:been\s+)?(?:deleted|removed|struck(?:\s+out)?|cut|dropped|omitted|withdrawn|retracted|excised|erased)\b/iu;

const BLOCK_TAG = /<(?:p|div|li|td|th|dd|dt|h[1-6]|blockquote|section|article|figcaption|caption)(?:\s[^<>]{0,200})?>$/iu;

/**
 * A clause the sentence does not assert: a wording reported removed (convention 13(c)), a definition supposed in a
 * conditional, a clause that a free relative's verb of saying takes as its object. Read in bounded windows.
 */
function notAsserted(p: string, sentence: string, start: number, opensQuotation: boolean): Factor | undefined {
  // (`we have deleted the sentence “A smart city is …”`, `struck out the definition “…”`: a quotation after a verb reporting
  // its removal says what was done to a text, not what the term is, convention 13(c))
  if (REMOVED.test(p.slice(-80)) && (opensQuotation || /\b(?:sentences?|phrases?|definitions?|wordings?|lines?|clauses?)\s*:?$/iu.test(p)))
    return { name: 'a wording reported removed (deleted the sentence “…”)', value: 0.2 };
  // (or the removal told after the quotation, in the passive: `the sentence “A smart city is …” has been deleted`, `… was struck
  // out`; read after the quotation's first closing mark, in its first 400 characters)
  if (opensQuotation) {
    const close = /[”"’](?!\p{L})|[’'](?=\s+(?:has|have|had|was|were|is|are)\s)/u.exec(sentence.slice(start, start + 400));
    if (close && REMOVED_AFTER.test(sentence.slice(start + close.index + 1, start + close.index + 80)))
      return { name: 'a wording reported removed (“…” has been deleted)', value: 0.2 };
  }
  // (`If, on the one hand, a smart city is defined as …, then …`: an aside between `if` and the clause leaves it inside the
  // conditional, as `If a smart city is …` is; a definition supposed, not asserted)
  if (/(?:^|[,;:]\s*)(?:if|unless|suppose|supposing|assuming)\s*,\s*[^,;:]{1,60},$/iu.test(p.slice(-90)))
    return { name: 'inside a conditional (If, …, X is …)', value: 0.2 };
  // (a free relative whose verb of saying or thinking takes the clause as its object, `What the code says a smart city is:
  // …`, `what planners think a digital twin is`: a title or an indirect question, not a definition)
  if (
    /(?:^|[:;“"‘]\s*)what\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}?(?:says?|said|thinks?|thought|believes?|believed|knows?|knew|claims?|claimed|imagines?|imagined)$/iu.test(
      p.slice(-80),
    )
  )
    return { name: 'inside a question or relative clause', value: 0.2 };
  return undefined;
}

/** A relative clause after a source that gives its content: a reporting verb's, a group's, a named body's, a document's. */
function relativeSource(p: string): Factor | undefined {
  if (PROPOSES_IN_WHICH.test(p)) return { name: 'after a reporting verb', value: 0.85 };
  // `3. Working definitions, in which a smart sustainable city is …`: a relative clause that gives a definition's content.
  if (/\b(?:definitions?|conceptions?|understandings?|readings?)\s*,?\s+(?:in\s+which|under\s+which|whereby)$/iu.test(p))
    return { name: 'the content of a definition', value: 0.85 };
  // `… young people, for whom the smart city is seen as a tool that …`: a group's view in a relative clause, the
  // relative form of the `For planners, a smart city is …` lead-in.
  if (/\b(?:for|to|among)\s+whom$/iu.test(p)) return { name: 'a group’s view (for whom …)', value: 0.9 };
  // `… quotes Ostmere Borough Council, for which a smart city is “…”`: the same relative after a named body (a capitalised
  // word before the comma); `… the City of Ambrevoort’s climate strategy, in which the sustainable city is “…”`: a
  // document's content, the relative after a document noun. (Only the last words of the lead-in are read.)
  if (/\p{Lu}[\p{L}’'.&-]*\s*,\s+(?:for|according\s+to)\s+which$/u.test(p.slice(-120))) return { name: 'a body’s view (for which …)', value: 0.9 };
  if (
    /\b(?:strategy|report|paper|standard|charter|plan|glossary|vocabulary|handbook|guide|guidance|framework|manifesto|policy|roadmap|book|article|chapter|essay|review|document)\s*,\s+(?:in\s+which|under\s+which|where)$/iu.test(
      p.slice(-120),
    )
  )
    return { name: 'the content of a document (a strategy, in which …)', value: 0.85 };
  return undefined;
}

/**
 * The start of a block that markup or a key opens straight before the clause: an HTML or JSX block's opening tag, `…</h3>
 * <p className='lead'>A smart city is …`, whatever markup stands before it; or a key and its `=` run onto the value,
 * `smart-city=A smart city is …`, `glossary.term=…` (a configuration or localisation file's entry, a TXT record's string),
 * the value's first letter a capital. Read in bounded windows.
 */
function blockStart(p: string, sentence: string, start: number): Factor | undefined {
  if (BLOCK_TAG.test(p.slice(-260))) return { name: 'sentence start (after a block’s opening tag)', value: 1 };
  if (/(?:^|[\s"'{;])[\p{L}_][\p{L}\p{N}_.-]{0,60}=$/u.test(p.slice(-64)) && /^\p{Lu}/u.test(sentence.slice(start)))
    return { name: 'sentence start (a key’s value)', value: 1 };
  return undefined;
}

// A capitalised opener run in after a heading, `In this module …`; its last word may be a document's capitalised name after
// a determiner, `Rule 2.4 In these Rules “…” is …`, `§ 3 Under this Bylaw …` (rules, acts and bylaws capitalise the name
// they give themselves).
const RUN_IN_OPENER =
  /\s((?:In|Within|For|Across|Throughout|Under|Here|Today|Nowadays)(?:\s+\p{Ll}[\p{Ll}-]*){0,5}(?:(?<=\s(?:this|these|that|those|the))\s+\p{Lu}\p{Ll}+)?)$/u;

/** How the clause sits in its sentence, from what comes before it. */
export function positionOf(prefix: string, sentence: string, start: number): Factor {
  // An opening quotation mark before the clause: where the quotation sits, not the clause.
  const trimmed = prefix.trim().replace(/\s*[‘'"“«]+$/u, '');
  const opensQuotation = trimmed !== prefix.trim();
  // A numbered marker printed after the lead-in's comma (`given by X,[55] a city is …`) belongs to the lead-in.
  // So does a note marker in plain digits run onto that comma after a word (`For Drossaert and colleagues,10 a city is …`,
  // a PDF's superscript).
  const p = trimmed.replace(/([,;])\s?\[\d{1,3}(?:\s?[,–-]\s?\d{1,3}){0,6}\]$/u, '$1').replace(/(?<=\p{L}[’']?),\d{1,3}(?:[,–-]\d{1,3}){0,6}$/u, ',');
  if (p === '' || /^[‘'"“«([]+$/u.test(p)) return { name: 'sentence start', value: 1 };
  // (a block's opening tag or a key's `=` straight before the clause: the block starts there)
  const opened = blockStart(p, sentence, start);
  if (opened) return opened;
  // (or a numbered clause of a contract, a manual or a policy, `1.2 “Smart City” means …`, `4.1.3 A digital twin is …`)
  if (/^(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\)|\d{1,3}\.?|\d{1,2}(?:\.\d{1,2}){1,3}\.?|[•·▪◦●■‣–—*-]|[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+)$/u.test(p))
    return { name: 'after a list or footnote marker', value: 1 };
  // A note's or an item's marker before a lead-in (`³ Here a smart city is …`, `(b) In this report, …`): the lead-in decides.
  // (a contract's numbered clause too, `14.2 In this Lease “Smart City” means …`)
  const unmarked = p.replace(/^(?:[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+|\(?(?:[a-z]|[ivx]{1,4}|\d{1,3})\)|\d{1,3}\.|\d{1,2}(?:\.\d{1,2}){1,3}\.?|[•·▪◦●■‣*])\s+(?=\S)/u, '');
  if (unmarked !== p) return positionOf(unmarked, sentence, start);
  // A witness's or a speaker's address before the answer (`Sir, in SP2 a sustainable city means …`, `Your Honour, a smart
  // city is …`): the words after it decide, their first letter as if it opened the sentence.
  // (a speaker's label may open the line: `MS HALVARD (for the council): Sir, …`)
  const addressed = /^(?:[^:;.!?]{1,80}:\s+)?(?:Sir|Madam|Ma['’]am|Chair|Your\s+(?:Honou?r|Worship|Lordship|Ladyship)|My\s+(?:Lord|Lady))\s*,\s+(?=\S)/u.exec(
    p,
  );
  if (addressed) {
    const rest = p.slice(addressed[0].length);
    return positionOf(rest.charAt(0).toUpperCase() + rest.slice(1), sentence, start);
  }
  // A list run into the sentence after a colon or between semicolons: `… two terms: (i) a smart city is …; (ii) …`.
  if (/[:;]\s*\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)$/u.test(p)) return { name: 'after an inline list marker', value: 0.95 };
  const relative = relativeSource(p);
  if (relative) return relative;
  // … after a lead-in that introduces it (`summarizes a smart city as “…`, `She writes, “…`), not an example of a form (`sentences of the form ‘…’`).
  // (`A sentence such as “smart cities use sensors …” was not counted`: a quoted example of a kind of sentence, the
  // writers' illustration of a form, not a source's definition)
  // (the kind of sentence may have its own relative before `such as`: `A sentence that says only what smart cities do, such
  // as “…”`; the last 120 characters are read)
  if (
    opensQuotation &&
    /\b(?:sentences?|statements?|phrases?|claims?|wordings?|expressions?|slogans?|lines?)(?:\s+(?:that|which)\s[^.;:“”"]{0,80}?,)?\s+(?:such\s+as|like)$/iu.test(
      p.slice(-120),
    )
  )
    return { name: 'an example of a kind of sentence (a sentence such as “…”)', value: 0.3 };
  const unasserted = notAsserted(p, sentence, start, opensQuotation);
  if (unasserted) return unasserted;
  // (or an example given of a definition, `credits it, e.g. ‘a smart city is …’`, `for example, “…`)
  if (opensQuotation && /(?:[,:]|\b(?:as|is|are|was|were|that|writes?|wrote|says?|said|states?|stated|puts\s+it|explains?)|\be\.g\.|\bi\.e\.)$/iu.test(p))
    return { name: 'opens a quotation', value: 0.9 };
  // `What we call a smart city is …`: a naming lead-in whose object is the subject of the sentence.
  // (it may open a quotation or follow a colon inside the sentence, `The leader said: "What we mean by a smart city is …`;
  // the last 80 characters are read)
  if (
    /(?:^|[:;“"‘«]\s*)what\s+(?:we|i|they|planners|authors|scholars|this\s+\p{L}+)\s+(?:call|calls|term|terms|name|names|mean\s+by|understand\s+by)$/iu.test(
      p.slice(-80),
    )
  )
    return { name: 'after a naming lead-in', value: 0.9 };
  // `… on what exactly a digital twin is: a 3D representation of …`: an indirect question the colon answers.
  if (/(?:^|\s)what(?:\s+\p{Ll}+ly)?$/iu.test(p) && /^[^:;.]{1,60}?\s(?:is|are)\s*:\s*[“"‘]?(?:an?|the)\s/iu.test(sentence.slice(start)))
    return { name: 'an indirect question answered after a colon', value: 0.9 };
  if (/(?:^|\s)(?:what|whether|how|why|if|when|where|which|who)$/iu.test(p)) return { name: 'inside a question or relative clause', value: 0.2 };
  if (/:$/u.test(p)) return { name: 'after a colon', value: 0.95 };
  // `… line 12: for “a digital twin is a static model” read “a digital twin is …”`: an erratum's correction, the text as
  // it should stand (the quotation after `for` is the text it replaces, and stays low)
  if (opensQuotation && /(?:^|[\s:;,])(?:for\s+[“"‘][^“”"‘’]{1,300}[”"’]\s*,?\s*)read$/iu.test(p.slice(-400)))
    return { name: 'an erratum’s correction', value: 0.95 };
  if (INTRO_WITHOUT_COMMA.test(p)) return { name: 'after an introductory phrase', value: 0.95 };
  // (a speaker's or a caption's label before such an opener, `SPEAKER_2 [conf 0.8]: so for this project a smart city is …`,
  // `… [voice-over] okay so a digital twin is …`: the opener after the label decides, as after a run-in heading below; the
  // last 80 characters are read)
  const labelled = /(?::|\[\p{L}[\p{L}\s-]{0,30}\])\s+([^:[\]]{1,40})$/u.exec(p.slice(-80));
  if (labelled && INTRO_WITHOUT_COMMA.test(labelled[1]!)) return { name: 'after an introductory phrase', value: 0.95 };
  // `In that tradition a sustainable city is …`, `In this Act “smart city” means …`: a short prepositional opener without a verb.
  // (or a named source's view after a label's colon: `RM summarised: for Tanaka-Ruiz a smart city is …`, minutes and
  // notes; not any phrase after a colon, `… the terms: in German the smart city is mostly framed as …`; or a named person's
  // usage after a semicolon, `Moe writes “smart town”; in her usage a smart city is …`)
  const opener =
    /^((?:in|within|for|from|under|across|throughout|among|since|after|over|during)\s+[^,;:()]{1,60})$/iu.exec(p)?.[1] ??
    /[:;]\s+(for\s+\p{Lu}[^,;:()]{0,60}|in\s+(?:her|his|their)\s+(?:usage|use|sense|terms))$/u.exec(p)?.[1];
  if (
    opener !== undefined &&
    !/\b(?:is|are|was|were|be|been|has|have|had|what|whether|how|which|that)\b/iu.test(opener.split(/\s+/).slice(1).join(' ')) &&
    !/\s(?:of|in|for|to|on|at|by|with|from|and|or|as|the|a|an)$/iu.test(opener) &&
    // (or the term quoted as a word: `In this Act “smart city” means …`; or named as a word without quotation marks, a
    // verb of meaning after it: `In planning documents smart city usually means …`)
    (/^(?:(?:an?|the)\s|[“‘"])/iu.test(sentence.slice(start)) || MENTIONED_TERM.test(sentence.slice(start, start + 80)))
  ) {
    return { name: 'after an introductory phrase', value: 0.9 };
  }
  // `In one embodiment, the digital twin is a voxel model …`: a patent's embodiment, one instance of the invention, not
  // what the term means (its definitions say `As used herein, … means`).
  if (
    /\b(?:in|for|according\s+to)\s+(?:this|that|one|another|some|other|each|a\s+further|an?|the(?:\s+present)?)\s+(?:[\p{L}-]+\s+)?embodiments?\s*,?$/iu.test(p)
  )
    return { name: 'an embodiment (one instance of the invention)', value: 0.3 };
  if (/[,;—–]$/u.test(p)) return { name: 'after an introductory phrase', value: 0.95 };
  if (/(?:^|\s)that$/iu.test(p)) return { name: 'after "that"', value: 0.9 };
  if (
    /\b(?:we|i|they|authors?|scholars|researchers)\s+(?:\p{L}+ly\s+)?(?:believe|think|hold|argue|contend|maintain|assume|posit|suggest|propose|claim|note)$/iu.test(
      p,
    )
  )
    return { name: 'after a reporting verb', value: 0.9 };
  // `I'd say a smart city is …`, `my boss told me a smart city was …`, `let's say a digital twin is …`, `To me a digital twin
  // is …`: a speaker's say-so with its `that` left out, in the first person or told to one (speech, interviews, letters);
  // a denial (`nobody told me`, `I wouldn't say`) reports no definition.
  if (SAY_SO.test(p.slice(-60)) && !/\b(?:not|never|nobody|no\s+one|n’t|n't)\b/iu.test(p.slice(-60))) return { name: 'after a speaker’s say-so', value: 0.9 };
  // `Bureaucrats think a smart city is …`, `Many planners believe a digital twin is …`: a group named in the plural as the
  // sentence's subject, its belief reported without `that` (a view, not the writers' own; the complement is judged as usual).
  if (/^(?:(?:many|most|some)\s+)?(?:\p{Ll}[\p{L}-]*\s+)?\p{L}[\p{Ll}-]{2,}s\s+(?:\p{Ll}+ly\s+)?(?:believe|think)$/u.test(p))
    return { name: 'after a reporting verb', value: 0.9 };
  // `The council’s leaflet says a smart city is …`: reported speech whose `that` is left out, by a source named in the
  // third person (a denial, `nobody says`, `does not say`, reports no definition).
  // (the person is read from the verb's own clause, after the last comma: `I just want to say, when my grandson explained
  // it, he said a smart city is …` is his)
  if (
    ENDS_WITH_BARE_REPORTING_VERB.test(` ${p}`) &&
    !/^(?:we|i|you)\s|\b(?:not|never|nobody|no\s+one|n’t|n't)\b/iu.test(p.slice(p.lastIndexOf(',') + 1).trim())
  )
    return { name: 'after a reporting verb', value: 0.9 };
  // `we treat a city as smart when …`, `One of the most cited treats a city as …`.
  if (
    /\s(?:define|defines|defined|treat|treats|treated|see|sees|view|views|consider|considers|considered|regard|regards|deem|deems|understand|understands|describe|describes|conceive|conceives|believe|believes)$/iu.test(
      ` ${p}`,
    )
  )
    return { name: 'after a reporting verb', value: 0.9 };
  // (or a connective adverb that draws a conclusion: `…, therefore a digital twin can be considered …`)
  if (/[,;]\s*(?:and|but|while|whereas|yet|so|whilst|therefore|thus|hence|consequently|accordingly)$/iu.test(p))
    return { name: 'after a conjunction', value: 0.9 };
  if (/^\p{Lu}/u.test(sentence.slice(start)) && !/(?:^|\s)(?:of|in|for|to|on|at|by|with|from|and|or|as|is|are|be)$/iu.test(p)) {
    return { name: 'after a table cell or label', value: 0.85 };
  }
  // `Roots in product development – In engineering a digital twin …`: a run-in heading set off by a dash; the
  // sentence begins after it, so the position is read from what follows the dash.
  const runIn = /^[^–—]{1,80}\s[–—]\s+(?=\S)/u.exec(p);
  if (runIn) return positionOf(p.slice(runIn[0].length), sentence, start);
  // `… (hit 6 of 9) …in the 2019 plan a smart city is …`: an ellipsis run onto the next word marks an excerpt cut at its
  // start (a concordance line, a quoted fragment); the position is read from the words after it (80 at most)
  const cut = /(?:^|\s)(?:…|\.\.\.)(?=\p{L})([^…]{1,80})$/u.exec(p);
  if (cut) return positionOf(cut[1]!, sentence, start);
  // `GEOG 3412 Sustainable Urban Futures (15 credits) In this module a sustainable city is …`: a heading run into the
  // sentence without a full stop; a capitalised opener in mid-sentence (`In`, `For`, `Here`) begins the sentence proper,
  // read as a lead-in if it is a short one without capitals of its own.
  // (its last word may be a document's capitalised name: RUN_IN_OPENER)
  const heading = RUN_IN_OPENER.exec(p);
  if (heading) {
    const opener = positionOf(heading[1]!, sentence, start);
    if (opener.value >= 0.9) return opener;
  }
  return { name: 'not the subject of the sentence', value: 0.3 };
}

/** Whose words a clause after `prefix` is: the authors' own (`we`, `this paper`), and who is reported as saying it. */
export function voiceOf(prefix: string): { own: boolean; reporter?: NonNullable<Clause['reporter']> } {
  return { own: OWN_INTRO.test(prefix), ...reporterIn(prefix) };
}

/** Who an introductory phrase attributes the clause to: `According to X,`, `For X,`, `X put it plainly:`, `X propose that`. */
export function reporterIn(lead: string): { reporter?: NonNullable<Clause['reporter']> } {
  // `For Etezadzadeh, “A Smart City is …”`: the quotation mark opening the definition is not part of the lead-in.
  const opening = /\s*[“"‘«]\s*$/u.exec(lead);
  // (a scope set off by commas after a reporting verb's `that` is no source: `X replied that, for the purposes of the
  // pilot, a digital twin was …` is X's; so is one after its colon, `Tomasz Wrona wrote: For the pack, a smart city is …`)
  const prefix = (opening ? lead.slice(0, opening.index) : lead)
    .replace(/\b(that)\s*,\s*(?:for|in|under|within)\s+(?:the|this|that|its|their|our)\s[^,;:]{2,60},\s*$/iu, '$1 ')
    // (a reporting verb's colon and a lower-case scope, not a source named after `for`: `quoted by Lind: for the City of …`)
    .replace(
      /(\s(?:wrote|writes|said|says|replied|replies|added|adds|noted|notes|explained|explains))\s*:\s+(?:[Ff]or|[Ii]n|[Uu]nder|[Ww]ithin)\s+(?:the|this|that|its|their|our)\s+\p{Ll}[^,;:]{1,59},\s*$/u,
      '$1: ',
    )
    // (a quotation opened after a reporting verb's colon and still open at the clause is the speaker's words, its `we` the
    // speaker's: `Jim Abernathy said: "What we mean by a smart city is …"`)
    .replace(/(\s(?:said|says|wrote|writes|replied|replies|added|adds|explained|explains|declared|declares))\s*:\s*[“"][^“”"]{1,80}$/u, '$1: ');
  // (`for Tanaka-Ruiz a smart city is …`: a named source's view without the comma, read as `for Tanaka-Ruiz,`; the checks
  // below keep a point of view, `for planners`, out)
  const withComma = /(?:^|[:;]\s+)[Ff]or\s+\p{Lu}[^,;:()“”"]{0,60}$/u.test(prefix) ? `${prefix.trimEnd()}, ` : prefix;
  const according =
    /\b(according\s+to|in\s+the\s+words\s+of|as\s+(?:defined|described|put)\s+by|following|after|for)\s+(.+?)\s*[,:]\s*(?:[\p{L}]+\s*[,:]\s*)?$/iu.exec(
      withComma,
    );
  if (according) {
    const cue = according[1]!.toLowerCase().replace(/\s+/g, ' ');
    // (`For Ana Reis, who leads the programme,`: the name before its description)
    const text = nameBeforeApposition(according[2]!)?.text ?? according[2]!;
    const subject = subjectOf(text);
    const at = according.index + according[0].indexOf(text);
    if (cue === 'for' || cue === 'following' || cue === 'after') {
      // "For urban planners, …" is a point of view; "For Batty et al. (2012), …" an attribution, and so
      // is "For Etezadzadeh, “…”": a single name whose words the quotation gives.
      if (!subject || !nameLike(subject.text)) return {};
      if (!/\bet\s+al\b|\((?:1[89]|20)\d\d|\[\d|\p{Lu}.*\p{Lu}|\s\p{Lu}/u.test(according[2]!) && !(opening && cue === 'for')) return {};
      // `For the procurement officers we interviewed in Groningen and Cusco,`: a name ending a longer
      // description is a place or a detail of it, not the source.
      if (!/^(?:the)?$/iu.test(text.slice(0, subject.start).trim())) return {};
    }
    return { reporter: subject ? { text: subject.text, start: at + subject.start, end: at + subject.end, cue } : { text: '', start: at, end: at, cue } };
  }
  const gives =
    /^(.*?)\s*\b(?:provides?|gives?|offers?|proposes?|adopts?)\s+(?:a|an|the|this|its|the\s+following)\s+(?:[\p{L}-]+\s+)?definition\s*:\s*$/iu.exec(prefix);
  if (gives) {
    const subject = subjectOf(gives[1]!);
    if (subject) return { reporter: { ...subject, cue: 'gives a definition' } };
  }
  const proposes =
    /^(.*?)\s*\b(?:propose|proposes|proposed|offer|offers|offered|give|gives|gave|adopt|adopts|adopted|suggest|suggests|suggested|put\s+forward|puts\s+forward)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:in\s+which|whereby|under\s+which)\s*$/iu.exec(
      prefix,
    );
  if (proposes) {
    const subject = subjectOf(proposes[1]!);
    if (subject) return { reporter: { ...subject, cue: 'proposes' } };
  }
  // (past forms too, and the occasion after the verb: `As Ferreira put it at the 2019 workshop,`, `as Moe noted in her talk,`;
  // a colon may open the quotation as a comma does: `As Prof. Moe put it in her keynote:`)
  const as =
    /\bas\s+(.+?)\s+(?:puts?\s+it|notes?|noted|writes?|wrote|states?|stated|argues?|argued|suggests?|suggested|observes?|observed|explains?|explained|defines?\s+it|defined\s+it)(?:\s+(?:at|in|during|on|before)\s+[^,;:“”"]{2,60}?)?\s*[,:]\s*$/iu.exec(
      prefix,
    );
  if (as) {
    const subject = subjectOf(as[1]!);
    const at = as.index + as[0].indexOf(as[1]!);
    return {
      reporter: subject
        ? { ...subject, start: at + subject.start, end: at + subject.end, cue: 'as X puts it' }
        : { text: '', start: at, end: at, cue: 'as X puts it' },
    };
  }
  // (the last reporting verb: `X, who chaired the panel that wrote the code, has written that …`)
  const said =
    /^(.*)\b(put\s+it|puts\s+it|say|says|said|replied|replies|answered|propose|proposes|proposed|argue|argues|argued|state|states|stated|suggest|suggests|suggested|note|notes|noted|claim|claims|claimed|contend|contends|contended|submit|submits|submitted|write|writes|wrote|written|told|tells|explain|explains|explained|assert|asserts|maintain|maintains|posit|posits|hold|holds|observe|observes|conclude|concludes|emphasi[sz]es?|emphasi[sz]ed|point\s+out|points\s+out|pointed\s+out|summari[sz]es?|summari[sz]ed|sums?\s+(?:it\s+)?up|summed\s+(?:it\s+)?up)\b(.*)$/iu.exec(
      prefix,
    );
  // (`told us that`, `told the committee that`, `told Meridian that`: whom it was said to, before `that`)
  const told = /^(?:told|tells)$/iu.test(said?.[2] ?? '')
    ? /^\s*(?:us|me|them|him|her|the\s+[\p{L}-]+|\p{Lu}[\p{L}-]+)\s+that\s*$/u.test(
        said![3]!.replace(/^\s*(?:Us|Me|Them|Him|Her|The)\b/u, (w) => w.toLowerCase()),
      )
    : false;
  // (or the verb alone, its `that` left out: `Tollbridge Council’s leaflet says a smart city is …`)
  const bare = said !== null && /^\s*$/u.test(said[3]!) && BARE_REPORTING_VERB.test(said[2]!);
  if (said && (told || /^\s*(?:\p{L}+ly\s*)?(?:that|:|,)?\s*$/u.test(said[3]!)) && (bare || /(?:that|[:,])\s*$/u.test(prefix))) {
    const subjectText = said[1]!.trim().replace(/\s+(?:has|have|had)(?:\s+\p{Ll}+ly)?$/u, '');
    if (/\b(?:we|i|our|us)$/iu.test(subjectText) || /^(?:we|i|it|this|there)\b/iu.test(subjectText)) return {};
    const subject = subjectOf(subjectText);
    const cue = said[2]!.toLowerCase().replace(/\s+/g, ' ');
    return { reporter: subject ? { ...titledPerson(subject), cue } : { text: '', start: 0, end: 0, cue } };
  }
  return namedLeadIn(prefix);
}

/**
 * `Wikipedia opens its article with a plain sentence: a smart city is …`: a lead-in ending in a
 * colon whose subject is a named source (a word the dictionary lacks, an acronym, a body's name,
 * two capitalised words) and whose verb is any finite verb; an unnamed group (`Vendors say it
 * simply:`) is no source.
 */
function namedLeadIn(prefix: string): { reporter?: NonNullable<Clause['reporter']> } {
  const speaker = appositeSpeaker(prefix);
  if (speaker) return { reporter: speaker };
  const m =
    /^(\s*(?:[^,:;]{1,60},\s+)?(?:[Tt]he\s+)?)(\p{Lu}[\p{L}\p{N}’'.&-]*(?:\s+(?:(?:of|on|for|and|&)\s+)?\p{Lu}[\p{L}\p{N}’'.&-]*){0,5})\s+(\p{Ll}+)\b[^:;“”"]*:\s*$/u.exec(
      prefix,
    );
  if (!m) return {};
  const [, lead, name, verb] = m as unknown as [string, string, string, string];
  if (DOCUMENT_PART.test(name) || !nameLike(name)) return {};
  const words = name.split(/\s+/u);
  const named = words.some((w) => ORGANISATION.test(w) || /\p{Lu}.*\p{Lu}/u.test(w)) || words.length >= 2 || !isWord(name.toLowerCase());
  const finite = presentVerb(verb) || tagsOf(verb).includes('VBD');
  if (!named || !finite) return {};
  return { reporter: { ...titledPerson({ text: name, start: lead.length, end: lead.length + name.length }), cue: 'colon lead-in' } };
}

/**
 * A person named in apposition in a lead-in ending in a colon, beside their role (`Only the Mayor of
 * Kelderby, Hanne Østergaard, answered with a definition:`, `Ana Reis, the council’s data officer, put it
 * this way:`, a longer role first, `The definition by the Director of Sales of Ruckus Wireless, Riaan Graham, is quite
 * complete :`): the person's surname, as a speaker named after the definiens gives it.
 */
function appositeSpeaker(prefix: string): NonNullable<Clause['reporter']> | undefined {
  const m = /^\s*(?:(?:[Oo]nly|[Ee]ven|[Aa]lso|\p{L}+ly)\s+)?(?:the\s+)?([^,:;“”"]{2,120}),\s+([^,:;“”"]{2,60}),\s+(\p{Ll}+)\b[^:;“”"]*:\s*$/u.exec(prefix);
  if (!m) return undefined;
  const verb = m[3]!;
  if (!presentVerb(verb) && !tagsOf(verb).includes('VBD')) return undefined;
  const person = [m[1]!, m[2]!].map((t) => t.trim()).find(personalName);
  if (!person) return undefined;
  const surname = person.split(/\s+/u).at(-1)!;
  const at = prefix.indexOf(person) + person.length - surname.length;
  return { text: surname, start: at, end: at + surname.length, cue: 'colon lead-in' };
}

// `…, says the ecological-footprint researcher Mathis Wackernagel.`: a speaker named after the
// definiens, at the end of the sentence (a description of the speaker, then a capitalised name,
// perhaps described in turn: `…, according to the architect Richard Rogers, whose lectures became the book … (1997).`).
export const SAID_AFTER =
  /,[”’"»]?\s+(says|said|writes|wrote|notes|noted|argues|argued|explains|explained|observes|observed|claims|claimed|according\s+to)\s+(?:(?:the|a|an)\s+)?(?:[\p{Ll}-]+\s+){0,4}?((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)(?:\s+(?:of|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'.&-]*\s*){1,4})?(?:,\s+(?:whose|who)\s[^;]*?)?(?:\s*\((?:[^()]*?(?:1[89]|20)\d\d|[^()]*?n\.\s?d\.)[^)]*\))?[.!\s]*$/u;

/** The speaker named by SAID_AFTER, as a reporter: the surname of a personal name, the whole name of a body. */
export function saidAfter(sentence: string, start: number): { reporter?: NonNullable<Clause['reporter']> } {
  const m = SAID_AFTER.exec(sentence.slice(start));
  if (!m) return {};
  const name = m[2]!;
  const words = name.split(/\s+/u);
  const text = words.length > 1 && !words.some((w) => ORGANISATION.test(w) || /\p{Lu}.*\p{Lu}/u.test(w)) ? words.at(-1)! : name;
  const at = start + m.index + m[0].indexOf(name) + name.length - text.length;
  return { reporter: { text, start: at, end: at + text.length, cue: m[1]!.toLowerCase().replace(/\s+/gu, ' ') } };
}
