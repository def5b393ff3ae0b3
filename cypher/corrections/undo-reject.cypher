// Undoes a rejection: the parked evidence is evidence again and the relationship is back (its
// counts are recomputed by recount-relations.cypher).
// Params: $id (correction id), $relationId, $type (Neo4j type from the registry), $subjectId, $objectId, $role
// Returns: one row {restored}
MATCH (a:Entity {id: $subjectId}), (b:Entity {id: $objectId})
CALL () {
  // Parked sentences whose document was deleted meanwhile go with it.
  MATCH (gone:RejectedEvidence {correctionId: $id})
  WHERE NOT (gone)-[:IN_DOCUMENT]->(:Document)
  DETACH DELETE gone
}
CALL () {
  OPTIONAL MATCH (v:RejectedEvidence {correctionId: $id})
  WITH collect(v) AS found
  FOREACH (v IN found | REMOVE v:RejectedEvidence, v.correctionId SET v:Evidence)
  RETURN size(found) AS restored
}
MERGE (a)-[r:$($type) {id: $relationId}]->(b)
ON CREATE SET r.evidenceCount = 0, r.role = $role
RETURN restored
