// Records a correction made by hand to what the extractor found (who, when, why, and what an undo
// needs); lib/corrections applies it with the apply-*.cypher queries.
// Params: $c {id, kind, relationId, type, subjectId, objectId, toRelationId, toType, reason, by, at, role}
// Returns: one row {id}
CREATE (c:Correction)
SET c = $c
RETURN c.id AS id
