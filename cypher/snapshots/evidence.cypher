// Evidence excerpts for the edges of a new snapshot: per relation the newest $perEdge sentences
// (a much-reported relation can have hundreds; only the first few are copied).
// Params: $relationIds (relationship ids of the shared edges), $perEdge
// Returns: one row per relation that has evidence {relationId, evidence: [{sentence, date, documentId, documentTitle, source, publishedAt}]}
UNWIND $relationIds AS relationId
CALL (relationId) {
  MATCH (v:Evidence {relationId: relationId})-[:IN_DOCUMENT]->(d:Document)
  RETURN v, d
  ORDER BY coalesce(toString(v.date), toString(d.publishedAt), '') DESC, v.id
  LIMIT $perEdge
}
RETURN relationId, collect({
  sentence: v.sentence, date: toString(v.date), documentId: d.id, documentTitle: d.title,
  source: d.source, publishedAt: toString(d.publishedAt)
}) AS evidence
