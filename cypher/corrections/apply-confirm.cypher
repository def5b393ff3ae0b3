// A relation confirmed by hand: marked with who confirmed it and when (null to take it back).
// Params: $relationId, $subjectId, $objectId, $correctionId (null when undone), $by, $at
// Returns: one row per relation found {id}
MATCH (s:Entity {id: $subjectId})-[r]-(o:Entity {id: $objectId})
WHERE r.id = $relationId
WITH r LIMIT 1
SET r.confirmedBy = $by, r.confirmedAt = $at, r.correctedBy = $correctionId
RETURN r.id AS id
