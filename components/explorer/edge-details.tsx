"use client";
import { relationSpec } from "@/lib/schema/relations";
import { highlightNames } from "@/lib/view/highlight";
import { api } from "./api";
import { useFetch } from "./use-fetch";

function Sentence({ text, names }: { text: string; names: string[] }) {
  return (
    <>
      {highlightNames(text, names).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
    </>
  );
}

/** Why an edge is there: every evidence sentence, names highlighted, with its document. */
export function EdgeDetailsView({ id, onSelectEntity }: { id: string; onSelectEntity: (id: string) => void }) {
  const result = useFetch(id, api.evidence);
  if (result.state === "loading") return <p className="muted">Loading the evidence…</p>;
  if (result.state === "error") return <p className="error-text">{result.message}</p>;
  const { relation, source, target, evidence, evidenceTotal } = result.data;
  const spec = relationSpec(relation.type);
  const names = [source.name, ...source.aliases, target.name, ...target.aliases];
  return (
    <article aria-label={`Evidence: ${source.name} ${spec.label} ${target.name}`}>
      <p className="kind">
        <span className="swatch-line" style={{ background: spec.color }} aria-hidden /> Relation · {spec.symmetric ? "mutual" : "directed"}
      </p>
      <h2>
        <button type="button" className="link" onClick={() => onSelectEntity(source.id)}>
          {source.name}
        </button>{" "}
        <span className="relation-label">{spec.label}</span>{" "}
        <button type="button" className="link" onClick={() => onSelectEntity(target.id)}>
          {target.name}
        </button>
      </h2>
      <p className="muted">
        {evidenceTotal} {evidenceTotal === 1 ? "sentence" : "sentences"}
        {relation.firstSeen ? ` · ${relation.firstSeen}${relation.lastSeen && relation.lastSeen !== relation.firstSeen ? ` to ${relation.lastSeen}` : ""}` : ""}
        {relation.role ? ` · role: ${relation.role}` : ""}
      </p>
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
                · {v.date ?? v.document.publishedAt ?? "undated"}
                {v.document.source ? ` · ${v.document.source}` : ""}
              </span>
              <br />
              <a href={`/documents/${encodeURIComponent(v.document.id)}${v.start != null ? `#evidence-${v.start}` : ""}`}>Read the document</a>
            </p>
          </li>
        ))}
      </ol>
      {evidence.length < evidenceTotal && <p className="muted">Showing the newest {evidence.length} of {evidenceTotal}.</p>}
    </article>
  );
}
