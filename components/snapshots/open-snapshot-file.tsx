"use client";
import { useState, type ChangeEvent } from "react";
import type { Snapshot } from "@/lib/snapshots/envelope";
import { parseSnapshot } from "@/lib/snapshots/upgrade";
import { AppError } from "@/lib/errors";
import { SnapshotViewer } from "./snapshot-viewer";
import styles from "./pages.module.css";

function problem(error: unknown): string {
  if (error instanceof SyntaxError) return "This file is not JSON.";
  if (error instanceof AppError) {
    const first = error.issues?.[0];
    return first ? `${error.message} ${first.path || "(top)"}: ${first.message}` : error.message;
  }
  return String(error);
}

/** Opens a snapshot JSON file (exported from Liaison, any known version) in the read-only viewer. */
export function OpenSnapshotFile() {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function open(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      setSnapshot(parseSnapshot(JSON.parse(await file.text())));
      setError(null);
    } catch (e) {
      setError(problem(e));
    }
  }

  if (snapshot) return <SnapshotViewer snapshot={snapshot} source="file" />;
  return (
    <div className={styles.page}>
      <header className="header">
        <a className="brand" href="/">
          Liaison<small>open a snapshot file</small>
        </a>
      </header>
      <main className={styles.main}>
        <h1>Open a snapshot file</h1>
        <p className={styles.muted}>
          A snapshot JSON file exported from Liaison (Export → Snapshot JSON) opens here as it was
          shared. Nothing is uploaded.
        </p>
        <label className={styles.file}>
          Snapshot file
          <input type="file" accept="application/json,.json" onChange={open} />
        </label>
        {error && <p role="alert">{error}</p>}
      </main>
    </div>
  );
}
