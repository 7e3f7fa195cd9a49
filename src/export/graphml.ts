/**
 * The actor–outlet network as GraphML (Gephi, Cytoscape, networkx, igraph read it): outlets and
 * actors are nodes, an edge from an outlet to an actor says how many statements it carried.
 */
import type { NetworkEdge } from '../store/store.js';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(value: string): string {
  // characters XML 1.0 forbids are dropped: a control character in a name must not break the file
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export function networkGraphml(edges: readonly NetworkEdge[]): string {
  const nodes = new Map<string, { label: string; kind: string }>();
  for (const edge of edges) {
    nodes.set(outletNode(edge.outlet), { label: edge.outlet, kind: 'outlet' });
    nodes.set(edge.actorId, { label: edge.actorName, kind: edge.actorKind });
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="statements" for="edge" attr.name="statements" attr.type="int"/>',
    '  <graph id="whosaid" edgedefault="directed">',
    ...[...nodes].map(
      ([id, node]) =>
        `    <node id="${xml(id)}"><data key="label">${xml(node.label)}</data><data key="kind">${xml(node.kind)}</data></node>`,
    ),
    ...edges.map(
      (edge, i) =>
        `    <edge id="e${i}" source="${xml(outletNode(edge.outlet))}" target="${xml(edge.actorId)}"><data key="statements">${edge.statements}</data></edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

/** Outlets are named, not numbered: the id keeps them apart from actor ids (A12). */
function outletNode(outlet: string): string {
  return `outlet:${outlet.toLowerCase()}`;
}
