/** What `export` can write; kept apart from the writers so the command line loads without them. */
export const EXPORT_FORMATS = ['xlsx', 'gexf', 'graphml', 'vosviewer'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The files each format writes. */
export const EXPORT_FILES: Readonly<Record<ExportFormat, readonly string[]>> = {
  xlsx: ['citydefs.xlsx'],
  gexf: ['term-network.gexf'],
  graphml: ['term-network.graphml'],
  vosviewer: ['term-network-vosviewer-map.txt', 'term-network-vosviewer-network.txt'],
};
