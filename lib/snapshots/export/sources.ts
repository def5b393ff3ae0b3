import type { SnapshotEdge } from "../envelope";

/** The distinct documents behind an edge's excerpts, as "title (source)" strings. */
export function edgeSources(edge: SnapshotEdge): string[] {
  const seen = new Map<string, string>();
  for (const e of edge.evidence) {
    if (seen.has(e.documentId)) continue;
    const name = e.documentTitle ?? e.documentId;
    seen.set(e.documentId, e.source ? `${name} (${e.source})` : name);
  }
  return [...seen.values()];
}
