import type { ElementDefinition } from "cytoscape";
import type { GraphData } from "@/lib/schema/graph";
import { relationSpec } from "@/lib/schema/relations";

/** The one place that knows Cytoscape's element format: domain graph in, elements out. */
export function toElements(graph: GraphData): ElementDefinition[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = graph.nodes.map((node) => ({
    group: "nodes",
    data: { id: node.id, label: node.name, type: node.type, degree: node.degree, aliases: node.aliases },
  }));
  const edges: ElementDefinition[] = graph.edges
    .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
    .map((edge) => ({
      group: "edges",
      data: {
        id: edge.id,
        source: edge.source,
        target: edge.target,
        type: edge.type,
        label: relationSpec(edge.type).label,
        evidenceCount: edge.evidenceCount,
      },
    }));
  return [...nodes, ...edges];
}
