import type { ElementDefinition } from "cytoscape";
import type { GraphEdge, GraphNode } from "@/lib/schema/graph";
import { edgeLabel } from "./relation-label";

/** An edge as the canvas may get it: the explorer's carry role and sources, the console's need not. */
export type DrawnEdge = GraphEdge & {
  role?: string | null;
  sources?: string[];
  documentIds?: string[];
};

/** "single" when every document behind a line comes from one source; "multiple" when corroborated. */
export function corroboration(edge: Pick<DrawnEdge, "sources">): "single" | "multiple" | undefined {
  if (!edge.sources) return undefined;
  return edge.sources.length >= 2 ? "multiple" : "single";
}

/** The one place that knows Cytoscape's element format: domain graph in, elements out. */
export function toElements(graph: { nodes: GraphNode[]; edges: DrawnEdge[] }): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: "nodes",
    data: {
      id: node.id,
      label: node.name,
      type: node.type,
      degree: node.degree,
      aliases: node.aliases,
    },
  }));
  const edges: ElementDefinition[] = graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => {
      const level = corroboration(edge);
      return {
        group: "edges",
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          label: edgeLabel(edge.type, edge.role),
          evidenceCount: edge.evidenceCount,
          ...(edge.role ? { role: edge.role } : {}),
          ...(level ? { corroboration: level, sourceCount: edge.sources!.length } : {}),
        },
      };
    });
  return [...nodes, ...edges];
}
