"use client";
import { type ReactNode, useEffect, useState } from "react";
import type { DocumentDetail } from "@/lib/ingest/documents";
import type { Span } from "@/lib/ingest/highlight-spans";
import { fetchDocument } from "./api";
import { HighlightedText } from "./highlighted-text";
import styles from "./intake.module.css";

type State =
  | { state: "loading" }
  | { state: "ready"; doc: DocumentDetail }
  | { state: "error"; message: string };

/**
 * A document's text with every entity mention underlined and every evidence sentence shaded;
 * `entityId` picks out one entity's mentions. The explorer's details panel can embed it.
 */
export function DocumentView(props: {
  id: string;
  entityId?: string | null;
  compact?: boolean;
  extra?: (doc: DocumentDetail) => ReactNode;
}) {
  const [view, setView] = useState<State>({ state: "loading" });
  const [arrived, setArrived] = useState<number | null>(null);
  const [active, setActive] = useState<string | null>(props.entityId ?? null);
  useEffect(() => {
    let alive = true;
    fetchDocument(props.id).then(
      (doc) => alive && setView({ state: "ready", doc }),
      (error: Error) => alive && setView({ state: "error", message: error.message }),
    );
    return () => {
      alive = false;
    };
  }, [props.id]);
  // The sentence a reader came for (`#evidence-<start>` from the explorer) is marked and scrolled to.
  useEffect(() => {
    if (view.state !== "ready") return;
    const start = /^#evidence-(\d+)$/.exec(window.location.hash)?.[1];
    if (start != null) setArrived(Number(start));
    if (window.location.hash)
      document.getElementById(window.location.hash.slice(1))?.scrollIntoView({ block: "center" });
  }, [view.state]);

  if (view.state === "loading") return <p className={styles.meta}>Loading the document…</p>;
  if (view.state === "error")
    return (
      <p role="alert" className={styles.error}>
        {view.message}
      </p>
    );
  const { document: doc, mentions, evidence } = view.doc;
  const names = Object.fromEntries(mentions.map((m) => [m.entityId, m.name]));
  const spans: Span[] = [
    ...evidence.map((v) => ({
      start: v.start,
      end: v.end,
      kind: "evidence" as const,
      ref: v.relationId,
      label: `${names[v.subjectId] ?? v.subjectId} ${v.label} ${names[v.objectId] ?? v.objectId}`,
    })),
    ...mentions.flatMap((m) =>
      m.starts.map((start, i) => ({
        start,
        end: m.ends[i] ?? start,
        kind: "mention" as const,
        ref: m.entityId,
        label: `${m.name} (${m.type})`,
      })),
    ),
  ];
  const types = Object.fromEntries(mentions.map((m) => [m.entityId, m.type]));
  const came = arrived != null ? evidence.find((v) => v.start === arrived) : undefined;
  return (
    <article
      className={props.compact ? undefined : styles.docLayout}
      aria-label={`Document: ${doc.title ?? doc.id}`}
    >
      <div className={styles.panel}>
        <h1 style={{ fontSize: 20, margin: "0 0 4px" }}>{doc.title ?? "Untitled document"}</h1>
        <p className={styles.meta}>
          {[
            doc.source,
            doc.publishedAt,
            `${evidence.length} evidence sentences`,
            `extractor ${doc.extractorVersion ?? "?"}`,
          ]
            .filter(Boolean)
            .join(" · ")}
        </p>
        {came && (
          <p className={styles.arrivedNote} role="note" aria-label="The sentence you came for">
            You came for the sentence marked in orange: “{came.sentence}”
          </p>
        )}
        <HighlightedText
          text={doc.text}
          spans={spans}
          types={types}
          active={active}
          arrived={arrived}
        />
      </div>
      {!props.compact && (
        <aside className={styles.panel} aria-label="Entities mentioned">
          <h2>Entities mentioned ({mentions.length})</h2>
          <ul className={styles.legendList}>
            {mentions.map((m) => (
              <li key={m.entityId}>
                <button
                  type="button"
                  aria-pressed={active === m.entityId}
                  onClick={() => setActive(active === m.entityId ? null : m.entityId)}
                >
                  {m.name}
                </button>{" "}
                <span className={styles.tag}>{m.count}×</span>{" "}
                <a href={`/?focus=${encodeURIComponent(m.entityId)}`}>graph</a>
              </li>
            ))}
          </ul>
          {props.extra?.(view.doc)}
        </aside>
      )}
    </article>
  );
}
