// Undoes a retyping: the evidence it moved goes back to the relation of the first type, which is
// back (both relations' counts are recomputed by recount-relations.cypher afterwards).
// Params: $id (correction id), $relationId, $type (Neo4j type from the registry), $subjectId, $objectId, $role
// Returns: one row {restored}
MATCH (a:Entity {id: $subjectId}), (b:Entity {id: $objectId})
CALL () {
  OPTIONAL MATCH (v:Evidence {retypedBy: $id})
  WITH collect(v) AS found
  FOREACH (v IN found | SET v.relationId = $relationId REMOVE v.retypedBy)
  RETURN size(found) AS restored
}
MERGE (a)-[r:$($type) {id: $relationId}]->(b)
ON CREATE SET r.evidenceCount = 0, r.role = $role
RETURN restored
