// Re-points evidence to another relationship (created if missing) for an entity merge or its undo.
// Counters are recomputed afterwards by ingest/recount-relations.cypher, which also deletes the
// relationships left without evidence.
// Params: $moves [{toRelationId, type (Neo4j type from the registry), subjectId, objectId, role, evidenceIds}]
// Returns: one row {previousRelationIds}
CALL () {
  UNWIND $moves AS row
  MATCH (a:Entity {id: row.subjectId})
  MATCH (b:Entity {id: row.objectId})
  MERGE (a)-[r:$(row.type) {id: row.toRelationId}]->(b)
  ON CREATE SET r.evidenceCount = 0, r.role = row.role
  WITH row
  UNWIND row.evidenceIds AS evidenceId
  MATCH (v:Evidence {id: evidenceId})
  WITH v, v.relationId AS previous, row
  SET v.relationId = row.toRelationId
  RETURN collect(DISTINCT previous) AS previousRelationIds
}
RETURN previousRelationIds
