// Counts for the health check.
// Params: $relationTypes (Neo4j types from the relation registry)
// Returns: one row {entities, documents, relations, evidence}
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH ()-[r]->() WHERE type(r) IN $relationTypes RETURN count(r) AS relations }
RETURN entities, documents, relations, evidence
