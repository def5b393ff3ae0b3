// Entities whose name or alias matches a search, best match first, with their relation counts.
// Params: $lucene (built by lib/graph/lucene.ts, never raw input), $limit
// Degree from the degree store: every relationship but MENTIONED_IN is a registry relation.
// Returns: one row per entity {id, name, type, aliases, degree, score}
CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit * 3}) YIELD node, score
WITH node AS e, score
WHERE e:Entity
WITH e, score, COUNT { (e)--() } - COUNT { (e)-[:MENTIONED_IN]->() } AS degree
ORDER BY score DESC, degree DESC, e.name
LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, coalesce(e.aliases, []) AS aliases, degree, score
