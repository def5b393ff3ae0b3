"use client";
import { useState } from "react";
import type { Preview } from "@/lib/ingest/article";
import type { Span } from "@/lib/ingest/highlight-spans";
import { relationSpec } from "@/lib/schema/relations";
import { EntityEditor, type EntityEdit } from "./entity-editor";
import { HighlightedText } from "./highlighted-text";
import { RelationReview } from "./relation-review";
import styles from "./intake.module.css";

export interface ReviewState {
  dropped: Set<number>;
  edits: Record<string, EntityEdit>;
}

/** The preview: the text with mentions and evidence highlighted beside relations and entities to review. */
export function PreviewPanel(props: {
  text: string;
  preview: Preview;
  review: ReviewState;
  onReview: (review: ReviewState) => void;
}) {
  const { extraction, known } = props.preview;
  const { dropped, edits } = props.review;
  const [active, setActive] = useState<string | null>(null);
  const names = Object.fromEntries(
    extraction.entities.map((e) => [e.id, edits[e.id]?.name ?? e.name]),
  );
  const types = Object.fromEntries(extraction.entities.map((e) => [e.id, e.type]));
  const spans: Span[] = [
    ...extraction.relations.map((r, i) => ({
      start: r.evidence.start,
      end: r.evidence.end,
      kind: "evidence" as const,
      ref: `relation-${i}`,
      label: `${names[r.subject]} ${relationSpec(r.type).label} ${names[r.object]}`,
      dropped: dropped.has(i),
    })),
    ...extraction.entities.flatMap((e) =>
      e.mentions.map((m) => ({
        start: m.start,
        end: m.end,
        kind: "mention" as const,
        ref: e.id,
        label: `${names[e.id]} (${e.type})`,
      })),
    ),
  ];
  const toggle = (index: number) => {
    const next = new Set(dropped);
    if (next.has(index)) next.delete(index);
    else next.add(index);
    props.onReview({ ...props.review, dropped: next });
  };
  return (
    <div className={styles.preview}>
      <section className={styles.panel} aria-label="Article with highlights">
        <h2>Text</h2>
        <HighlightedText text={props.text} spans={spans} types={types} active={active} />
      </section>
      <div style={{ display: "grid", gap: 18, alignContent: "start" }}>
        <section className={styles.panel} aria-label="Relations">
          <h2>
            Relations ({extraction.relations.length - dropped.size} of {extraction.relations.length}{" "}
            kept)
          </h2>
          <RelationReview
            relations={extraction.relations}
            names={names}
            dropped={dropped}
            onToggle={toggle}
            onFocus={(i) => setActive(`relation-${i}`)}
          />
        </section>
        <section className={styles.panel} aria-label="Entities">
          <h2>Entities ({extraction.entities.length})</h2>
          <ul className={styles.list}>
            {extraction.entities.map((entity) => (
              <EntityEditor
                key={entity.id}
                entity={entity}
                knownAs={known[entity.id]?.name ?? null}
                edit={edits[entity.id] ?? null}
                onEdit={(edit) =>
                  props.onReview({ ...props.review, edits: { ...edits, [entity.id]: edit } })
                }
                onFocus={() => setActive(entity.id)}
              />
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
