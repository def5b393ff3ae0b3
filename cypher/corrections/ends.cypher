// The two entities of a relation to correct, with their types (a retype must stay in the registry).
// Params: $ids
// Returns: one row per entity found {id, type}
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.type AS type
