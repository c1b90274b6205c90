import type { Concept } from '../config/concept.js';
import type { MineMethod } from '../config/mine-method.js';
import type { Limits } from '../config/limits.js';
import type { Diagnostics } from '../core/diagnostics.js';
import type { SourceRecord } from '../model/index.js';

/** What a reader may need besides the file itself. */
export interface ReadContext {
  /**
   * The file's metadata sidecar (`paper.meta.json` beside `paper.pdf`), if there is one; `text` is
   * undefined when the sidecar could not be read as text (already reported on the sidecar).
   */
  readonly sidecar?: { readonly file: string; readonly text: string | undefined };
  /** Bounds on the work one file may cause; the defaults when absent. */
  readonly limits?: Limits;
  /** The concept whose definitions are mined from documents (PDF, HTML, text with a sidecar). */
  readonly concept?: Concept;
  /** How definitions are mined from those documents (the config's `mine.method`; default `rules`). */
  readonly method?: MineMethod;
}

/**
 * Turns one file into raw records; problems go to `diagnostics`, never thrown. `undefined` means
 * the file is not a definitions file at all (a Markdown note without front matter).
 */
export type Reader = (data: Buffer, file: string, diagnostics: Diagnostics, context: ReadContext) => Promise<SourceRecord[] | undefined>;

/** Metadata of the file of the same name (`paper.pdf` → `paper.meta.json`); never a definitions file. */
export const SIDECAR_SUFFIX = '.meta.json';

/** `paper.pdf` → `paper.meta.json`: the one place a file's sidecar is named. */
export function sidecarOf(file: string): string {
  return file.replace(/\.[^./]+$/, '') + SIDECAR_SUFFIX;
}
