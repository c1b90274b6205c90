/**
 * A mined quotation is the cited author's definition, but its sector comes with the quoting document's metadata: the
 * corpus's own records by that author say which sector their definitions belong to.
 */
export class SectorsByAuthor {
  readonly #byAuthor = new Map<string, { ids: string[]; sectors: Set<string> }>();

  add(author: string, id: string, sector: string): void {
    const key = authorKey(author);
    if (!key) return;
    const theirs = this.#byAuthor.get(key);
    if (theirs) {
      theirs.ids.push(id);
      theirs.sectors.add(sector);
    } else this.#byAuthor.set(key, { ids: [id], sectors: new Set([sector]) });
  }

  /** The ids of the records by `author`, and their sectors (sorted): a quotation takes the sector when there is one. */
  of(author: string): { readonly ids: readonly string[]; readonly sectors: readonly string[] } {
    const theirs = this.#byAuthor.get(authorKey(author));
    return theirs ? { ids: theirs.ids, sectors: [...theirs.sectors].sort() } : { ids: [], sectors: [] };
  }

  /** The sector a quotation of `author` takes: the one their records in the corpus share, if they share one. */
  sectorFor(author: string): string | undefined {
    const theirs = this.#byAuthor.get(authorKey(author));
    return theirs?.sectors.size === 1 ? theirs.sectors.values().next().value : undefined;
  }
}

/** An author as a citation and a corpus record both name them: before a comma, parenthesis, "et al." or " - ", without case or accents. */
function authorKey(author: string): string {
  const head = author
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/,|\(|\s+et\s+al\b|\s+-\s+/u)[0]!;
  return head
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
