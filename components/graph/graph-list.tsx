import type { GraphData } from "@/lib/schema/graph";
import { relationSpec } from "@/lib/schema/relations";

/** The visible graph as text, for screen readers and tests (a canvas has no words). */
export function GraphList({ graph }: { graph: GraphData }) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  return (
    <section className="sr-only" aria-label="Visible graph as a list">
      <h2>Entities ({graph.nodes.length})</h2>
      <ul aria-label="Visible entities">
        {graph.nodes.map((n) => (
          <li key={n.id}>
            {n.name} ({n.type})
          </li>
        ))}
      </ul>
      <h2>Relations ({graph.edges.length})</h2>
      <ul aria-label="Visible relations">
        {graph.edges.map((e) => (
          <li key={e.id}>
            {names.get(e.source)} {relationSpec(e.type).label} {names.get(e.target)} ({e.evidenceCount} sources)
          </li>
        ))}
      </ul>
    </section>
  );
}
