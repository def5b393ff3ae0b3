"use client";
import type { EvidenceItem } from "@/lib/graph/evidence";
import { allowsRelation, RELATIONS, relationSpec, type RelationType } from "@/lib/schema/relations";
import type { EntityType } from "@/lib/schema/entity-types";
import { documentHref } from "@/lib/view/back-link";
import { formatDate } from "@/lib/view/dates";
import { highlightNames } from "@/lib/view/highlight";
import { edgeLabel, titleCase } from "@/lib/view/relation-label";
import { RelationSwatch } from "@/components/graph/relation-swatch";
import type { SearchResult } from "@/lib/graph/search";
import { api } from "./api";
import { CorrectionPanel } from "./correction-panel";
import { NotInGraph } from "./not-in-graph";

const retypeTargets = (type: RelationType, subject: EntityType, object: EntityType) =>
  allowsRelation(type, subject, object);
import { useFetch } from "./use-fetch";

function Sentence({ text, names }: { text: string; names: string[] }) {
  return (
    <>
      {highlightNames(text, names).map((s, i) =>
        s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}

/** Each source behind the line with how many of its documents state it. */
function sourcesOf(evidence: EvidenceItem[]): { source: string; documents: number }[] {
  const bySource = new Map<string, Set<string>>();
  for (const v of evidence) {
    const source = v.document.source ?? v.document.id;
    bySource.set(source, (bySource.get(source) ?? new Set()).add(v.document.id));
  }
  return [...bySource]
    .map(([source, docs]) => ({ source, documents: docs.size }))
    .sort((a, b) => b.documents - a.documents || a.source.localeCompare(b.source));
}

/** Why an edge is there: every evidence sentence, names highlighted, with its document. */
export function EdgeDetailsView(props: {
  id: string;
  onSelectEntity: (id: string) => void;
  onChooseSearch: (entity: SearchResult) => void;
  onCorrected: (show: string | null, notice: string) => void;
}) {
  const { id, onSelectEntity, onChooseSearch, onCorrected } = props;
  const result = useFetch(id, api.evidence);
  if (result.state === "loading") return <p className="muted">Loading the evidence…</p>;
  if (result.state === "error" && result.status === 404)
    return <NotInGraph kind="relation" ids={[id]} onChoose={onChooseSearch} />;
  if (result.state === "error") return <p className="error-text">{result.message}</p>;
  const { relation, source, target, evidence, evidenceTotal } = result.data;
  const spec = relationSpec(relation.type);
  const names = [source.name, ...source.aliases, target.name, ...target.aliases];
  const label = edgeLabel(relation.type, relation.role);
  const sources = sourcesOf(evidence);
  const documents = relation.documentIds.length;
  return (
    <article aria-label={`Evidence: ${source.name} ${label} ${target.name}`}>
      <p className="kind">
        <RelationSwatch type={spec.name} color={spec.color} symmetric={spec.symmetric} /> Relation ·{" "}
        {spec.symmetric ? "mutual" : "directed"}
      </p>
      <h2>
        <button type="button" className="link" onClick={() => onSelectEntity(source.id)}>
          {source.name}
        </button>{" "}
        <span className="relation-label">{relation.role ? `${label} of` : label}</span>{" "}
        <button type="button" className="link" onClick={() => onSelectEntity(target.id)}>
          {target.name}
        </button>
      </h2>
      {spec.name === "leads" && (
        <p className="role-note">
          {relation.role
            ? `Holds the office of ${titleCase(relation.role)} (${spec.label}).`
            : "Heads it; the articles name no office."}
        </p>
      )}
      <p className="muted">
        {evidenceTotal} {evidenceTotal === 1 ? "sentence" : "sentences"} · {documents}{" "}
        {documents === 1 ? "document" : "documents"} · {relation.sources.length}{" "}
        {relation.sources.length === 1 ? "source" : "sources"}
        {relation.firstSeen
          ? ` · ${formatDate(relation.firstSeen)}${relation.lastSeen && relation.lastSeen !== relation.firstSeen ? ` to ${formatDate(relation.lastSeen)}` : ""}`
          : ""}
      </p>
      <h3>{relation.sources.length === 1 ? "Single source" : "Sources"}</h3>
      <ul className="source-list" aria-label="Sources">
        {sources.map((s) => (
          <li key={s.source}>
            {s.source}{" "}
            <span className="muted">
              ({s.documents} {s.documents === 1 ? "document" : "documents"})
            </span>
          </li>
        ))}
      </ul>
      <CorrectionPanel
        relationId={relation.id}
        type={relation.type}
        allowedTypes={RELATIONS.filter((r) => retypeTargets(r.name, source.type, target.type)).map(
          (r) => r.name,
        )}
        onChanged={onCorrected}
      />
      <ol className="evidence" aria-label="Evidence sentences">
        {evidence.map((v) => (
          <li key={v.id}>
            <blockquote>
              <Sentence text={v.sentence} names={names} />
            </blockquote>
            <p className="source">
              <strong>{v.document.title ?? "Untitled document"}</strong>
              <span className="muted">
                {" "}
                · {formatDate(v.date ?? v.document.publishedAt) ?? "undated"}
                {v.document.source ? ` · ${v.document.source}` : ""}
              </span>
              <br />
              <a
                href={documentHref(v.document.id, { evidenceStart: v.start })}
                onClick={(e) =>
                  (e.currentTarget.href = documentHref(v.document.id, {
                    evidenceStart: v.start,
                    back: window.location.search,
                  }))
                }
              >
                Read the document
              </a>
            </p>
          </li>
        ))}
      </ol>
      {evidence.length < evidenceTotal && (
        <p className="muted">
          Showing the newest {evidence.length} of {evidenceTotal}.
        </p>
      )}
    </article>
  );
}
