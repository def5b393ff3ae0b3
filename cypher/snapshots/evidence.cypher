// Evidence excerpts for the edges of a new snapshot: per relation the newest $perEdge sentences
// (a much-reported relation can have hundreds; only the first few are copied). Compact on the
// wire: excerpts as [sentence, date, documentId] and each document once.
// Params: $relationIds (relationship ids of the shared edges), $perEdge
// Returns: zero rows when no relation has evidence, else one row
//   {relations: [[relationId, [[sentence, date, documentId], …]], …], documents: [[id, title, source, publishedAt], …]}
UNWIND $relationIds AS relationId
CALL (relationId) {
  MATCH (v:Evidence {relationId: relationId})-[:IN_DOCUMENT]->(d:Document)
  RETURN v, d
  ORDER BY coalesce(toString(v.date), toString(d.publishedAt), '') DESC, v.id
  LIMIT $perEdge
}
WITH relationId, collect([v.sentence, toString(v.date), d.id]) AS excerpts, collect(d) AS docs
WITH collect([relationId, excerpts]) AS relations, collect(docs) AS docLists
UNWIND docLists AS docList
UNWIND docList AS d
WITH relations, collect(DISTINCT d) AS documents
RETURN relations, [d IN documents | [d.id, d.title, d.source, toString(d.publishedAt)]] AS documents
