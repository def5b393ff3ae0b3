// Benchmark generator (scripts/generate-graph.ts): one batch of entities.
// Params: $rows [{id, name, type, aliases}]
// Returns: one row {created}
UNWIND $rows AS row
CREATE (e:Entity:$(row.type) {id: row.id, name: row.name, type: row.type, aliases: row.aliases, roles: []})
RETURN count(e) AS created
