import type { DocumentDetail } from "@/lib/ingest/documents";

/** The explorer address that opens a document's graph: its relations' entities, filtered to it. */
export function documentGraphHref(doc: DocumentDetail, max = 30): string {
  const ends = [...new Set(doc.evidence.flatMap((v) => [v.subjectId, v.objectId]))].slice(0, max);
  return `/?focus=${ends.map(encodeURIComponent).join(",")}&doc=${encodeURIComponent(doc.document.id)}`;
}

/** Each relation the article states, once, with how many of its sentences state it and a link to it on the graph. */
export function DocumentRelations({ doc }: { doc: DocumentDetail }) {
  const names = new Map(doc.mentions.map((m) => [m.entityId, m.name]));
  const byRelation = new Map<
    string,
    { sentences: number; first: DocumentDetail["evidence"][number] }
  >();
  for (const v of doc.evidence) {
    const known = byRelation.get(v.relationId);
    if (known) known.sentences += 1;
    else byRelation.set(v.relationId, { sentences: 1, first: v });
  }
  const relations = [...byRelation.entries()];
  return (
    <section aria-label="Relations in this document" style={{ marginTop: 16 }}>
      <h2>Relations in this document ({relations.length})</h2>
      {relations.length > 0 && (
        <p>
          <a className="button" href={documentGraphHref(doc)}>
            Open its graph
          </a>
        </p>
      )}
      <ul>
        {relations.map(([id, { sentences, first: v }]) => (
          <li key={id}>
            <a
              href={`/?focus=${encodeURIComponent(v.subjectId)},${encodeURIComponent(v.objectId)}&selected=${encodeURIComponent(id)}`}
            >
              {names.get(v.subjectId) ?? v.subjectId} {v.label}{" "}
              {names.get(v.objectId) ?? v.objectId}
            </a>{" "}
            <span className="muted">
              ({sentences} {sentences === 1 ? "sentence" : "sentences"},{" "}
              <a href={`#evidence-${v.start}`}>read</a>)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
