// The entities with these ids (cross-document name resolution, lib/ingest/resolve-in-graph.ts):
// the batch's own ids and the ids of every name and alias it carries. Index seeks on Entity.id.
// Params: $ids [Entity.id]
// Returns: one row per entity found {id, type, name, aliases, roles, weight (documents mentioning it)}
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.type AS type, e.name AS name, coalesce(e.aliases, []) AS aliases, coalesce(e.roles, []) AS roles,
       COUNT { (e)-[:MENTIONED_IN]->() } AS weight
