"use client";
import { useCallback, useEffect, useState } from "react";
import type { Correction } from "@/lib/corrections/corrections";
import styles from "@/components/documents/documents.module.css";
import { correctionsApi, describeCorrection } from "./correction-panel";

/** The /corrections page: who changed what the extractor found, when and why; Undo for those in force. */
export function CorrectionList() {
  const [items, setItems] = useState<Correction[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    fetch("/api/corrections", { cache: "no-store" })
      .then((r) => r.json())
      .then(
        (b: { corrections: Correction[] }) => setItems(b.corrections),
        () => setError("The corrections could not be loaded."),
      );
  }, []);
  useEffect(load, [load]);
  const undo = async (c: Correction) => {
    try {
      await correctionsApi.undo(c.id);
      load();
    } catch (e) {
      setError(e instanceof Error ? e.message : "The undo failed.");
    }
  };
  return (
    <main className={styles.page}>
      <nav className={styles.nav} aria-label="Corrections navigation">
        <a href="/">← Back to the graph</a>
        <a href="/documents">Documents</a>
      </nav>
      <h1>Corrections by hand</h1>
      {error && <p role="alert">{error}</p>}
      {items?.length === 0 && (
        <p className={styles.meta}>
          No corrections yet. Correct a relation from its details in the explorer.
        </p>
      )}
      {items && items.length > 0 && (
        <ul aria-label="Corrections">
          {items.map((c) => (
            <li key={c.id}>
              <a
                href={`/?focus=${encodeURIComponent(c.subjectId)},${encodeURIComponent(c.objectId)}`}
              >
                {c.relationId}
              </a>
              : {describeCorrection(c)}
              {c.undoneAt ? (
                <span className={styles.meta}> (undone by {c.undoneBy})</span>
              ) : (
                <>
                  {" "}
                  <button type="button" onClick={() => void undo(c)}>
                    Undo
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
