"use client";
import type { ExtractedRelation } from "@/lib/schema/extraction";
import { relationSpec } from "@/lib/schema/relations";
import styles from "./intake.module.css";

/** The extracted relations, each with a tick box (unticked ones are not committed) and its sentence. */
export function RelationReview(props: {
  relations: ExtractedRelation[];
  names: Record<string, string>;
  dropped: ReadonlySet<number>;
  onToggle: (index: number) => void;
  onFocus: (index: number) => void;
}) {
  if (props.relations.length === 0)
    return <p className={styles.meta}>No relations found in this text.</p>;
  return (
    <ul className={styles.list} aria-label="Extracted relations">
      {props.relations.map((relation, index) => {
        const text = `${props.names[relation.subject]} ${relationSpec(relation.type).label} ${props.names[relation.object]}`;
        const kept = !props.dropped.has(index);
        return (
          <li key={index} className={`${styles.item} ${kept ? "" : styles.off}`}>
            <label className={styles.relation}>
              <input
                type="checkbox"
                checked={kept}
                onChange={() => props.onToggle(index)}
                aria-label={`Keep: ${text}`}
              />
              <span>
                <strong>{props.names[relation.subject]}</strong> {relationSpec(relation.type).label}{" "}
                <strong>{props.names[relation.object]}</strong>
                {relation.role ? <span className={styles.tag}> {relation.role}</span> : null}{" "}
                <span className={styles.tag}>{Math.round(relation.confidence * 100)}%</span>
              </span>
            </label>
            <p className={styles.sentence}>
              <button
                type="button"
                onClick={() => props.onFocus(index)}
                style={{
                  background: "none",
                  border: 0,
                  padding: 0,
                  color: "inherit",
                  cursor: "pointer",
                  textAlign: "left",
                }}
              >
                “{relation.evidence.sentence}”
              </button>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
