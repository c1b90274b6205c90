/** What a factor's words do in the definitions: what a city uses, what it achieves, who takes part. */
export type Role = 'means' | 'end' | 'actor';

export interface Clause {
  readonly factorId: string;
  readonly role: Role;
  /** How many occurrences of the factor's terms read as each role. */
  readonly votes: Readonly<Record<Role, number>>;
  /** The words of the synthesized sentence for this factor, in the corpus's most frequent phrasing. */
  readonly phrase: string;
  readonly definitions: number;
  readonly share: number;
  /** Sectors where the factor's share is above its overall share, highest first. */
  readonly strongIn: readonly string[];
  /** Definitions that show the factor best: most of its terms, then earliest. */
  readonly examples: readonly string[];
}

export interface Synthesis {
  readonly term: string;
  /** The synthesized definition; empty when no factor reaches the threshold. */
  readonly text: string;
  readonly minShare: number;
  readonly clauses: readonly Clause[];
  /** The verbs the sentence uses, as the corpus uses them most often for each role. */
  readonly verbs: { readonly means: string; readonly end: string };
  /** The existing definition that covers the most consensus factors. */
  readonly representative: { readonly definitionId: string; readonly factorIds: readonly string[] } | undefined;
}
