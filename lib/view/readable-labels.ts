import type { Core, NodeSingular } from "cytoscape";
import { nodeDiameter } from "./graph-style";
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

/** Where a large graph keeps the scale its label was last drawn at (node scratch data). */
const SCALE_KEY = "_liaisonLabelScale";

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

function nodeBox(n: LabelCandidate): Extent {
  const r = nodeDiameter(n.degree) / 2;
  return { x1: n.x - r, y1: n.y - r, x2: n.x + r, y2: n.y + r };
}

/**
 * How much a large graph's label is enlarged to be drawn at the readable size at this zoom: 1 when
 * it already is, else in steps of 1/8 rounded up (so a restyle happens only when the step changes).
 */
export function largeLabelScale(degree: number, zoom: number): number {
  const onScreen = nodeFontSize(degree) * zoom;
  if (onScreen >= LARGE_GRAPH_MIN_FONT) return 1;
  return Math.ceil((LARGE_GRAPH_MIN_FONT / onScreen) * 8) / 8;
}

/**
 * Where a node's label is drawn, in model pixels, as the stylesheet places it (graph-style.ts),
 * enlarged by `scale` as scaleNode enlarges it.
 */
export function labelBox(n: LabelCandidate, scale = 1): Extent {
  const font = nodeFontSize(n.degree) * scale;
  const diameter = nodeDiameter(n.degree);
  // An average character is a little over half the font size wide; text wraps at 130 px (scaled).
  const textWidth = (n.chars ?? 12) * font * 0.56;
  const wrapAt = 130 * scale;
  const width = Math.min(wrapAt, textWidth);
  const height = Math.ceil(textWidth / wrapAt) * font * 1.25;
  const top = n.y + diameter / 2 + 5 * scale;
  return { x1: n.x - width / 2, y1: top, x2: n.x + width / 2, y2: top + height };
}

const overlaps = (a: Extent, b: Extent) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Which nodes of a large graph get their label, and how much it is enlarged: nodes whose centre is
 * in view, the best connected first, each only where its label, drawn at least at the readable
 * size, would overlap no label already chosen and no node as well connected, up to the cap. Zoomed
 * in, that is most names in view; zoomed out to an overview, the names of the hubs that fit
 * (as Bloom and Linkurious keep the large nodes captioned), never a heap of them.
 */
export function labelsInView(
  nodes: LabelCandidate[],
  view: Extent,
  zoom: number,
  cap = MAX_LABELS_IN_VIEW,
): Map<string, number> {
  const chosen = new Map<string, number>();
  if (!(zoom > 0 && Number.isFinite(zoom))) return chosen;
  const inside = (n: LabelCandidate) =>
    n.x >= view.x1 && n.x <= view.x2 && n.y >= view.y1 && n.y <= view.y2;
  const inView = nodes.filter(inside);
  const candidates = [...inView].sort((a, b) => b.degree - a.degree);
  // Boxes by grid cell, so each test looks at a few. A label box blocks every later label; a node
  // blocks the labels of nodes no better connected than it (a hub's name may cover a leaf, never
  // the other way round), as a name half under another node does not read either.
  const cell = 140 * Math.max(1, largeLabelScale(0, zoom));
  const grid = new Map<string, { box: Extent; blocksBelow: number }[]>();
  const cells = (b: Extent) => {
    const keys: string[] = [];
    for (let i = Math.floor(b.x1 / cell); i <= Math.floor(b.x2 / cell); i++) {
      for (let j = Math.floor(b.y1 / cell); j <= Math.floor(b.y2 / cell); j++)
        keys.push(`${i},${j}`);
    }
    return keys;
  };
  const place = (box: Extent, blocksBelow: number) => {
    for (const k of cells(box)) {
      const here = grid.get(k);
      if (here) here.push({ box, blocksBelow });
      else grid.set(k, [{ box, blocksBelow }]);
    }
  };
  for (const n of inView) place(nodeBox(n), n.degree);
  for (const n of candidates) {
    if (chosen.size >= cap) break;
    const scale = largeLabelScale(n.degree, zoom);
    const box = labelBox(n, scale);
    const blocked = cells(box).some((k) =>
      grid.get(k)?.some((other) => other.blocksBelow >= n.degree && overlaps(box, other.box)),
    );
    if (blocked) continue;
    place(box, Infinity);
    chosen.set(n.id, scale);
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
    const setScale = (node: NodeSingular, scale: number) => {
      if ((node.scratch(SCALE_KEY) ?? 1) === scale) return;
      node.scratch(SCALE_KEY, scale);
      scaleNode(node, scale);
    };
    if (cy.elements().length <= LARGE_GRAPH) {
      // Small graphs label every node through the stylesheet; drop marks left from a larger view.
      cy.batch(() =>
        nodes.filter(".readable").forEach((node) => {
          node.removeClass("readable");
          setScale(node, 1);
        }),
      );
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
        const scale = show.get(node.id());
        const want = scale !== undefined;
        if (want !== node.hasClass("readable")) node.toggleClass("readable", want);
        setScale(node, scale ?? 1);
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
