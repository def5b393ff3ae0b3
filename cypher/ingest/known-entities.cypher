// Which of these entity ids are already in the graph, with their names (preview and review).
// Params: $ids [Entity.id]
// Returns: one row per id found {id, name, type}
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.name AS name, e.type AS type
