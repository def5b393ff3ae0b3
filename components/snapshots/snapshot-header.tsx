import type { ReactNode } from "react";
import styles from "./viewer.module.css";

const utc = (iso: string) => new Date(iso).toUTCString().replace(" GMT", " UTC");

/** The viewer's header: title and counts as text (markup in a title stays text), then the actions. */
export function SnapshotHeader(props: {
  title: string;
  nodeCount: number;
  edgeCount: number;
  createdAt: string;
  expiresAt: string | null;
  source: "link" | "file";
  children?: ReactNode;
}) {
  return (
    <header className="header">
      <a className="brand" href="/">
        Liaison<small>{props.source === "file" ? "snapshot file" : "shared snapshot"}</small>
      </a>
      <div className={styles.title}>
        <h1>{props.title}</h1>
        <span className={styles.muted}>
          {props.nodeCount} entities, {props.edgeCount} relations · shared {utc(props.createdAt)}
          {props.expiresAt && <> · expires {utc(props.expiresAt)}</>}
        </span>
      </div>
      <div className={styles.toolbar}>{props.children}</div>
    </header>
  );
}
