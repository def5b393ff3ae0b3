// Which of these entity ids exist (a path between unknown entities is a 404, not "no path").
// Params: $ids (Entity.id list)
// Returns: one row per existing entity {id}
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id
