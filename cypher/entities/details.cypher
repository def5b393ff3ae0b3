// One entity with what the details panel shows: roles, relation counts by type, its documents.
// Params: $id (Entity.id), $relationTypes (registry), $documentLimit
// Returns: one row {entity, relationCounts, documents, documentCount}, none when the id is unknown
MATCH (e:Entity {id: $id})
CALL (e) {
  MATCH (e)-[r]-(:Entity)
  WHERE type(r) IN $relationTypes
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS relationCounts
}
CALL (e) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
  WITH d, m
  ORDER BY d.publishedAt DESC, d.id
  WITH collect(CASE WHEN d IS NULL THEN NULL ELSE {
    id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt,
    mentions: coalesce(m.count, 0)
  } END) AS found
  RETURN found[..$documentLimit] AS documents, size(found) AS documentCount
}
RETURN {
  id: e.id, name: e.name, type: e.type,
  aliases: coalesce(e.aliases, []), roles: coalesce(e.roles, []),
  degree: reduce(total = 0, c IN relationCounts | total + c.count)
} AS entity, relationCounts, documents, documentCount
