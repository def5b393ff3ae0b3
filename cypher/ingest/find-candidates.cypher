// Candidates for cross-document name resolution (lib/ingest/resolve-names.ts), a whole batch at
// once. An entity the graph has under its own id is its own (only) candidate. Otherwise: entities
// whose id is the id of one of its names (index seek on the id constraint), and the entities of
// its type that the full-text index finds by an exact name phrase or a surname spelled nearly so.
// Params: $lookups [{id, type, ids: [Entity.id], search: Lucene query or null}]
// Returns: one row per distinct candidate {id, type, name, aliases, weight (documents mentioning it)}
UNWIND $lookups AS q
OPTIONAL MATCH (self:Entity {id: q.id})
CALL (q, self) {
  WITH self WHERE self IS NOT NULL
  RETURN self AS e
  UNION
  WITH q, self WHERE self IS NULL
  UNWIND q.ids AS id
  MATCH (e:Entity {id: id})
  RETURN e
  UNION
  WITH q, self WHERE self IS NULL AND q.search IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', q.search, {limit: 50}) YIELD node
  WITH q, node WHERE node.type = q.type
  RETURN node AS e
}
WITH DISTINCT e
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases,
       COUNT { (e)-[:MENTIONED_IN]->() } AS weight
