import type { GraphNode } from "@/lib/schema/graph";
import { relationSentence } from "@/lib/view/relation-label";
import type { DrawnEdge } from "@/lib/view/to-elements";

export interface GraphListProps {
  graph: { nodes: GraphNode[]; edges: DrawnEdge[] };
  /** Shown on screen (the "List view" panel) or only to assistive technology. */
  visible?: boolean;
  onSelect?: (kind: "node" | "edge", id: string) => void;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 sentences, 2 documents, 1 source": how well a line is backed, in words. */
export function backing(edge: DrawnEdge): string {
  const parts = [plural(edge.evidenceCount, "sentence")];
  if (edge.documentIds) parts.push(plural(edge.documentIds.length, "document"));
  if (edge.sources) parts.push(plural(edge.sources.length, "source"));
  return parts.join(", ");
}

/** The visible graph as text, for screen readers, keyboard users and tests (a canvas has no words). */
export function GraphList({ graph, visible = false, onSelect }: GraphListProps) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const item = (kind: "node" | "edge", id: string, text: string) =>
    onSelect ? (
      <button type="button" className="link" onClick={() => onSelect(kind, id)}>
        {text}
      </button>
    ) : (
      text
    );
  return (
    <section className={visible ? "graph-list" : "sr-only"} aria-label="Visible graph as a list">
      <h2>Entities ({graph.nodes.length})</h2>
      <ul aria-label="Visible entities">
        {graph.nodes.map((n) => (
          <li key={n.id}>{item("node", n.id, `${n.name} (${n.type}, ${n.degree} relations)`)}</li>
        ))}
      </ul>
      <h2>Relations ({graph.edges.length})</h2>
      <ul aria-label="Visible relations">
        {graph.edges.map((e) => (
          <li key={e.id}>
            {item(
              "edge",
              e.id,
              `${relationSentence(e.type, e.role, names.get(e.source) ?? e.source, names.get(e.target) ?? e.target)} (${backing(e)})`,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
