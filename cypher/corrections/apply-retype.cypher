// A retyped relation: its evidence moves to the relation of the right type between the same
// entities (created, or joined when it exists) and the wrong one is deleted. Run again after each
// ingest, it moves new evidence of the wrong relation too.
// Params: $id (correction id), $relationId, $subjectId, $objectId, $toRelationId, $toType (Neo4j
//         type from the registry), $toSubjectId, $toObjectId
// Returns: one row {found (relationships retyped), moved, role}
OPTIONAL MATCH (s:Entity {id: $subjectId})-[r]-(o:Entity {id: $objectId})
WHERE r.id = $relationId
WITH collect(r) AS rels
MATCH (a:Entity {id: $toSubjectId}), (b:Entity {id: $toObjectId})
CALL (rels, a, b) {
  WITH rels, a, b WHERE size(rels) > 0
  MERGE (a)-[n:$($toType) {id: $toRelationId}]->(b)
  ON CREATE SET n.evidenceCount = 0, n.role = rels[0].role
  SET n.correctedBy = $id
}
CALL () {
  OPTIONAL MATCH (v:Evidence {relationId: $relationId})
  WITH collect(v) AS found
  FOREACH (v IN found | SET v.relationId = $toRelationId, v.retypedBy = $id)
  RETURN size(found) AS moved
}
WITH rels, moved, [r IN rels | r.role][0] AS role
FOREACH (r IN rels | DELETE r)
RETURN size(rels) AS found, moved, role
