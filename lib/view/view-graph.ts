import type { DocumentSummary, ExplorerEdge } from "@/lib/graph/rows";
import type { ExplorerNode } from "@/lib/graph/neighborhood";
import type { RelationType } from "@/lib/schema/relations";

/**
 * The explorer's stored view: what has been loaded and what the person did with it (focus,
 * expansions, hidden entities, a highlighted path). Plain data, changed only by the pure
 * transitions below, so undo/redo is a stack of these and the canvas is derived from it.
 */
export interface ExpandState {
  /** Neighbours fetched so far (offset of the next page) and how many there are in all. */
  shown: number;
  total: number;
  types?: RelationType[];
}

export interface PathHighlight {
  from: string;
  to: string;
  nodes: string[];
  edges: string[];
}

export interface ViewGraph {
  nodes: Record<string, ExplorerNode>;
  edges: Record<string, ExplorerEdge>;
  documents: Record<string, DocumentSummary>;
  /** Entities the person asked for (searched, expanded): the URL's `focus`. */
  focus: string[];
  expanded: Record<string, ExpandState>;
  hidden: string[];
  path: PathHighlight | null;
}

export interface GraphPiece {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
  documents?: DocumentSummary[];
}

export interface NeighborhoodPiece extends GraphPiece {
  center: ExplorerNode;
  total: number;
  offset: number;
}

export const EMPTY_VIEW: ViewGraph = {
  nodes: {},
  edges: {},
  documents: {},
  focus: [],
  expanded: {},
  hidden: [],
  path: null,
};

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
const without = (a: string[], b: Iterable<string>) => {
  const drop = new Set(b);
  return a.filter((x) => !drop.has(x));
};

/** Adds nodes, edges and documents (newer data wins) and un-hides what was added. */
export function mergePiece(view: ViewGraph, piece: GraphPiece): ViewGraph {
  const nodes = { ...view.nodes };
  for (const n of piece.nodes) nodes[n.id] = n;
  const edges = { ...view.edges };
  for (const e of piece.edges) if (nodes[e.source] && nodes[e.target]) edges[e.id] = e;
  const documents = { ...view.documents };
  for (const d of piece.documents ?? []) documents[d.id] = d;
  return {
    ...view,
    nodes,
    edges,
    documents,
    hidden: without(
      view.hidden,
      piece.nodes.map((n) => n.id),
    ),
  };
}

/** The starting view (or a restored one): replaces everything. */
export function startView(piece: GraphPiece, focus: string[] = []): ViewGraph {
  return { ...mergePiece(EMPTY_VIEW, piece), focus };
}

/** One page of an entity's neighbourhood: added, the entity focused, "showing N of M" kept. */
export function applyNeighborhood(
  view: ViewGraph,
  piece: NeighborhoodPiece,
  types?: RelationType[],
): ViewGraph {
  const merged = mergePiece(view, { ...piece, nodes: [piece.center, ...piece.nodes] });
  const id = piece.center.id;
  const previous = view.expanded[id];
  const sameTypes = JSON.stringify(previous?.types ?? null) === JSON.stringify(types ?? null);
  const shown = (sameTypes && previous ? previous.shown : 0) + piece.nodes.length;
  return {
    ...merged,
    focus: union(view.focus, [id]),
    expanded: {
      ...view.expanded,
      [id]: {
        shown: Math.max(shown, piece.offset + piece.nodes.length),
        total: piece.total,
        ...(types && { types }),
      },
    },
  };
}

export function hideNodes(view: ViewGraph, ids: string[]): ViewGraph {
  const known = ids.filter((id) => view.nodes[id]);
  if (known.length === 0) return view;
  return { ...view, hidden: union(view.hidden, known), focus: without(view.focus, known) };
}

export function showAll(view: ViewGraph): ViewGraph {
  return view.hidden.length ? { ...view, hidden: [] } : view;
}

/**
 * Folds an expanded entity back: removes the neighbours that hang only on it (no other relation
 * in the view, not focused themselves); the entity and everything else stay.
 */
export function collapse(view: ViewGraph, id: string): ViewGraph {
  const hidden = new Set(view.hidden);
  const degreeInView = new Map<string, Set<string>>();
  for (const e of Object.values(view.edges)) {
    if (hidden.has(e.source) || hidden.has(e.target)) continue;
    degreeInView.set(e.source, (degreeInView.get(e.source) ?? new Set()).add(e.target));
    degreeInView.set(e.target, (degreeInView.get(e.target) ?? new Set()).add(e.source));
  }
  const leaves = [...(degreeInView.get(id) ?? [])].filter((n) => {
    const around = degreeInView.get(n)!;
    return around.size === 1 && !view.focus.includes(n) && !view.path?.nodes.includes(n);
  });
  const expanded = { ...view.expanded };
  delete expanded[id];
  return removeNodes({ ...view, expanded }, leaves);
}

/** Drops nodes (and their edges) from the stored view entirely. */
export function removeNodes(view: ViewGraph, ids: string[]): ViewGraph {
  if (ids.length === 0) return view;
  const drop = new Set(ids);
  const nodes = Object.fromEntries(Object.entries(view.nodes).filter(([id]) => !drop.has(id)));
  const edges = Object.fromEntries(
    Object.entries(view.edges).filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)),
  );
  const expanded = Object.fromEntries(
    Object.entries(view.expanded).filter(([id]) => !drop.has(id)),
  );
  return {
    ...view,
    nodes,
    edges,
    expanded,
    focus: without(view.focus, ids),
    hidden: without(view.hidden, ids),
  };
}

/** Shortest paths: their entities and relations added and highlighted. */
export function applyPath(
  view: ViewGraph,
  from: string,
  to: string,
  paths: { nodes: ExplorerNode[]; edges: ExplorerEdge[]; documents?: DocumentSummary[] }[],
): ViewGraph {
  let next = view;
  for (const p of paths) next = mergePiece(next, p);
  const nodes = [...new Set(paths.flatMap((p) => p.nodes.map((n) => n.id)))];
  const edges = [...new Set(paths.flatMap((p) => p.edges.map((e) => e.id)))];
  return {
    ...next,
    focus: union(
      next.focus,
      [from, to].filter((id) => next.nodes[id]),
    ),
    path: { from, to, nodes, edges },
  };
}

export function clearPath(view: ViewGraph): ViewGraph {
  return view.path ? { ...view, path: null } : view;
}
