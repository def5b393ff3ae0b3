// Entities whose name or alias matches a search, best match first, with their relation counts.
// Params: $lucene (built by lib/graph/lucene.ts, never raw input), $limit, $relationTypes (registry)
// Returns: one row per entity {id, name, type, aliases, degree, score}
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit * 3}) YIELD node, score
WITH node AS e, score
WHERE e:Entity
WITH e, score, COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $relationTypes } AS degree
ORDER BY score DESC, degree DESC, e.name
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, degree, score
