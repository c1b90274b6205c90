/** Everything a renderer may need besides the result: kept out of the result so tests can pin it. */
export interface RenderContext {
  /** ISO time for the manifest's `created`, the only clock in the outputs. */
  readonly created: string;
  readonly versions: Readonly<Record<string, string>>;
  /** How the corpus folder is named in the manifest (relative, so outputs do not depend on the machine). */
  readonly corpusLabel: string;
  /** The folder an earlier run wrote (the one being rewritten): its PNGs are kept where drawing again would give the same bytes. */
  readonly previous?: string;
}
