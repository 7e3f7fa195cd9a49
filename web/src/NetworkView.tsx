/**
 * The network of the story: outlets and actors as nodes (sized by statements), edges for who
 * quoted whom, who spoke via whom and who appears together, drawn by cytoscape (zoom and pan),
 * with a legend that toggles each edge kind and days in the address bar. A canvas says nothing
 * to a keyboard or a screen reader, so the same edges are also a table below it, and the canvas
 * itself takes arrow keys (choose a node) and Enter (open its actor page).
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { fetchNetwork, filterParams, NETWORK_LIMIT, networkUrl, NO_FILTERS, parseFilters, type NetworkEdge, type NetworkEdgeKind, type NetworkGraph, type NetworkNode } from './api.js';
import { useLoad } from './load.js';
import { actorHref, navigate } from './router.js';
import { Link } from './Link.js';

/** One look per edge kind, for the canvas and the legend alike; colour is never the only difference. */
const EDGE_KINDS: Record<NetworkEdgeKind, { readonly label: string; readonly colour: string; readonly line: 'solid' | 'dashed' | 'dotted'; readonly unit: string }> = {
  quoted: { label: 'quoted', colour: '#5f6368', line: 'solid', unit: 'statement' },
  via: { label: 'spoke via', colour: '#a142f4', line: 'dashed', unit: 'statement' },
  together: { label: 'appeared with', colour: '#188038', line: 'dotted', unit: 'article' },
};
const KINDS = Object.keys(EDGE_KINDS) as NetworkEdgeKind[];

const NODE_LOOKS = {
  actor: { label: 'actor', colour: '#0b57d0', shape: 'ellipse' },
  unnamed: { label: 'anonymous or group source', colour: '#9aa0a6', shape: 'ellipse' },
  outlet: { label: 'outlet', colour: '#e8710a', shape: 'round-rectangle' },
} as const;

const lookOf = (node: NetworkNode): keyof typeof NODE_LOOKS =>
  node.kind === 'outlet' ? 'outlet' : node.actorKind === 'anonymous' || node.actorKind === 'group' ? 'unnamed' : 'actor';

const edgeId = (edge: NetworkEdge): string => `${edge.kind}|${edge.source}|${edge.target}`;
const plural = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;

// cytoscape adds an inline <style> to the page unless an element with this id exists; the CSP
// forbids inline styles, and styles.css has the one rule it would add (the container's position)
const CYTOSCAPE_STYLESHEET = '__________cytoscape_stylesheet';
function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET) !== null) return;
  const marker = document.createElement('template');
  marker.id = CYTOSCAPE_STYLESHEET;
  document.head.append(marker);
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)', width: 'data(size)', height: 'data(size)',
      'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': '140px',
      'text-background-color': '#ffffff', 'text-background-opacity': 0.75, 'min-zoomed-font-size': 6,
    },
  },
  ...Object.entries(NODE_LOOKS).map(([look, { colour, shape }]) => ({ selector: `node.${look}`, style: { 'background-color': colour, shape } })),
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f9a825' } },
  ...KINDS.map((kind) => ({
    selector: `edge.${kind}`,
    style: {
      width: 'data(width)', 'line-color': EDGE_KINDS[kind].colour, 'line-style': EDGE_KINDS[kind].line, 'curve-style': 'bezier' as const,
      'target-arrow-shape': kind === 'together' ? ('none' as const) : ('triangle' as const), 'target-arrow-color': EDGE_KINDS[kind].colour, opacity: 0.8,
    },
  })),
  { selector: '.hidden', style: { display: 'none' } },
];

function elementsOf(graph: NetworkGraph): ElementDefinition[] {
  const most = Math.max(1, ...graph.nodes.map((n) => n.statements));
  return [
    ...graph.nodes.map((node) => ({
      // area, not width, grows with statements, so a big node is not overstated
      data: { ...node, size: 18 + 42 * Math.sqrt(node.statements / most) },
      classes: lookOf(node),
    })),
    ...graph.edges.map((edge) => ({ data: { ...edge, id: edgeId(edge), width: 1 + Math.min(6, Math.sqrt(edge.weight)) }, classes: edge.kind })),
  ];
}

/** The edges of the kinds shown and the nodes they join. */
function visibleGraph(graph: NetworkGraph, shown: Record<NetworkEdgeKind, boolean>): NetworkGraph {
  const edges = graph.edges.filter((edge) => shown[edge.kind]);
  const used = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
  return { nodes: graph.nodes.filter((node) => used.has(node.id)), edges };
}

const shownElements = (core: Core) => core.elements().not('.hidden');

function GraphCanvas({ graph, visible }: { graph: NetworkGraph; visible: NetworkGraph }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [chosen, setChosen] = useState<NetworkNode | null>(null);

  useEffect(() => {
    if (container.current === null) return;
    claimCytoscapeStylesheet();
    const core = cytoscape({ container: container.current, elements: elementsOf(graph), style: STYLE, minZoom: 0.2, maxZoom: 4, boxSelectionEnabled: false });
    // Deterministic, so screenshots are stable: rings by statements (the most-quoted in the
    // middle), then cose's forces from there pull tied nodes together; cose only draws on
    // Math.random to randomize, or to part two nodes at the same spot, which the rings rule out.
    const most = Math.max(1, ...graph.nodes.map((n) => n.statements));
    core.layout({ name: 'concentric', concentric: (node) => Number(node.data('statements')), levelWidth: () => most / 3, animate: false }).run();
    core.layout({ name: 'cose', randomize: false, animate: false, nodeDimensionsIncludeLabels: true }).run();
    core.on('tap', 'node', (event) => {
      const actorId = event.target.data('actorId') as string | null;
      if (actorId !== null) navigate(actorHref(actorId));
    });
    cy.current = core;
    setChosen(null);
    return () => {
      core.destroy();
      cy.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const core = cy.current;
    if (core === null || container.current === null) return;
    const ids = new Set([...visible.nodes.map((n) => n.id), ...visible.edges.map(edgeId)]);
    core.batch(() => {
      core.elements().removeClass('hidden');
      core.elements().filter((element) => !ids.has(element.id())).addClass('hidden');
    });
    core.fit(shownElements(core), 24);
    // what the canvas holds, for tests and for anyone inspecting the page
    container.current.dataset['nodes'] = String(shownElements(core).nodes().length);
    container.current.dataset['edges'] = String(shownElements(core).edges().length);
  }, [graph, visible]);

  const choose = (node: NetworkNode | null): void => {
    setChosen(node);
    cy.current?.nodes().unselect();
    if (node !== null) cy.current?.getElementById(node.id).select();
  };

  const onKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const core = cy.current;
    if (core === null) return;
    const at = chosen === null ? -1 : visible.nodes.findIndex((n) => n.id === chosen.id);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined && visible.nodes.length > 0) {
      choose(visible.nodes[(at + step + visible.nodes.length) % visible.nodes.length] ?? null);
    } else if (event.key === 'Enter' && chosen?.actorId != null) {
      navigate(actorHref(chosen.actorId));
    } else if (event.key === '+' || event.key === '-') {
      core.zoom({ level: core.zoom() * (event.key === '+' ? 1.25 : 0.8), renderedPosition: { x: core.width() / 2, y: core.height() / 2 } });
    } else return;
    event.preventDefault();
  };

  return (
    <>
      <div ref={container} className="network-canvas" tabIndex={0} role="application" onKeyDown={onKey}
        aria-label="Network graph. Arrow keys choose a node, Enter opens its actor page, + and − zoom." aria-describedby="network-help" />
      <p id="network-help" className="count">
        Drag to pan, wheel or pinch to zoom; click an actor to open its page.{' '}
        <button type="button" onClick={() => cy.current?.fit(shownElements(cy.current), 24)}>Fit</button>
      </p>
      <p className="count" aria-live="polite" data-chosen={chosen?.id ?? ''}>
        {chosen !== null && `${chosen.label} (${chosen.kind}, ${plural(chosen.statements, 'statement')})${chosen.actorId === null ? '' : ': Enter opens the actor page'}`}
      </p>
    </>
  );
}

function NodeName({ node }: { node: NetworkNode | undefined }) {
  if (node === undefined) return null;
  const name = node.actorId === null ? node.label : <Link href={actorHref(node.actorId)}>{node.label}</Link>;
  return <>{name}{node.kind === 'outlet' && <span className="tag">outlet</span>}</>;
}

export function NetworkView({ search }: { search: string }) {
  const filters = useMemo(() => parseFilters(search), [search]);
  const [draft, setDraft] = useState({ since: filters.since, until: filters.until });
  useEffect(() => setDraft({ since: filters.since, until: filters.until }), [filters]);
  const { data, error } = useLoad((signal) => fetchNetwork(filters, signal), networkUrl(filters));
  const [shown, setShown] = useState<Record<NetworkEdgeKind, boolean>>({ quoted: true, via: true, together: true });
  const visible = useMemo(() => (data === null ? null : visibleGraph(data, shown)), [data, shown]);
  const nodes = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const query = filterParams({ ...NO_FILTERS, ...draft }).toString();
    navigate(`/app/network${query === '' ? '' : `?${query}`}`);
  };
  const capped = KINDS.filter((kind) => data?.edges.filter((e) => e.kind === kind).length === NETWORK_LIMIT);

  return (
    <section className="network">
      <h1>Network</h1>
      <form className="filters" onSubmit={submit} aria-label="Days of the network">
        <label>Since<input name="since" type="date" value={draft.since} onChange={(e) => setDraft((d) => ({ ...d, since: e.target.value }))} /></label>
        <label>Until<input name="until" type="date" value={draft.until} onChange={(e) => setDraft((d) => ({ ...d, until: e.target.value }))} /></label>
        <div className="actions"><button type="submit">Apply</button></div>
      </form>
      <ul className="legend" aria-label="Legend">
        {Object.values(NODE_LOOKS).map((look) => (
          <li key={look.label}>
            <span className={`swatch ${look.shape}`} style={{ background: look.colour }} aria-hidden="true" />{look.label}
          </li>
        ))}
        {KINDS.map((kind) => (
          <li key={kind}>
            <label className="check">
              <input type="checkbox" name={kind} checked={shown[kind]} onChange={(e) => setShown((s) => ({ ...s, [kind]: e.target.checked }))} />
              <span className="swatch line" style={{ borderTopColor: EDGE_KINDS[kind].colour, borderTopStyle: EDGE_KINDS[kind].line }} aria-hidden="true" />
              {EDGE_KINDS[kind].label}
            </label>
          </li>
        ))}
      </ul>
      {error !== null && <p role="alert" className="error">{error}</p>}
      {data === null || visible === null ? (
        error === null && <p aria-live="polite">Loading…</p>
      ) : (
        <>
          <p className="count">
            {plural(visible.nodes.length, 'node')}, {plural(visible.edges.length, 'edge')}
            {capped.length > 0 && ` (the heaviest ${NETWORK_LIMIT} ${capped.map((k) => EDGE_KINDS[k].label).join(', ')} edges)`}
          </p>
          <GraphCanvas graph={data} visible={visible} />
          <h2 id="h-edges">Edges</h2>
          <div className="table-wrap">
            <table className="plain network-edges" aria-labelledby="h-edges">
              <thead><tr><th>From</th><th>Relation</th><th>To</th><th className="num">Weight</th></tr></thead>
              <tbody>
                {visible.edges.map((edge) => (
                  <tr key={edgeId(edge)} data-kind={edge.kind}>
                    <td className="from"><NodeName node={nodes.get(edge.source)} /></td>
                    <td className="kind" data-label="Relation">{EDGE_KINDS[edge.kind].label}</td>
                    <td className="to" data-label="To"><NodeName node={nodes.get(edge.target)} /></td>
                    <td className="num" data-label="Weight">{plural(edge.weight, EDGE_KINDS[edge.kind].unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
