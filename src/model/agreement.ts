/** Agreement figures over a set of cells both coders coded. */
export interface Figures {
  /** Cells both coders coded. */
  readonly cells: number;
  readonly agreements: number;
  /** Cells the reference coded 1, the compared coder coded 1, and both coded 1. */
  readonly referenceOnes: number;
  readonly comparedOnes: number;
  readonly bothOnes: number;
  /** Share of cells on which the coders agree (p_o). */
  readonly percentAgreement: number | undefined;
  /** Agreement expected by chance (p_e of Cohen's κ). */
  readonly expectedAgreement: number | undefined;
  /** Cohen's κ; undefined when p_e = 1 (both coders gave every cell the same value) or no cell. */
  readonly kappa: number | undefined;
  /** Krippendorff's α (nominal); undefined when every value is the same. */
  readonly alpha: number | undefined;
  /** Of the compared coder's 1s, the share the reference also coded 1; and of the reference's 1s, the share the compared coder found. */
  readonly precision: number | undefined;
  readonly recall: number | undefined;
  readonly f1: number | undefined;
}

export interface FactorFigures extends Figures {
  readonly factorId: string;
}

/** A cell the two coders coded differently. */
export interface Disagreement {
  readonly definitionId: string;
  readonly factorId: string;
  readonly reference: 0 | 1;
  readonly compared: 0 | 1;
  readonly referenceNote: string;
  /** The second coder's note, or the tool's evidence words. */
  readonly comparedNote: string;
}

/** How far a compared coding (the tool's or a second coder's) agrees with a reference coding. */
export interface Agreement {
  /** How each side is named in the outputs: a file name, or `citydefs` for the tool. */
  readonly reference: string;
  readonly compared: string;
  /** Per factor, in the reference's order. */
  readonly factors: readonly FactorFigures[];
  /** Pooled over every cell both coded. */
  readonly overall: Figures;
  /** In the reference's order. */
  readonly disagreements: readonly Disagreement[];
  /** Cells only one side coded: left out of every figure. */
  readonly referenceOnly: number;
  readonly comparedOnly: number;
}
