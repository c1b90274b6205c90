import { MANIFEST } from '../out-folder.js';

/** What `export` can write; kept apart from the writers so the command line loads without them. */
export const EXPORT_FORMATS = ['xlsx', 'gexf', 'graphml', 'vosviewer'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The files each format writes. */
export const EXPORT_FILES: Readonly<Record<ExportFormat, readonly string[]>> = {
  xlsx: ['citydefs.xlsx'],
  gexf: ['term-network.gexf'],
  graphml: ['term-network.graphml'],
  vosviewer: ['term-network-vosviewer-map.txt', 'term-network-vosviewer-network.txt', 'term-network-vosviewer.json'],
};

/** Every file `export` may write, its manifest included: the export folder's own files. */
export const EXPORT_NAMES: ReadonlySet<string> = new Set([MANIFEST, ...Object.values(EXPORT_FILES).flat()]);

/** The files `export` writes for these formats, its manifest included. */
export function exportNames(formats: readonly ExportFormat[]): ReadonlySet<string> {
  return new Set([MANIFEST, ...formats.flatMap((format) => EXPORT_FILES[format])]);
}
