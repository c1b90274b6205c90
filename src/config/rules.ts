/**
 * A codebook rule, as a researcher writes it in `codebook.csv` (one of the `;`-separated entries):
 *
 *   transport                 the word and its derivations (same stem): transport, transportation
 *   =innovation               the word and its inflections only: innovation(s), not innovative
 *   quality of life           a phrase: each word as above, in order
 *   e-*  / *-based            words starting / ending so (e-government, ICT-based)
 *   environment !urban environment !built environment
 *                             the pattern, except where it stands inside one of the `!` phrases
 *
 * Matching is case-insensitive and works on the words after the thesaurus.
 */
export interface CodebookRule {
  /** The entry as written. */
  readonly source: string;
  readonly words: readonly RuleWord[];
  /** Phrases that, where they contain a match, void it. */
  readonly except: readonly (readonly RuleWord[])[];
}

export interface RuleWord {
  readonly match: 'stem' | 'lemma' | 'prefix' | 'suffix';
  /** Lower case, without the `=` or `*`. */
  readonly text: string;
}

/** Parses one entry; a string is what is wrong with it. */
export function parseRule(source: string): CodebookRule | string {
  const [pattern = '', ...exceptions] = source.split('!').map((part) => part.trim());
  const words = parseWords(pattern);
  if (typeof words === 'string') return words;
  if (!words.length) return 'Expected a word or phrase before any `!`';
  const except: RuleWord[][] = [];
  for (const exception of exceptions) {
    const parsed = parseWords(exception);
    if (typeof parsed === 'string') return parsed;
    if (!parsed.length) return 'Expected a phrase after `!`';
    except.push(parsed);
  }
  return { source: source.trim(), words, except };
}

/** A rule that names terms plainly (no wildcard): the clustering can anchor its factor on it. */
export function plainPhrase(rule: CodebookRule): string | undefined {
  return rule.words.every((w) => w.match === 'stem' || w.match === 'lemma') ? rule.words.map((w) => w.text).join(' ') : undefined;
}

function parseWords(text: string): RuleWord[] | string {
  const out: RuleWord[] = [];
  for (const raw of text.toLowerCase().split(/\s+/).filter(Boolean)) {
    if (raw === '*' || raw.slice(1, -1).includes('*') || (raw.startsWith('*') && raw.endsWith('*'))) {
      return `Expected \`*\` only at the start or the end of a word, not \`${raw}\``;
    }
    if (raw.endsWith('*')) out.push({ match: 'prefix', text: raw.slice(0, -1) });
    else if (raw.startsWith('*')) out.push({ match: 'suffix', text: raw.slice(1) });
    else if (raw.startsWith('=')) {
      if (raw.length < 2) return 'Expected a word after `=`';
      out.push({ match: 'lemma', text: raw.slice(1) });
    } else out.push({ match: 'stem', text: raw });
  }
  return out;
}
