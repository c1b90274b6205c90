import { toCsv } from './format.js';

/** A group of terms to turn into a codebook entry: its terms, most used first. */
export interface DraftGroup {
  readonly terms: readonly string[];
  /** Analysed definitions using at least one of its terms. */
  readonly definitions: number;
}

/** How many of a group's terms name its draft label. */
const LABEL_TERMS = 3;

/**
 * A draft `codebook.csv` (`factor_id,label,description,seed_terms`) from groups of terms: one
 * entry per group, its id a slug of its most used term, its label its first terms, every term a
 * seed. A researcher renames, describes and prunes it, saves it as `corpus/codebook.csv`, and the
 * next run is guided by it.
 */
export function codebookDraft(groups: readonly DraftGroup[]): string {
  const used = new Set<string>();
  const ruled = new Set<string>();
  const rows = groups
    .filter((g) => g.terms.length > 0)
    .map((g, i) => {
      const id = uniqueSlug(g.terms[0]!, i + 1, used);
      const description = `Draft: ${g.terms.length} term${g.terms.length === 1 ? '' : 's'} grouped by meaning, used in ${g.definitions} definition${g.definitions === 1 ? '' : 's'}; say what the factor is about and keep the seed terms that belong`;
      // Each term becomes a plain rule: characters of the rule syntax (`;`, `!`, `*`, `=`) would change its meaning.
      // A term is one factor's only (a rule in two factors would be ignored in the second).
      const rules = g.terms.map((t) => t.replace(/[;!*=]+/g, ' ').trim()).filter((r) => r && !ruled.has(r.toLowerCase()) && ruled.add(r.toLowerCase()));
      return [id, g.terms.slice(0, LABEL_TERMS).join(' / '), description, rules.join(';')];
    });
  return toCsv(['factor_id', 'label', 'description', 'seed_terms'], rows);
}

/** A codebook id (`^[a-z][a-z0-9-]*$`) from a term, unique among `used`; `theme-N` when the term has no letters a–z. */
function uniqueSlug(term: string, n: number, used: Set<string>): string {
  const base =
    term
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^[^a-z]+|-+$/g, '') || `theme-${n}`;
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}-${k}`;
  used.add(id);
  return id;
}
