/** `base`, or `base-2`, `base-3`… the first not in `taken` (which it joins). */
export function freeId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/**
 * The first free id for a mined record whose id (`paper-p2`, `paper-p2-3`: made from its document's
 * name and page) is taken: numbered on from its page's id, `paper-p2-4`, as a page's candidates are.
 */
export function freeMinedId(id: string, taken: Set<string>): string {
  return taken.has(id) ? freeId(id.replace(/(-p\d+)-\d+$/u, '$1'), taken) : freeId(id, taken);
}
