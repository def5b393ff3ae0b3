"use client";
import { useEffect, useState } from "react";
import { ENTITY_STYLE, type EntityType } from "@/lib/schema/entity-types";
import type { ExtractedEntity } from "@/lib/schema/extraction";
import { searchEntities, type EntityHit } from "./api";
import styles from "./intake.module.css";

export type EntityEdit =
  { kind: "rename"; name: string } | { kind: "merge"; id: string; name: string } | null;

/** One extracted entity in the review: its type, whether the graph knows it, rename or merge. */
export function EntityEditor(props: {
  entity: ExtractedEntity;
  knownAs: string | null;
  edit: EntityEdit;
  onEdit: (edit: EntityEdit) => void;
  onFocus: () => void;
}) {
  const { entity, edit } = props;
  const [mode, setMode] = useState<"idle" | "rename" | "merge">("idle");
  const style = ENTITY_STYLE[entity.type as EntityType];
  return (
    <li className={styles.item} aria-label={`Entity ${entity.name}`}>
      <div className={styles.entityHead}>
        <button
          type="button"
          className={styles.entityName}
          onClick={props.onFocus}
          style={{ background: "none", border: 0, padding: 0, cursor: "pointer" }}
        >
          {entity.name}
        </button>
        <span className={styles.badge} style={{ background: style.color }}>
          {style.label}
        </span>
        <span className={`${styles.tag} ${props.knownAs ? styles.known : ""}`}>
          {props.knownAs ? "in the graph" : "new"}
        </span>
        <span className={styles.tag}>
          {entity.mentions.length === 1 ? "1 mention" : `${entity.mentions.length} mentions`}
        </span>
      </div>
      {edit && (
        <div className={styles.actions}>
          <span>
            {edit.kind === "rename" ? `Renamed to “${edit.name}”` : `Merged into “${edit.name}”`}
          </span>
          <button
            type="button"
            className={`${styles.secondary} ${styles.small}`}
            onClick={() => props.onEdit(null)}
          >
            Undo
          </button>
        </div>
      )}
      {!edit && mode === "idle" && (
        <div className={styles.actions}>
          <button
            type="button"
            className={`${styles.secondary} ${styles.small}`}
            onClick={() => setMode("rename")}
            aria-label={`Rename ${entity.name}`}
          >
            Rename
          </button>
          <button
            type="button"
            className={`${styles.secondary} ${styles.small}`}
            onClick={() => setMode("merge")}
            aria-label={`Merge ${entity.name} into an existing entity`}
          >
            Merge into…
          </button>
        </div>
      )}
      {!edit && mode === "rename" && (
        <RenameBox
          entity={entity}
          onDone={(name) => (setMode("idle"), name && props.onEdit({ kind: "rename", name }))}
        />
      )}
      {!edit && mode === "merge" && (
        <MergeSearch
          entity={entity}
          onDone={(hit) => (
            setMode("idle"),
            hit && props.onEdit({ kind: "merge", id: hit.id, name: hit.name })
          )}
        />
      )}
    </li>
  );
}

function RenameBox(props: { entity: ExtractedEntity; onDone: (name: string | null) => void }) {
  const [name, setName] = useState(props.entity.name);
  return (
    <form
      className={styles.actions}
      onSubmit={(e) => (
        e.preventDefault(),
        props.onDone(name.trim() && name.trim() !== props.entity.name ? name.trim() : null)
      )}
    >
      <label className={styles.field}>
        New name for {props.entity.name}
        <input value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={200} />
      </label>
      <button type="submit" className={`${styles.primary} ${styles.small}`}>
        Save name
      </button>
      <button
        type="button"
        className={`${styles.secondary} ${styles.small}`}
        onClick={() => props.onDone(null)}
      >
        Cancel
      </button>
    </form>
  );
}

function MergeSearch(props: { entity: ExtractedEntity; onDone: (hit: EntityHit | null) => void }) {
  const [q, setQ] = useState(props.entity.name.split(" ").at(-1) ?? "");
  const [hits, setHits] = useState<EntityHit[]>([]);
  useEffect(() => {
    if (q.trim().length < 2) return setHits([]);
    let alive = true;
    const timer = setTimeout(() => {
      searchEntities(q).then(
        (results) =>
          alive &&
          setHits(results.filter((h) => h.type === props.entity.type && h.id !== props.entity.id)),
        () => alive && setHits([]),
      );
    }, 200);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [q, props.entity.id, props.entity.type]);
  return (
    <div className={styles.search}>
      <label className={styles.field}>
        Merge {props.entity.name} into
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          autoFocus
          placeholder={`Search ${props.entity.type.toLowerCase()}s in the graph`}
        />
      </label>
      <ul className={styles.results} aria-label="Matching entities">
        {hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" onClick={() => props.onDone(hit)}>
              {hit.name} <span className={styles.tag}>{hit.degree} relations</span>
            </button>
          </li>
        ))}
        {hits.length === 0 && (
          <li className={styles.tag}>
            No {props.entity.type.toLowerCase()} of that name in the graph yet.
          </li>
        )}
      </ul>
      <button
        type="button"
        className={`${styles.secondary} ${styles.small}`}
        onClick={() => props.onDone(null)}
      >
        Cancel
      </button>
    </div>
  );
}
