/** Where a value came from. Lines and pages are 1-based; `file` is posix, relative to the corpus folder. */
export interface Origin {
  readonly file: string;
  readonly line?: number;
  readonly page?: number;
  /** 1-based position of the record in a file without lines per record (a JSON array). */
  readonly record?: number;
  readonly field?: string;
}

/** Ingest's output: one raw record, strings only, not yet interpreted. */
export interface SourceRecord {
  readonly origin: Origin;
  readonly fields: Readonly<Record<string, string>>;
  /** Set when the text was mined from a document (a PDF, an abstract) rather than typed in. */
  readonly mined?: Mined;
}

/** How a definition was found in a document: the wording that matched and its score (0–1). */
export interface Mined {
  readonly score: number;
  readonly pattern: string;
  /** The definition is someone else's, quoted by the document: its author and year are the citation's. */
  readonly quoted?: boolean;
}

/** A validated record of the corpus, with the seed's fields. */
export interface Definition {
  readonly id: string;
  readonly sector: string;
  readonly orgType: string;
  readonly term: string;
  readonly kind: string;
  readonly author: string;
  readonly year: number | undefined;
  readonly title: string;
  readonly url: string;
  readonly text: string;
  /** How to cite the source, when the record says (see `CITATION_FIELDS`); absent fields are unknown. */
  readonly doi?: string;
  /** The journal, book or report series the source appeared in. */
  readonly container?: string;
  readonly volume?: string;
  readonly issue?: string;
  /** The source's page range (`65–82`), not the page the definition is on. */
  readonly pages?: string;
  readonly publisher?: string;
  readonly origin: Origin;
  readonly mined?: Mined;
}

/** Why a valid record is left out of the analysis. */
export interface Exclusion {
  readonly id: string;
  readonly reason: 'kind' | 'duplicate';
  readonly detail: string;
  /** For a duplicate: the record kept in its place. */
  readonly keptId?: string;
}

/** A group of records whose texts are the same definition (exactly or nearly). */
export interface DuplicateGroup {
  readonly keptId: string;
  readonly why: string;
  readonly members: readonly { readonly id: string; readonly similarity: number; readonly exact: boolean }[];
}

export interface InputFile {
  /** Posix path relative to the corpus folder. */
  readonly path: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly records: number;
  /** A PDF's metadata sidecar, which shapes its records as much as the PDF does. */
  readonly sidecar?: { readonly path: string; readonly sha256: string };
}
