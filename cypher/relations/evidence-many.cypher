// The first few supporting sentences of each of several relations (the hops of a path).
// Params: $ids (relationship ids), $perRelation
// Returns: one row per relation id that has evidence {relationId, evidence}
UNWIND $ids AS relationId
MATCH (v:Evidence {relationId: relationId})-[:IN_DOCUMENT]->(d:Document)
WITH relationId, v, d
ORDER BY coalesce(v.date, d.publishedAt) DESC, v.start
WITH relationId, collect({
  id: v.id, sentence: v.sentence, start: v.start, end: v.end, date: coalesce(v.date, d.publishedAt),
  confidence: v.confidence,
  document: {id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt}
})[..$perRelation] AS evidence
RETURN relationId, evidence
