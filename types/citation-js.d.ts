// @citation-js ships no types; this covers the part citydefs uses.
declare module '@citation-js/core' {
  export interface CslName {
    family?: string;
    given?: string;
    literal?: string;
  }
  export interface CslDate {
    'date-parts'?: (number | string)[][];
    raw?: string;
    literal?: string;
  }
  export interface CslItem {
    id: string;
    type?: string;
    title?: string;
    author?: CslName[];
    editor?: CslName[];
    issued?: CslDate;
    'event-date'?: CslDate;
    'container-title'?: string;
    'citation-key'?: string;
    DOI?: string;
    URL?: string;
    abstract?: string;
    keyword?: string;
    page?: string;
    volume?: string;
    issue?: string;
    publisher?: string;
    [key: string]: unknown;
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    static async(data: unknown, options?: Record<string, unknown>): Promise<Cite>;
    data: CslItem[];
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    list(): string[];
    config: { get(plugin: string): unknown };
    /** An output plugin run on CSL items as they are (what `Cite#format` does after parsing and cleaning its data). */
    output: { format(format: string, data: readonly CslItem[], options?: Record<string, unknown>): unknown };
  } & Record<string, unknown>;
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
