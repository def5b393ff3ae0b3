import { relationSentence } from "@/lib/view/relation-label";
import type { Snapshot } from "@/lib/snapshots/envelope";
import styles from "./viewer.module.css";
import type { Selection } from "./snapshot-canvas";

function formatDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString().slice(0, 10);
}

/** Details of the selected entity or relation, from the snapshot alone (no request to the graph). */
export function SnapshotDetails({
  snapshot,
  selection,
}: {
  snapshot: Snapshot;
  selection: Selection;
}) {
  if (!selection) return null;
  const names = new Map(snapshot.nodes.map((n) => [n.id, n.label]));
  if (selection.kind === "node") {
    const node = snapshot.nodes.find((n) => n.id === selection.id);
    if (!node) return null;
    const relations = snapshot.edges.filter((e) => e.source === node.id || e.target === node.id);
    return (
      <aside className={styles.details} aria-label="Details">
        <h2>{node.label}</h2>
        <p className={styles.muted}>
          {node.type} · {node.degree} relations in the graph when shared
        </p>
        {node.aliases.length > 0 && <p>Also known as: {node.aliases.join(", ")}</p>}
        <h3>In this snapshot ({relations.length})</h3>
        <ul>
          {relations.map((e) => (
            <li key={e.id}>
              {relationSentence(
                e.type,
                e.role,
                names.get(e.source) ?? e.source,
                names.get(e.target) ?? e.target,
              )}
            </li>
          ))}
        </ul>
      </aside>
    );
  }
  const edge = snapshot.edges.find((e) => e.id === selection.id);
  if (!edge) return null;
  return (
    <aside className={styles.details} aria-label="Details">
      <h2>
        {relationSentence(
          edge.type,
          edge.role,
          names.get(edge.source) ?? edge.source,
          names.get(edge.target) ?? edge.target,
        )}
      </h2>
      <p className={styles.muted}>
        {edge.evidenceCount} {edge.evidenceCount === 1 ? "sentence" : "sentences"}
        {edge.sourceCount != null &&
          `, ${edge.sourceCount} ${edge.sourceCount === 1 ? "source" : "sources"}`}{" "}
        when shared
      </p>
      <h3>Evidence</h3>
      {edge.evidence.length === 0 && (
        <p className={styles.muted}>No excerpts were stored with this relation.</p>
      )}
      {edge.evidence.length > 0 && edge.evidence.length < edge.evidenceCount && (
        <p className={styles.muted}>The snapshot keeps the newest {edge.evidence.length}.</p>
      )}
      <ol className={styles.evidence}>
        {edge.evidence.map((e, i) => (
          <li key={i}>
            <blockquote>{e.sentence}</blockquote>
            <p className={styles.muted}>
              {e.documentTitle ?? e.documentId}
              {e.source && <> · {e.source}</>}
              {formatDate(e.date ?? e.publishedAt) && <> · {formatDate(e.date ?? e.publishedAt)}</>}
            </p>
          </li>
        ))}
      </ol>
    </aside>
  );
}
