import { escapeXml } from '../../core/xml.js';
import { groupColors } from '../figures/palette.js';
import { layoutNetwork, LAYOUT_SEED, type Network, type Positions } from '../graph/view.js';

/**
 * Writers of the generic `Network` for the tools researchers use: GEXF and GraphML (Gephi, Cytoscape,
 * yEd) and VOSviewer's map + network files. All carry the seeded layout, so a file opens laid out.
 */

const num = (v: number) => String(Math.round(v * 1e4) / 1e4);

function groupIndex(network: Network): Map<string, number> {
  return new Map(network.groups.map((g, i) => [g.id, i]));
}

function rgb(hex: string): { r: number; g: number; b: number } {
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 255, g: (n >> 8) & 255, b: n & 255 };
}

/**
 * GEXF 1.2draft with `viz` size, position and colour (the report's colours): the version Gephi and
 * every networkx read (networkx 2.8, as Debian 12 ships it, rejects GEXF 1.3).
 */
export function toGexf(network: Network, positions: Positions = layoutNetwork(network, LAYOUT_SEED), description = ''): string {
  const colorOf = groupColors(network.groups);
  const labelOfGroup = new Map(network.groups.map((g) => [g.id, g.label]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">',
    `  <meta><creator>citydefs</creator><description>${escapeXml(description)}</description></meta>`,
    '  <graph mode="static" defaultedgetype="undirected">',
    '    <attributes class="node">',
    '      <attribute id="size" title="size" type="double"/>',
    '      <attribute id="group" title="group" type="string"/>',
    '      <attribute id="group_label" title="group_label" type="string"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const n of network.nodes) {
    const p = positions.get(n.id) ?? { x: 0.5, y: 0.5 };
    const c = rgb(colorOf(n.group));
    lines.push(
      `      <node id="${escapeXml(n.id)}" label="${escapeXml(n.label)}">` +
        `<attvalues><attvalue for="size" value="${n.size}"/>` +
        (n.group !== undefined
          ? `<attvalue for="group" value="${escapeXml(n.group)}"/><attvalue for="group_label" value="${escapeXml(labelOfGroup.get(n.group) ?? n.group)}"/>`
          : '') +
        `</attvalues><viz:size value="${num(n.size)}"/><viz:position x="${num(p.x * 1000)}" y="${num(-p.y * 1000)}" z="0"/>` +
        `<viz:color r="${c.r}" g="${c.g}" b="${c.b}"/></node>`,
    );
  }
  lines.push('    </nodes>', '    <edges>');
  network.edges.forEach((e, i) => {
    lines.push(`      <edge id="${i}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}" weight="${e.weight}"/>`);
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

/**
 * GraphML with label, size, group (the factor id) and its label, colour (`#rrggbb`, and `r`, `g`,
 * `b` as Gephi reads them) and position as node data, weight as edge data.
 */
export function toGraphml(network: Network, positions: Positions = layoutNetwork(network, LAYOUT_SEED)): string {
  const labelOfGroup = new Map(network.groups.map((g) => [g.id, g.label]));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="size" for="node" attr.name="size" attr.type="double"/>',
    '  <key id="group" for="node" attr.name="group" attr.type="string"/>',
    '  <key id="group_label" for="node" attr.name="group_label" attr.type="string"/>',
    '  <key id="color" for="node" attr.name="color" attr.type="string"/>',
    '  <key id="r" for="node" attr.name="r" attr.type="int"/>',
    '  <key id="g" for="node" attr.name="g" attr.type="int"/>',
    '  <key id="b" for="node" attr.name="b" attr.type="int"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <graph id="terms" edgedefault="undirected">',
  ];
  for (const n of network.nodes) {
    const p = positions.get(n.id) ?? { x: 0.5, y: 0.5 };
    const colour = groupColors(network.groups)(n.group);
    const c = rgb(colour);
    lines.push(
      `    <node id="${escapeXml(n.id)}"><data key="label">${escapeXml(n.label)}</data><data key="size">${n.size}</data>` +
        (n.group !== undefined
          ? `<data key="group">${escapeXml(n.group)}</data><data key="group_label">${escapeXml(labelOfGroup.get(n.group) ?? n.group)}</data>`
          : '') +
        `<data key="color">${colour}</data><data key="r">${c.r}</data><data key="g">${c.g}</data><data key="b">${c.b}</data>` +
        `<data key="x">${num(p.x * 1000)}</data><data key="y">${num(p.y * 1000)}</data></node>`,
    );
  }
  for (const e of network.edges) {
    lines.push(`    <edge source="${escapeXml(e.source)}" target="${escapeXml(e.target)}"><data key="weight">${e.weight}</data></edge>`);
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

/** Tab-separated text cannot hold tabs or line breaks in a label. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * VOSviewer's map file (tab-separated: id, label, x, y, [cluster,] weights) and network file
 * (`id1 id2 strength`, no header). Ids are 1-based integers, as VOSviewer requires; `cluster` is
 * written only when every node has a group (1-based, in `groups` order).
 */
export function toVosviewer(network: Network, positions: Positions = layoutNetwork(network, LAYOUT_SEED)): { map: string; network: string } {
  const groups = groupIndex(network);
  const idOf = new Map(network.nodes.map((n, i) => [n.id, i + 1]));
  const clustered = network.nodes.length > 0 && network.nodes.every((n) => n.group !== undefined && groups.has(n.group));
  const links = new Map<string, number>();
  const strength = new Map<string, number>();
  for (const e of network.edges) {
    for (const id of [e.source, e.target]) {
      links.set(id, (links.get(id) ?? 0) + 1);
      strength.set(id, (strength.get(id) ?? 0) + e.weight);
    }
  }
  const header = ['id', 'label', 'x', 'y', ...(clustered ? ['cluster'] : []), 'weight<Links>', 'weight<Total link strength>', 'weight<Occurrences>'];
  const rows = network.nodes.map((n) => {
    const p = positions.get(n.id) ?? { x: 0.5, y: 0.5 };
    return [
      idOf.get(n.id)!,
      oneLine(n.label),
      num(p.x * 2 - 1),
      num(1 - p.y * 2),
      ...(clustered ? [groups.get(n.group!)! + 1] : []),
      links.get(n.id) ?? 0,
      strength.get(n.id) ?? 0,
      n.size,
    ].join('\t');
  });
  const edges = network.edges
    .filter((e) => idOf.has(e.source) && idOf.has(e.target))
    .map((e) => [idOf.get(e.source)!, idOf.get(e.target)!, e.weight].join('\t'));
  return { map: [header.join('\t'), ...rows, ''].join('\n'), network: edges.length ? [...edges, ''].join('\n') : '' };
}

/**
 * VOSviewer Online's JSON (`network` with `items`, `links` and `clusters`): items numbered 1, 2, …
 * as in the map file, with the same positions and weights; a cluster per group, labelled.
 */
export function toVosviewerJson(network: Network, positions: Positions = layoutNetwork(network, LAYOUT_SEED)): string {
  const groups = groupIndex(network);
  const idOf = new Map(network.nodes.map((n, i) => [n.id, i + 1]));
  const links = new Map<string, number>();
  const strength = new Map<string, number>();
  for (const e of network.edges) {
    for (const id of [e.source, e.target]) {
      links.set(id, (links.get(id) ?? 0) + 1);
      strength.set(id, (strength.get(id) ?? 0) + e.weight);
    }
  }
  const items = network.nodes.map((n) => {
    const p = positions.get(n.id) ?? { x: 0.5, y: 0.5 };
    const cluster = n.group !== undefined ? groups.get(n.group) : undefined;
    return {
      id: idOf.get(n.id)!,
      label: oneLine(n.label),
      x: Number(num(p.x * 2 - 1)),
      y: Number(num(1 - p.y * 2)),
      ...(cluster !== undefined ? { cluster: cluster + 1 } : {}),
      weights: { Links: links.get(n.id) ?? 0, 'Total link strength': strength.get(n.id) ?? 0, Occurrences: n.size },
    };
  });
  const vosLinks = network.edges
    .filter((e) => idOf.has(e.source) && idOf.has(e.target))
    .map((e) => ({ source_id: idOf.get(e.source)!, target_id: idOf.get(e.target)!, strength: e.weight }));
  const clusters = network.groups.map((g, i) => ({ cluster: i + 1, label: g.label }));
  return JSON.stringify({ network: { items, links: vosLinks, clusters } }, null, 2) + '\n';
}
