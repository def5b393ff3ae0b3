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

/** Where a name goes around its node: under it (the stylesheet's place), else where it has room. */
export type LabelSide = "bottom" | "top" | "right" | "left";
const SIDES: readonly LabelSide[] = ["bottom", "top", "right", "left"];

/** Where a node's label was last placed (node scratch data); bottom when never moved. */
const SIDE_KEY = "_liaisonLabelSide";

function sideStyle(side: LabelSide, scale: number) {
  const gap = 5 * scale;
  switch (side) {
    case "bottom":
      return {
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-x": 0,
        "text-margin-y": gap,
      };
    case "top":
      return {
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-x": 0,
        "text-margin-y": -gap,
      };
    case "right":
      return {
        "text-valign": "center",
        "text-halign": "right",
        "text-margin-x": gap,
        "text-margin-y": 0,
      };
    case "left":
      return {
        "text-valign": "center",
        "text-halign": "left",
        "text-margin-x": -gap,
        "text-margin-y": 0,
      };
  }
}

/** Sizes a node's label by `scale` and puts it on the side it was given (bottom by default). */
function scaleNode(node: NodeSingular, scale: number): void {
  const side: LabelSide = node.scratch(SIDE_KEY) ?? "bottom";
  if (scale === 1 && side === "bottom") {
    node.removeStyle(
      "font-size text-max-width text-outline-width text-valign text-halign text-margin-x text-margin-y",
    );
    return;
  }
  node.style({
    "font-size": nodeFontSize(node.data("degree")) * scale,
    "text-max-width": `${130 * scale}px`,
    "text-outline-width": 2.5 * scale,
    ...sideStyle(side, scale),
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
  /** Labelled before every other node and whatever it overlaps: focused, selected, on a path. */
  first?: boolean;
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
export function labelBox(n: LabelCandidate, scale = 1, side: LabelSide = "bottom"): Extent {
  const font = nodeFontSize(n.degree) * scale;
  const radius = nodeDiameter(n.degree) / 2;
  const gap = 5 * scale;
  // An average character is a little over half the font size wide; text wraps at 130 px (scaled).
  const textWidth = (n.chars ?? 12) * font * 0.56;
  const wrapAt = 130 * scale;
  const width = Math.min(wrapAt, textWidth);
  const height = Math.ceil(textWidth / wrapAt) * font * 1.25;
  switch (side) {
    case "bottom": {
      const top = n.y + radius + gap;
      return { x1: n.x - width / 2, y1: top, x2: n.x + width / 2, y2: top + height };
    }
    case "top": {
      const bottom = n.y - radius - gap;
      return { x1: n.x - width / 2, y1: bottom - height, x2: n.x + width / 2, y2: bottom };
    }
    case "right": {
      const left = n.x + radius + gap;
      return { x1: left, y1: n.y - height / 2, x2: left + width, y2: n.y + height / 2 };
    }
    case "left": {
      const right = n.x - radius - gap;
      return { x1: right - width, y1: n.y - height / 2, x2: right, y2: n.y + height / 2 };
    }
  }
}

const within = (a: Extent, b: Extent) =>
  a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;
const overlaps = (a: Extent, b: Extent) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * Which nodes of a large graph get their label, and how much it is enlarged: nodes whose centre is
 * in view, the best connected first, each only where its label, drawn at least at the readable
 * size, would overlap no label already chosen and no node as well connected, up to the cap. Zoomed
 * in, that is most names in view; zoomed out to an overview, the names of the hubs that fit
 * (as Bloom and Linkurious keep the large nodes captioned), never a heap of them. Nodes marked
 * `first` (focused, selected, on a path) are labelled before all others whatever they overlap.
 * `scaleFor` gives a label's enlargement (a small graph passes its one zoom scale for all);
 * `sides`, when given, lets a name move around its node and says where; `onScreen` is the part of
 * the graph on screen, where a name should stay when a side allows (the view by default).
 */
export function labelsInView(
  nodes: LabelCandidate[],
  view: Extent,
  zoom: number,
  cap = MAX_LABELS_IN_VIEW,
  scaleFor: (degree: number) => number = (degree) => largeLabelScale(degree, zoom),
  sides?: Map<string, LabelSide>,
  onScreen: Extent = view,
): Map<string, number> {
  const chosen = new Map<string, number>();
  if (!(zoom > 0 && Number.isFinite(zoom))) return chosen;
  const inside = (n: LabelCandidate) =>
    n.x >= view.x1 && n.x <= view.x2 && n.y >= view.y1 && n.y <= view.y2;
  const inView = nodes.filter(inside);
  const rank = (n: LabelCandidate) => (n.first ? Infinity : n.degree);
  const candidates = [...inView].sort((a, b) => rank(b) - rank(a) || b.degree - a.degree);
  // Boxes by grid cell, so each test looks at a few. A label box blocks every later label; a node
  // blocks the labels of nodes no better connected than it (a hub's name may cover a leaf, never
  // the other way round), as a name half under another node does not read either.
  const cell = 140 * Math.max(1, scaleFor(0));
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
    const scale = scaleFor(n.degree);
    const blocked = (box: Extent) =>
      cells(box).some((k) =>
        grid.get(k)?.some((other) => other.blocksBelow >= n.degree && overlaps(box, other.box)),
      );
    // Under the node, else the first other side with room (when the caller takes sides); a side
    // that stays on screen before one that would be cut off at the canvas edge.
    const free = (sides ? SIDES : SIDES.slice(0, 1)).filter((s) => !blocked(labelBox(n, scale, s)));
    const side = free.find((s) => within(labelBox(n, scale, s), onScreen)) ?? free[0];
    if (!side && !n.first) continue;
    place(labelBox(n, scale, side ?? "bottom"), Infinity);
    chosen.set(n.id, scale);
    if (side && side !== "bottom") sides?.set(n.id, side);
  }
  return chosen;
}

const EVERYWHERE: Extent = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity };

/**
 * After the view settles (pan, zoom, nodes added or moved), label what reads: on a large graph the
 * best-connected nodes in view at a readable size, on a small one every node whose name has room.
 */
function bindLabelsInView(cy: Core): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    timer = undefined;
    if (cy.destroyed()) return;
    const nodes = cy.nodes();
    const sides = new Map<string, LabelSide>();
    /**
     * Draws a node's label on its side (bottom unless `sides` says otherwise) at `scale`, restyling
     * only on a change. Large graphs keep each node's scale; small ones share bindReadableLabels'.
     */
    const setLabel = (node: NodeSingular, scale: number, ownScale: boolean) => {
      const side = sides.get(node.id()) ?? "bottom";
      const sameSide = (node.scratch(SIDE_KEY) ?? "bottom") === side;
      if (sameSide && (!ownScale || (node.scratch(SCALE_KEY) ?? 1) === scale)) return;
      node.scratch(SIDE_KEY, side);
      if (ownScale) node.scratch(SCALE_KEY, scale);
      scaleNode(node, scale);
    };
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
        first: n.hasClass("focus") || n.hasClass("path") || n.selected(),
      };
    });
    if (cy.elements().length <= LARGE_GRAPH) {
      // Small graphs label every node at one scale (bindReadableLabels), except where a name would
      // lie on a better-connected name or node: that one waits for a zoom in or a hover (as Ogma's
      // preventOverlap does), rather than drawing two names into one unreadable smear.
      const scale = labelScale(cy.zoom());
      const show = labelsInView(
        candidates,
        EVERYWHERE,
        cy.zoom(),
        Infinity,
        () => scale,
        sides,
        cy.extent(),
      );
      cy.batch(() =>
        nodes.forEach((node) => {
          if (node.hasClass("readable")) {
            // A mark left from a larger view.
            node.removeClass("readable");
            node.removeScratch(SCALE_KEY);
            node.removeScratch(SIDE_KEY);
            scaleNode(node, scale);
          }
          const crowded = !show.has(node.id());
          if (crowded !== node.hasClass("crowded")) node.toggleClass("crowded", crowded);
          setLabel(node, scale, false);
        }),
      );
      return;
    }
    nodes.filter(".crowded").removeClass("crowded");
    const show = labelsInView(candidates, cy.extent(), cy.zoom(), undefined, undefined, sides);
    cy.batch(() =>
      nodes.forEach((node) => {
        const scale = show.get(node.id());
        const want = scale !== undefined;
        if (want !== node.hasClass("readable")) node.toggleClass("readable", want);
        setLabel(node, scale ?? 1, true);
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
