// What the graph holds, for intake summaries, tests and the fault check.
// Every count comes from Neo4j's count store (constant time on any graph): relationship types are
// written out (the registry's, checked by a unit test) and MENTIONED_IN, which only ever joins an
// entity to a document, is counted without labels.
// Params: none
// Returns: one row {entities, documents, relations, evidence, mentions, merges}
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH ()-[m:MENTIONED_IN]->() RETURN count(m) AS mentions }
CALL () { MATCH (m:Merge) RETURN count(m) AS merges }
CALL () { MATCH ()-[r:MET_WITH|ENVOY_OF|SANCTIONED_BY|WORKS_FOR|LEADS|EDUCATED_AT|VISITED|AIDE_TO]->() RETURN count(r) AS relations }
RETURN entities, documents, relations, evidence, mentions, merges
