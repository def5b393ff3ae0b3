import type { ElementDefinition } from "cytoscape";
import type { Snapshot } from "./envelope";
import { edgeLabel } from "@/lib/view/relation-label";
import { relationLabel } from "./style";

/**
 * A snapshot as Cytoscape elements, with the data graph-style.ts reads (label, type, degree,
 * evidenceCount) and each node at its saved position, for a `preset` layout.
 */
export function snapshotElements(snapshot: Snapshot): ElementDefinition[] {
  const nodes: ElementDefinition[] = snapshot.nodes.map((n) => ({
    group: "nodes",
    data: { id: n.id, label: n.label, type: n.type, degree: n.degree, aliases: n.aliases },
    position: { x: n.position.x, y: n.position.y },
    classes: n.classes,
  }));
  const edges: ElementDefinition[] = snapshot.edges.map((e) => ({
    group: "edges",
    data: {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      evidenceCount: e.evidenceCount,
      label: edgeLabel(e.type, e.role, relationLabel(snapshot.style, e.type)),
      ...(e.role ? { role: e.role } : {}),
      ...(e.sourceCount != null
        ? { sourceCount: e.sourceCount, corroboration: e.sourceCount >= 2 ? "multiple" : "single" }
        : {}),
    },
    classes: e.classes,
  }));
  return [...nodes, ...edges];
}

/**
 * Pan for a canvas of another size than the one shared from: the same zoom, and the picture's
 * centre kept at the canvas centre. With the same size it is the saved pan, unchanged.
 */
export function panFor(
  snapshot: Snapshot,
  width: number,
  height: number,
): { x: number; y: number } {
  const { pan, width: savedWidth, height: savedHeight } = snapshot.viewport;
  return {
    x: savedWidth ? pan.x + (width - savedWidth) / 2 : pan.x,
    y: savedHeight ? pan.y + (height - savedHeight) / 2 : pan.y,
  };
}

/** "Explore from here": the explorer focused on the chosen entities (all shared ones by default). */
export function exploreHref(ids: string[], max = 50): string {
  return `/?focus=${ids.slice(0, max).map(encodeURIComponent).join(",")}`;
}
