import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { groupColors } from '../../../src/outputs/figures/palette.js';
import { describe, expect, it } from 'vitest';
import { toGexf, toGraphml } from '../../../src/outputs/exports/network-files.js';

// The network files as networkx reads them, on the networkx Debian 12 ships (2.8, which rejects
// GEXF 1.3). Needs `apt-get install -y python3-networkx`; without it the test is skipped.
const PYTHON = '/usr/bin/python3';
const hasNetworkx = spawnSync(PYTHON, ['-c', 'import networkx'], { stdio: 'ignore' }).status === 0;

const READ = `
import json, sys, networkx as nx
gexf = nx.read_gexf(sys.argv[1])
graphml = nx.read_graphml(sys.argv[2])
def describe(g):
    return {
        "nodes": sorted(g.nodes()),
        "edges": sorted(sorted([str(a), str(b)]) + [float(d.get("weight", 0))] for a, b, d in g.edges(data=True)),
        "attributes": {str(n): {k: v for k, v in d.items() if k != "viz"} for n, d in g.nodes(data=True)},
        "viz": {str(n): d.get("viz") for n, d in g.nodes(data=True)},
    }
print(json.dumps({"version": nx.__version__, "gexf": describe(gexf), "graphml": describe(graphml)}))
`;

const network = {
  nodes: [
    { id: 'ict', label: 'ict', size: 5, group: 'ict' },
    { id: 'quality of life', label: 'quality of life', size: 3, group: 'qol' },
    { id: 'a<&>"', label: 'odd <label> & "quotes"', size: 1 },
  ],
  edges: [
    { source: 'ict', target: 'quality of life', weight: 2 },
    { source: 'ict', target: 'a<&>"', weight: 1 },
  ],
  groups: [
    { id: 'ict', label: 'ICT' },
    { id: 'qol', label: 'Quality of life' },
  ],
};

describe.skipIf(!hasNetworkx)('network files in networkx', () => {
  it('reads the GEXF (1.2draft) and the GraphML with every node, edge, weight, label, group and colour', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'citydefs-networkx-'));
    writeFileSync(path.join(dir, 'n.gexf'), toGexf(network, undefined, 'test'));
    writeFileSync(path.join(dir, 'n.graphml'), toGraphml(network));
    const run = spawnSync(PYTHON, ['-c', READ, path.join(dir, 'n.gexf'), path.join(dir, 'n.graphml')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    const ids = network.nodes.map((n) => n.id).sort();
    for (const format of ['gexf', 'graphml'] as const) {
      expect(out[format].nodes).toEqual(ids);
      expect(out[format].edges).toHaveLength(2);
    }
    expect(out.gexf.attributes.ict).toMatchObject({ label: 'ict', group: 'ict', group_label: 'ICT', size: 5 });
    const rgb = (hex: string) => ({ r: parseInt(hex.slice(1, 3), 16), g: parseInt(hex.slice(3, 5), 16), b: parseInt(hex.slice(5, 7), 16) });
    const colorOf = groupColors(network.groups);
    expect(out.gexf.viz.ict.color).toMatchObject(rgb(colorOf('ict')));
    expect(out.gexf.attributes['a<&>"'].label).toBe('odd <label> & "quotes"');
    expect(out.graphml.attributes['quality of life']).toMatchObject({
      label: 'quality of life',
      group: 'qol',
      group_label: 'Quality of life',
      color: colorOf('qol'),
      ...rgb(colorOf('qol')),
    });
  });
});
