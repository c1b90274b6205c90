import { networkOf } from '../graph/view.js';
import { layoutNetwork, LAYOUT_SEED } from '../graph/layout.js';
import { type RunResult } from '../../model/index.js';
import { GENERATOR, MANIFEST } from '../out-folder.js';
import { render, type RenderContext } from '../index.js';
import { toGexf, toGraphml, toVosviewer, toVosviewerJson } from './network-files.js';
import { type ExportFormat } from './formats.js';
import { xlsxFromCsv } from './xlsx.js';

export { EXPORT_NAMES } from './formats.js';

/**
 * The export files of a run, name → content. The workbook takes every `.csv` the renderers write,
 * so a table added to the registry is a sheet too; the network files take `networkOf(result)`.
 */
export async function exportFiles(result: RunResult, context: RenderContext, formats: readonly ExportFormat[]): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>();
  const wanted = new Set(formats);
  if (wanted.has('xlsx')) {
    const tables = new Map(
      [...render(result, context, (name) => name.endsWith('.csv'))].flatMap(([name, text]) => (typeof text === 'string' ? [[name, text] as const] : [])),
    );
    files.set('citydefs.xlsx', await xlsxFromCsv(tables));
  }
  if (wanted.has('gexf') || wanted.has('graphml') || wanted.has('vosviewer')) {
    const network = networkOf(result);
    const positions = layoutNetwork(network, LAYOUT_SEED);
    const description = `Term co-occurrence network of ${result.analysed.length} analysed definitions: node size = definitions using the term, edge weight = definitions using both.`;
    if (wanted.has('gexf')) files.set('term-network.gexf', toGexf(network, positions, description));
    if (wanted.has('graphml')) files.set('term-network.graphml', toGraphml(network, positions));
    if (wanted.has('vosviewer')) {
      const vos = toVosviewer(network, positions);
      files.set('term-network-vosviewer-map.txt', vos.map);
      files.set('term-network-vosviewer-network.txt', vos.network);
      files.set('term-network-vosviewer.json', toVosviewerJson(network, positions));
    }
  }
  // Marks the folder as citydefs' own, so a later export may write into it again.
  files.set(MANIFEST, JSON.stringify({ generator: GENERATOR, folder: 'exports', created: context.created, outputs: [...files.keys()].sort() }, null, 2) + '\n');
  return files;
}
