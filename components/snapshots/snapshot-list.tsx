"use client";
import { relationSentence } from "@/lib/view/relation-label";
import { useState } from "react";
import type { Snapshot } from "@/lib/snapshots/envelope";
import type { Selection } from "./snapshot-canvas";
import styles from "./viewer.module.css";

/**
 * Every shared element as a button: the canvas in words, for keyboards, screen readers and tests.
 * Rendered when opened, so a 2,000-element snapshot does not weigh on the page's first response.
 */
export function SnapshotList({
  snapshot,
  onSelect,
}: {
  snapshot: Snapshot;
  onSelect: (s: Selection) => void;
}) {
  const [open, setOpen] = useState(false);
  const names = new Map(snapshot.nodes.map((n) => [n.id, n.label]));
  return (
    <details className={styles.list} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        All {snapshot.nodes.length} entities and {snapshot.edges.length} relations
      </summary>
      {open && (
        <>
          <ul aria-label="Shared entities">
            {snapshot.nodes.map((n) => (
              <li key={n.id}>
                <button type="button" onClick={() => onSelect({ kind: "node", id: n.id })}>
                  {n.label}
                </button>{" "}
                <span className={styles.muted}>{n.type}</span>
              </li>
            ))}
          </ul>
          <ul aria-label="Shared relations">
            {snapshot.edges.map((e) => (
              <li key={e.id}>
                <button type="button" onClick={() => onSelect({ kind: "edge", id: e.id })}>
                  {relationSentence(
                    e.type,
                    e.role,
                    names.get(e.source) ?? e.source,
                    names.get(e.target) ?? e.target,
                  )}
                </button>{" "}
                <span className={styles.muted}>({e.evidenceCount})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}
