import type { Core, NodeSingular } from "cytoscape";
import { LARGE_GRAPH } from "./layouts";
import { LARGE_GRAPH_MIN_FONT } from "./render-options";

/** Zoomed out down to this level, node labels keep their on-screen size; further out they shrink. */
export const KEEP_LABEL_SIZE_TO_ZOOM = 0.5;

/** Node label size in model pixels at zoom 1: 12 for a leaf up to 18 for an entity with 25+ relations. */
export function nodeFontSize(degree: unknown): number {
  const d = typeof degree === "number" && Number.isFinite(degree) ? degree : 0;
  const t = Math.min(1, Math.max(0, (d - 1) / 24));
  return 12 + 6 * t;
}

/**
 * How much to enlarge node labels at this zoom so they read at their normal size on screen when a
 * fit zooms the view out a little (as Bloom and Linkurious keep labels legible). In steps of 1/8,
 * so styles are recomputed only when the step changes, not on every frame of a zoom.
 */
export function labelScale(zoom: number): number {
  if (!(zoom < 1)) return 1;
  return Math.round(8 / Math.max(zoom, KEEP_LABEL_SIZE_TO_ZOOM)) / 8;
}

function scaleNode(node: NodeSingular, scale: number): void {
  if (scale === 1) {
    node.removeStyle("font-size text-max-width text-margin-y text-outline-width");
    return;
  }
  node.style({
    "font-size": nodeFontSize(node.data("degree")) * scale,
    "text-max-width": `${130 * scale}px`,
    "text-margin-y": 5 * scale,
    "text-outline-width": 2.5 * scale,
  });
}

/** At most this many node labels are drawn at once on a large graph: the best connected in view. */
export const MAX_LABELS_IN_VIEW = 300;

export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  degree: number;
  /** Characters in the label (an estimate of its width); 12 when not given. */
  chars?: number;
}

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** A node's diameter in model pixels, as the stylesheet sizes it (graph-style.ts). */
const diameterOf = (degree: number) => 24 + 34 * Math.min(1, Math.max(0, degree / 30));

function nodeBox(n: LabelCandidate): Extent {
  const r = diameterOf(n.degree) / 2;
  return { x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r };
}

/** Where a node's label is drawn, in model pixels, as the stylesheet places it (graph-style.ts). */
export function labelBox(n: LabelCandidate): Extent {
  const font = nodeFontSize(n.degree);
  const diameter = diameterOf(n.degree);
  // An average character is a little over half the font size wide; text wraps at 130 px.
  const textWidth = (n.chars ?? 12) * font * 0.56;
  const width = Math.min(130, textWidth);
  const height = Math.ceil(textWidth / 130) * font * 1.25;
  const top = n.y + diameter / 2 + 5;
  return { x1: n.x - width / 2, y1: top, x2: n.x + width / 2, y2: top + height };
}

const overlaps = (a: Extent, b: Extent) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Which nodes of a large graph get their label: those whose centre is in view and whose label
 * (larger for better connected nodes) would be drawn at least at the minimum readable size at this
 * zoom; the best connected first, skipping any whose label would overlap a node or a label
 * already chosen (a heap of names on top of each other reads as none), up to the cap.
 */
export function labelsInView(
  nodes: LabelCandidate[],
  view: Extent,
  zoom: number,
  cap = MAX_LABELS_IN_VIEW,
): Set<string> {
  const readable = (n: LabelCandidate) => nodeFontSize(n.degree) * zoom >= LARGE_GRAPH_MIN_FONT;
  const inside = (n: LabelCandidate) =>
    n.x >= view.x1 && n.x <= view.x2 && n.y >= view.y1 && n.y <= view.y2;
  const inView = nodes.filter(inside);
  const candidates = inView.filter(readable).sort((a, b) => b.degree - a.degree);
  // Boxes by grid cell (cells as wide as the widest label), so each test looks at a few. A label
  // box blocks every later label; a node blocks the labels of nodes no better connected than it
  // (a hub's name may cover a leaf, never the other way round), as a name half under another
  // node does not read either.
  const CELL = 140;
  const grid = new Map<string, { box: Extent; blocksBelow: number }[]>();
  const cells = (b: Extent) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++) {
      for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) keys.push(`${i},${j}`);
    }
    return keys;
  };
  const place = (box: Extent, blocksBelow: number) => {
    for (const k of cells(box)) grid.set(k, [...(grid.get(k) ?? []), { box, blocksBelow }]);
  };
  for (const n of inView) place(nodeBox(n), n.degree);
  const chosen = new Set<string>();
  for (const n of candidates) {
    if (chosen.size >= cap) break;
    const box = labelBox(n);
    const blocked = cells(box).some((k) =>
      grid.get(k)?.some((other) => other.blocksBelow >= n.degree && overlaps(box, other.box)),
    );
    if (blocked) continue;
    place(box, Infinity);
    chosen.add(n.id);
  }
  return chosen;
}

/** Large graphs: after the view settles (pan, zoom, nodes added or moved), label what is readable. */
function bindLabelsInView(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    timer = undefined;
    if (cy.destroyed()) return;
    const nodes = cy.nodes();
    if (cy.elements().length <= LARGE_GRAPH) {
      // Small graphs label every node through the stylesheet; drop marks left from a larger view.
      nodes.filter(".readable").removeClass("readable");
      return;
    }
    const candidates = nodes.map((n) => {
      const p = n.position();
      const degree = n.data("degree");
      const label = n.data("label");
      return {
        id: n.id(),
        x: p.x,
        y: p.y,
        degree: typeof degree === "number" ? degree : 0,
        chars: typeof label === "string" ? label.length : 0,
      };
    });
    const show = labelsInView(candidates, cy.extent(), cy.zoom());
    cy.batch(() =>
      nodes.forEach((node) => {
        const want = show.has(node.id());
        if (want !== node.hasClass("readable")) node.toggleClass("readable", want);
      }),
    );
  };
  // Waiting for the gesture to pause keeps panning and zooming on the cached texture.
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(update, 150);
  };
  cy.on("viewport add remove layoutstop", schedule);
  schedule();
  return () => {
    if (timer) clearTimeout(timer);
    cy.removeListener("viewport add remove layoutstop", schedule);
  };
}

/**
 * Keeps node labels readable while zoomed out: on zoom (once per frame at most) and for nodes added
 * later, labels are enlarged by labelScale. Large graphs are not restyled (that would cost frames
 * with thousands of nodes): their labels are drawn only for nodes in view once zoomed in far
 * enough to read them. Returns the unbinding.
 */
export function bindReadableLabels(cy: Core): () => void {
  let applied = 1;
  let frame = 0;
  const large = () => cy.elements().length > LARGE_GRAPH;
  const update = () => {
    frame = 0;
    const scale = large() ? 1 : labelScale(cy.zoom());
    if (scale === applied) return;
    applied = scale;
    cy.batch(() => cy.nodes().forEach((node) => scaleNode(node, scale)));
  };
  const onZoom = () => {
    if (!frame) frame = requestAnimationFrame(update);
  };
  const onAdd = (event: cytoscape.EventObject) => {
    if (applied !== 1) scaleNode(event.target as NodeSingular, applied);
  };
  cy.on("zoom", onZoom);
  cy.on("add", "node", onAdd);
  const unbindInView = bindLabelsInView(cy);
  update();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    cy.removeListener("zoom", onZoom);
    cy.removeListener("add", "node", onAdd);
    unbindInView();
  };
}
