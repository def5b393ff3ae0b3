"use client";
import type { Core } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { Snapshot } from "@/lib/snapshots/envelope";
import styles from "./snapshots.module.css";
import {
  download,
  EXPORT_FORMATS,
  exportFiles,
  type ExportFormat,
} from "@/lib/snapshots/export/formats";

/** "Export" button with a menu of formats; works on any canvas plus the snapshot describing it. */
export function ExportMenu({
  getCy,
  getSnapshot,
}: {
  getCy: () => Core | null;
  getSnapshot: () => Snapshot | null;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) =>
      root.current?.contains(event.target as Node) || setOpen(false);
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);

  function run(format: ExportFormat) {
    setOpen(false);
    const cy = getCy();
    const snapshot = getSnapshot();
    if (!cy || !snapshot) {
      setError("Nothing to export yet.");
      return;
    }
    try {
      exportFiles(format, cy, snapshot).forEach(download);
      setError(null);
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  return (
    <div className={styles.menu} ref={root} onKeyDown={(e) => e.key === "Escape" && setOpen(false)}>
      <button
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <ul role="menu" aria-label="Export formats" className={styles.menuList}>
          {EXPORT_FORMATS.map((f) => (
            <li key={f.id} role="none">
              <button type="button" role="menuitem" onClick={() => run(f.id)}>
                {f.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}
