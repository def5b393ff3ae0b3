// What the graph holds, for intake summaries, tests and the fault check.
// Params: $relationTypes (Neo4j types from the registry)
// Returns: one row {entities, documents, relations, evidence, mentions, merges}
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) RETURN count(m) AS mentions }
CALL () { MATCH (m:Merge) RETURN count(m) AS merges }
CALL () { MATCH ()-[r]->() WHERE type(r) IN $relationTypes RETURN count(r) AS relations }
RETURN entities, documents, relations, evidence, mentions, merges
