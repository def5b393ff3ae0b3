"use client";
import type { SearchResult } from "@/lib/graph/search";
import { parseRelationId } from "@/lib/graph/relation-id";
import { EntityCombobox } from "./entity-combobox";

/** A readable guess at a name from an entity id ("person:kirill-dmitriev" → "kirill dmitriev"). */
export function nameFromId(id: string): string {
  const key = parseRelationId(id)?.subject ?? id;
  const slug = key.includes(":") ? key.slice(key.indexOf(":") + 1) : key;
  return slug.replace(/[-_]+/g, " ").trim();
}

/**
 * What a stale link shows instead of an empty canvas: which id is not in the graph (merged,
 * renamed or removed since the link was made) and a search to find what it became.
 */
export function NotInGraph(props: {
  kind: "entity" | "relation";
  ids: string[];
  onChoose: (entity: SearchResult) => void;
  startHref?: string;
}) {
  const { kind, ids, onChoose, startHref } = props;
  const listed = ids.map((id) => `“${id}”`).join(", ");
  return (
    <section className="not-in-graph" aria-label="Not in the graph">
      <h2>Not in the graph</h2>
      <p>
        {kind === "entity"
          ? `There is no entity with the id ${listed} in the graph.`
          : `There is no relation with the id ${listed} in the graph.`}{" "}
        It may have been merged into another, renamed, corrected or removed since the link was made.
      </p>
      <EntityCombobox
        label="Search the graph"
        visibleLabel
        initialQuery={ids[0] ? nameFromId(ids[0]) : ""}
        onChoose={onChoose}
      />
      {startHref && (
        <p>
          <a className="button" href={startHref}>
            Show the starting view
          </a>
        </p>
      )}
    </section>
  );
}
