"use client";
import { useEffect, useState } from "react";
import type { Snapshot } from "@/lib/snapshots/envelope";
import { parseSnapshot } from "@/lib/snapshots/upgrade";
import { SnapshotHeader } from "./snapshot-header";
import { SnapshotViewer } from "./snapshot-viewer";
import styles from "./viewer.module.css";

export interface SnapshotSummaryProps {
  id: string;
  title: string;
  nodeCount: number;
  edgeCount: number;
  createdAt: string;
  expiresAt: string | null;
}

type State =
  | { state: "loading" }
  | { state: "ready"; snapshot: Snapshot }
  | { state: "error"; message: string };

/**
 * The viewer of a shared link: the server renders the header from the snapshot's summary; the
 * envelope itself (up to megabytes) comes from GET /api/snapshots/{id}, read and checked here.
 */
export function RemoteSnapshotViewer({ summary }: { summary: SnapshotSummaryProps }) {
  const [view, setView] = useState<State>({ state: "loading" });
  useEffect(() => {
    let alive = true;
    fetch(`/api/snapshots/${encodeURIComponent(summary.id)}`)
      .then(async (response) => {
        const body = await response.json();
        if (!response.ok)
          throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
        if (alive) setView({ state: "ready", snapshot: parseSnapshot(body) });
      })
      .catch(
        (error: unknown) =>
          alive &&
          setView({
            state: "error",
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    return () => {
      alive = false;
    };
  }, [summary.id]);

  if (view.state === "ready") return <SnapshotViewer snapshot={view.snapshot} source="link" />;
  return (
    <div className={styles.page}>
      <SnapshotHeader {...summary} source="link" />
      <main className={styles.gone} role={view.state === "error" ? "alert" : "status"}>
        {view.state === "loading" ? "Loading the snapshot…" : view.message}
      </main>
    </div>
  );
}
