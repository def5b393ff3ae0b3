// Candidates for names the graph does not have under their own id (lib/ingest/resolve-in-graph.ts):
// each search is one Lucene query over the full-text index `entity_names` (names and aliases) that
// ORs the exact name phrases and surname spellings of many entities, so a batch needs few calls.
// Params: $searches [{text (Lucene query), limit}], $types [entity type]
// Returns: one row per distinct entity found {id, type, name, aliases, roles, weight (documents mentioning it)}
UNWIND $searches AS q
CALL db.index.fulltext.queryNodes('entity_names', q.text, {limit: q.limit}) YIELD node
WITH DISTINCT node AS e
WHERE e.type IN $types
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.roles, []) AS roles,
       COUNT { (e)-[:MENTIONED_IN]->() } AS weight
