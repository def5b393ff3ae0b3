// One entity with everything a merge moves: its relationships (with their evidence ids) and its mentions.
// Params: $id (Entity.id), $relationTypes (Neo4j types from the registry)
// Returns: zero or one row {entity, relations, mentions}
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(other:Entity)
  WHERE type(r) IN $relationTypes
  WITH DISTINCT r, startNode(r) AS s, endNode(r) AS o
  WHERE r IS NOT NULL
  RETURN collect({
    id: r.id, type: type(r), subjectId: s.id, objectId: o.id, role: r.role,
    evidenceIds: COLLECT { MATCH (v:Evidence {relationId: r.id}) RETURN v.id }
  }) AS relations
}
CALL (e) {
  OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(d:Document)
  WITH m, d WHERE m IS NOT NULL
  RETURN collect({documentId: d.id, count: m.count, starts: m.starts, ends: m.ends}) AS mentions
}
RETURN {id: e.id, name: e.name, type: e.type, aliases: coalesce(e.aliases, []), roles: coalesce(e.roles, [])} AS entity,
       relations, mentions
