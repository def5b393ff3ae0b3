// A rejected relation leaves the graph: its evidence is parked (relabelled RejectedEvidence, so no
// read counts it, kept for an undo) and the relationship deleted. Run again after each ingest, it
// parks new evidence of the same relation too.
// Params: $id (correction id), $relationId, $subjectId, $objectId
// Returns: one row {found (relationships deleted), parked, role}
OPTIONAL MATCH (s:Entity {id: $subjectId})-[r]-(o:Entity {id: $objectId})
WHERE r.id = $relationId
WITH collect(r) AS rels
CALL (rels) {
  OPTIONAL MATCH (v:Evidence {relationId: $relationId})
  WITH collect(v) AS found
  // The same sentence parked before, of a document since deleted and ingested again, is replaced.
  CALL (found) {
    UNWIND found AS v
    MATCH (old:RejectedEvidence {id: v.id})
    DETACH DELETE old
  }
  FOREACH (v IN found | REMOVE v:Evidence SET v:RejectedEvidence, v.correctionId = $id)
  RETURN size(found) AS parked
}
WITH rels, parked, [r IN rels | r.role][0] AS role
FOREACH (r IN rels | DELETE r)
RETURN size(rels) AS found, parked, role
