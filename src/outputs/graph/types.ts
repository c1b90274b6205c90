/**
 * The one network shape every consumer takes (report chart, GEXF, GraphML, VOSviewer): plain data,
 * so whichever stage builds the network (today a simple term co-occurrence, later the clustering
 * stage's factor network) feeds them all.
 */
export interface NetworkNode {
  /** Unique id; also the key edges refer to. */
  readonly id: string;
  readonly label: string;
  /** Drawn as the node's area; e.g. the definitions containing the term. */
  readonly size: number;
  /** A group id from `groups` (a factor), or none. */
  readonly group?: string;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  /** e.g. the definitions containing both terms, or their association strength. */
  readonly weight: number;
}

export interface NetworkGroup {
  readonly id: string;
  readonly label: string;
  /** Its colour in every drawing and export (a factor's, stable between runs); default by id. */
  readonly color?: string;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** In legend and colour order. */
  readonly groups: readonly NetworkGroup[];
}

/** Node positions in the unit square, [0, 1] × [0, 1], keyed by node id. */
export type Positions = ReadonlyMap<string, { readonly x: number; readonly y: number }>;
