import type { GraphData } from "@/lib/schema/graph";
import { relationSpec } from "@/lib/schema/relations";

export interface GraphListProps {
  graph: GraphData;
  /** Shown on screen (the "List view" panel) or only to assistive technology. */
  visible?: boolean;
  onSelect?: (kind: "node" | "edge", id: string) => void;
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
            {item("edge", e.id, `${names.get(e.source)} ${relationSpec(e.type).label} ${names.get(e.target)} (${e.evidenceCount} ${e.evidenceCount === 1 ? "source" : "sources"})`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
