// Recorded merges, newest first.
// Params: $limit
// Returns: one row per merge {id, fromId, fromName, intoId, intoName, createdAt, undoneAt}
MATCH (m:Merge)
OPTIONAL MATCH (into:Entity {id: m.intoId})
RETURN m.id AS id, m.fromId AS fromId, m.fromName AS fromName, m.intoId AS intoId,
       coalesce(into.name, m.intoId) AS intoName, m.createdAt AS createdAt, m.undoneAt AS undoneAt
ORDER BY m.createdAt DESC
LIMIT $limit
