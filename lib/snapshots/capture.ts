import type { Core } from "cytoscape";
import type { SnapshotDraft } from "./envelope";
import { registryStyle } from "./style";

/** What the explorer knows besides the canvas: its filters, the search and focus that led here. */
export interface ViewContext {
  filters: unknown;
  search?: string;
  focus?: string[];
  /** The console's query, when the view is its result. */
  cypher?: string;
}

export interface ShareDetails {
  title: string;
  note?: string;
  expiresAt?: string | null;
}

const asString = (v: unknown, fallback = ""): string => (typeof v === "string" ? v : fallback);
const asCount = (v: unknown): number =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 ? v : 0;
const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Classes of lib/view/graph-style.ts that change how an element looks; others are transient. */
const STYLE_CLASSES = new Set(["focus", "pinned", "path", "labelled", "faded"]);
const styleClasses = (classes: string[]): string[] => classes.filter((c) => STYLE_CLASSES.has(c));

/**
 * Freezes what the canvas shows into a snapshot draft: every visible node with its position,
 * every visible edge between them, zoom, pan and canvas size. Hidden elements (filtered out in
 * the explorer) are not shared. Evidence is added by the server.
 */
export function captureDraft(cy: Core, context: ViewContext, details: ShareDetails): SnapshotDraft {
  const nodes = cy.nodes(":visible");
  const shown = new Set(nodes.map((n) => n.id()));
  const edges = cy
    .edges(":visible")
    .filter((e) => shown.has(e.data("source")) && shown.has(e.data("target")));
  const pan = cy.pan();
  return {
    title: details.title,
    note: details.note ?? "",
    expiresAt: details.expiresAt ?? null,
    query: {
      ...(context.search ? { search: context.search } : {}),
      ...(context.focus?.length ? { focus: context.focus } : {}),
      ...(context.cypher ? { cypher: context.cypher } : {}),
      ...(context.filters !== undefined ? { filters: context.filters } : {}),
    },
    viewport: {
      zoom: cy.zoom(),
      pan: { x: pan.x, y: pan.y },
      width: cy.width() || 1,
      height: cy.height() || 1,
    },
    style: registryStyle(),
    nodes: nodes.map((n) => {
      const d = n.data() as Record<string, unknown>;
      const p = n.position();
      return {
        id: n.id(),
        label: asString(d.label, n.id()),
        type: asString(d.type),
        degree: asCount(d.degree),
        aliases: Array.isArray(d.aliases)
          ? d.aliases.filter((a): a is string => typeof a === "string")
          : [],
        position: { x: round(p.x), y: round(p.y) },
        classes: styleClasses(n.classes()),
      };
    }),
    edges: edges.map((e) => {
      const d = e.data() as Record<string, unknown>;
      return {
        id: e.id(),
        source: asString(d.source),
        target: asString(d.target),
        type: asString(d.type),
        evidenceCount: asCount(d.evidenceCount),
        ...(typeof d.role === "string" && d.role ? { role: d.role.slice(0, 200) } : {}),
        ...(typeof d.sourceCount === "number" ? { sourceCount: asCount(d.sourceCount) } : {}),
        classes: styleClasses(e.classes()),
      };
    }),
  };
}
