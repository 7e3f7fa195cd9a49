/**
 * The network of outlets and actors (NetworkGraph) as GraphML (Gephi, Cytoscape, networkx, igraph
 * read it): nodes with their label, kind (actor or outlet), actor kind and statements; edges
 * typed by kind (quoted, via, together) with their weight. `together` edges are undirected
 * (`directed="false"`, which GraphML allows per edge in a directed graph).
 */
import type { NetworkGraph } from '../store/store.js';

const XML_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

function xml(value: string): string {
  // characters XML 1.0 forbids are dropped: a control character in a name must not break the file
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export function networkGraphml({ nodes, edges }: NetworkGraph): string {
  const data = (key: string, value: string | number | null) => (value === null ? '' : `<data key="${key}">${xml(String(value))}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="actorKind" for="node" attr.name="actorKind" attr.type="string"/>',
    '  <key id="statements" for="node" attr.name="statements" attr.type="int"/>',
    '  <key id="edgeKind" for="edge" attr.name="kind" attr.type="string"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <graph id="whosaid" edgedefault="directed">',
    ...nodes.map(
      (node) =>
        `    <node id="${xml(node.id)}">${data('label', node.label)}${data('kind', node.kind)}${data('actorKind', node.actorKind)}${data('statements', node.statements)}</node>`,
    ),
    ...edges.map(
      (edge, i) =>
        `    <edge id="e${i}" source="${xml(edge.source)}" target="${xml(edge.target)}"${edge.kind === 'together' ? ' directed="false"' : ''}>${data('edgeKind', edge.kind)}${data('weight', edge.weight)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
