import type { Core, NodeSingular } from "cytoscape";
import { LARGE_GRAPH } from "./layouts";

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

/**
 * Keeps node labels readable while zoomed out: on zoom (once per frame at most) and for nodes added
 * later, labels are enlarged by labelScale. Large graphs are left alone (their labels show only
 * when zoomed in, and restyling thousands of nodes would cost frames). Returns the unbinding.
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
  update();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    cy.removeListener("zoom", onZoom);
    cy.removeListener("add", "node", onAdd);
  };
}
