"use client";
import { ENTITY_STYLE } from "@/lib/schema/entity-types";
import { RELATIONS, type RelationType } from "@/lib/schema/relations";
import { documentHref } from "@/lib/view/back-link";
import { HUB_DEGREE } from "@/lib/view/graph-style";
import type { ExpandState } from "@/lib/view/view-graph";
import type { SearchResult } from "@/lib/graph/search";
import { RelationSwatch } from "@/components/graph/relation-swatch";
import { api } from "./api";
import { NotInGraph } from "./not-in-graph";
import { useFetch } from "./use-fetch";

export interface EntityDetailsProps {
  id: string;
  expanded?: ExpandState;
  onExpand: (options?: { types?: RelationType[]; more?: boolean }) => void;
  onHide: () => void;
  onCollapse: () => void;
  onPathFrom: () => void;
  onChooseSearch: (entity: SearchResult) => void;
}

/** The details of one entity: type, aliases, roles, relations by type (each expandable), documents. */
export function EntityDetailsView({
  id,
  expanded,
  onExpand,
  onHide,
  onCollapse,
  onPathFrom,
  onChooseSearch,
}: EntityDetailsProps) {
  const details = useFetch(id, api.entity);
  if (details.state === "loading") return <p className="muted">Loading…</p>;
  if (details.state === "error" && details.status === 404)
    return <NotInGraph kind="entity" ids={[id]} onChoose={onChooseSearch} />;
  if (details.state === "error") return <p className="error-text">{details.message}</p>;
  const e = details.data;
  const style = ENTITY_STYLE[e.type];
  const hub = e.degree >= HUB_DEGREE;
  return (
    <article aria-label={`Details of ${e.name}`}>
      <p className="kind">
        <span className="type-dot" style={{ background: style.color }} aria-hidden /> {style.label}
      </p>
      <h2>{e.name}</h2>
      {e.aliases.length > 0 && <p className="muted">Also: {e.aliases.join(", ")}</p>}
      {e.roles.length > 0 && <p>Roles: {e.roles.join("; ")}</p>}
      {hub && (
        <p className="warning" role="note">
          {e.name} has {e.degree.toLocaleString("en")} relations. Expanding shows the 50 strongest;
          choose a relation type to narrow it.
        </p>
      )}
      {expanded && (
        <p className="muted" aria-live="polite">
          Showing {Math.min(expanded.shown, expanded.total)} of {expanded.total} neighbours
          {expanded.types ? ` (${expanded.types.join(", ").replaceAll("_", " ")})` : ""}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="primary" onClick={() => onExpand()}>
          Expand
        </button>
        {expanded && expanded.shown < expanded.total && (
          <button type="button" onClick={() => onExpand({ more: true, types: expanded.types })}>
            Load {Math.min(50, expanded.total - expanded.shown)} more
          </button>
        )}
        {expanded && (
          <button type="button" onClick={onCollapse}>
            Collapse
          </button>
        )}
        <button type="button" onClick={onHide}>
          Hide
        </button>
        <button type="button" onClick={onPathFrom}>
          Path from here…
        </button>
      </div>
      <h3>Relations ({e.degree})</h3>
      <ul className="counts" aria-label="Relations by type">
        {RELATIONS.filter((r) => e.relationCounts[r.name]).map((r) => (
          <li key={r.name}>
            <RelationSwatch type={r.name} color={r.color} symmetric={r.symmetric} />
            <span>{r.label}</span>
            <span className="count">{e.relationCounts[r.name]}</span>
            <button
              type="button"
              className="link"
              onClick={() => onExpand({ types: [r.name] })}
              aria-label={`Expand ${r.label} relations`}
            >
              expand
            </button>
          </li>
        ))}
      </ul>
      <h3>Documents ({e.documentCount})</h3>
      {e.documents.length === 0 && (
        <p className="muted">No document mentions this entity by name.</p>
      )}
      <ul className="documents">
        {e.documents.map((d) => (
          <li key={d.id}>
            <a
              href={documentHref(d.id)}
              onClick={(event) =>
                (event.currentTarget.href = documentHref(d.id, { back: window.location.search }))
              }
            >
              {d.title ?? d.id}
            </a>
            <span className="muted">
              {" "}
              {d.publishedAt ?? "undated"}
              {d.source ? ` · ${d.source}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
