import type { ThesaurusEntry } from '../config/thesaurus.js';
import { readTokens } from './nlp.js';

/** A word of a text as the thesaurus reads it. */
type Word = { readonly normal: string; readonly lemma: string };

interface Node {
  readonly next: Map<string, Node>;
  entry?: ThesaurusEntry;
}

/** The thesaurus as a trie of words, matched on the text's word forms or their lemmas. */
export class PhraseMatcher {
  readonly #root: Node = { next: new Map() };

  constructor(entries: readonly ThesaurusEntry[]) {
    // A replacement is a term of its own: where the text already says it, it is the same fixed term.
    const labels = new Set(entries.map((e) => e.label));
    const targets = [...new Set(entries.map((e) => e.replaceBy))].filter((t) => t && !labels.has(t));
    for (const entry of [...targets.map((t) => ({ label: t, replaceBy: t, line: 0 })), ...entries]) {
      const tokens = readTokens(entry.label).filter((t) => t.normal.trim());
      // Both the forms as written and their lemmas, so "technologies" and "technology" both match.
      this.#insert(
        tokens.map((t) => t.normal),
        entry,
      );
      this.#insert(
        tokens.map((t) => t.lemma),
        entry,
      );
    }
  }

  #insert(path: readonly string[], entry: ThesaurusEntry): void {
    let node = this.#root;
    for (const word of path) {
      let child = node.next.get(word);
      if (!child) node.next.set(word, (child = { next: new Map() }));
      node = child;
    }
    // A later line wins, as in the file.
    if (!node.entry || node.entry.line < entry.line) node.entry = entry;
  }

  /** Whether an entry can start at a word of this form and lemma (most words start none). */
  starts(normal: string, lemma: string): boolean {
    return this.#root.next.has(normal) || (lemma !== normal && this.#root.next.has(lemma));
  }

  /** The longest entry starting at `tokens[start]`, with the number of tokens it covers (of the first `count`). */
  match(tokens: readonly Word[], start: number, count = tokens.length): { entry: ThesaurusEntry; length: number } | undefined {
    // Most words start no entry: they are turned away before the search is set up.
    const token = start < count ? tokens[start] : undefined;
    if (!token || !this.starts(token.normal, token.lemma)) return undefined;
    let best: { entry: ThesaurusEntry; length: number } | undefined;
    const walk = (node: Node, i: number) => {
      if (node.entry && i > start && (!best || i - start > best.length)) best = { entry: node.entry, length: i - start };
      const token = i < count ? tokens[i] : undefined;
      if (!token) return;
      const byForm = node.next.get(token.normal);
      if (byForm) walk(byForm, i + 1);
      const byLemma = token.lemma !== token.normal ? node.next.get(token.lemma) : undefined;
      if (byLemma) walk(byLemma, i + 1);
    };
    walk(this.#root, start);
    return best;
  }
}
