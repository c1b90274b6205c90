/** Bounds on the work one file may cause (config `limits`); kept apart from the schema so readers load without zod. */
export interface Limits {
  /** Longer field values (a definition's text, any column) are cut here, with a warning. */
  readonly maxFieldChars: number;
  /** Pages read from one PDF; later pages are left out, with a warning. */
  readonly pdfMaxPages: number;
  /** Seconds one PDF may take to read before it is given up on. */
  readonly pdfTimeoutSeconds: number;
}

/** The limits when no config says otherwise (`add --from`, `mine`); the schema's defaults. */
export const DEFAULT_LIMITS: Limits = { maxFieldChars: 20_000, pdfMaxPages: 200, pdfTimeoutSeconds: 60 };
