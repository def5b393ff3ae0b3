"use client";
import type { Core } from "cytoscape";
import { useCallback, useRef, useState } from "react";
import { Legend } from "@/components/graph/legend";
import type { Snapshot } from "@/lib/snapshots/envelope";
import { exploreHref } from "@/lib/snapshots/elements";
import { ExportMenu } from "./export-menu";
import { SnapshotCanvas, type Selection } from "./snapshot-canvas";
import { SnapshotDetails } from "./snapshot-details";
import { SnapshotHeader } from "./snapshot-header";
import { SnapshotList } from "./snapshot-list";
import styles from "./viewer.module.css";

/** How the view was made: the search and the focused entities saved with it. */
function ViewOrigin({ snapshot }: { snapshot: Snapshot }) {
  const { search, focus, cypher } = snapshot.query;
  if (!search && !focus?.length && !cypher) return null;
  const names = new Map(snapshot.nodes.map((n) => [n.id, n.label]));
  return (
    <p className={`${styles.note} ${styles.muted}`} aria-label="How this view was made">
      {search && <>Search “{search}”. </>}
      {focus?.length ? <>Focused on {focus.map((id) => names.get(id) ?? id).join(", ")}.</> : null}
      {cypher && <code className={styles.cypher}>{cypher}</code>}
    </p>
  );
}

/** The read-only viewer of one snapshot: its picture, details and evidence, exports, a way back to the live graph. */
export function SnapshotViewer({
  snapshot,
  source,
}: {
  snapshot: Snapshot;
  source: "link" | "file";
}) {
  const cy = useRef<Core | null>(null);
  const [selection, setSelection] = useState<Selection>(null);
  const onReady = useCallback((instance: Core | null) => (cy.current = instance), []);
  const select = (next: Selection) => {
    cy.current?.elements().unselect();
    if (next) cy.current?.getElementById(next.id).select();
    setSelection(next);
  };

  return (
    <div className={styles.page}>
      <SnapshotHeader
        title={snapshot.title}
        nodeCount={snapshot.nodes.length}
        edgeCount={snapshot.edges.length}
        createdAt={snapshot.createdAt}
        expiresAt={snapshot.expiresAt}
        source={source}
      >
        <a
          className={styles.explore}
          href={exploreHref(
            selection?.kind === "node" ? [selection.id] : snapshot.nodes.map((n) => n.id),
          )}
        >
          Explore from here
        </a>
        <ExportMenu getCy={() => cy.current} getSnapshot={() => snapshot} />
      </SnapshotHeader>
      <main className="workspace">
        <SnapshotCanvas
          snapshot={snapshot}
          onReady={onReady}
          onSelect={setSelection}
          label={`Snapshot of ${snapshot.nodes.length} entities and ${snapshot.edges.length} relations`}
        />
        <Legend />
        <div className={styles.side}>
          {snapshot.note && (
            <section className={styles.note} aria-label="Note">
              {snapshot.note}
            </section>
          )}
          <ViewOrigin snapshot={snapshot} />
          <SnapshotDetails snapshot={snapshot} selection={selection} />
          <SnapshotList snapshot={snapshot} onSelect={select} />
        </div>
      </main>
    </div>
  );
}
