// Evidence excerpts for the edges of a new snapshot, newest first, at most $perEdge per relation.
// Params: $relationIds (relationship ids of the shared edges), $perEdge
// Returns: one row per relation that has evidence {relationId, evidence: [{sentence, date, documentId, documentTitle, source, publishedAt}]}
UNWIND $relationIds AS relationId
MATCH (v:Evidence {relationId: relationId})-[:IN_DOCUMENT]->(d:Document)
WITH relationId, v, d
ORDER BY coalesce(toString(v.date), toString(d.publishedAt), '') DESC, v.id
WITH relationId, collect({
  sentence: v.sentence, date: toString(v.date), documentId: d.id, documentTitle: d.title,
  source: d.source, publishedAt: toString(d.publishedAt)
})[..$perEdge] AS evidence
RETURN relationId, evidence
