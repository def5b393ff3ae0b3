// Counts for the health check, every one read from Neo4j's count store (constant time, so the
// header can poll it on a graph of millions): a relationship type written out, not a parameter,
// is what lets the planner use the store. The types are the registry's (lib/schema/relations.ts;
// a unit test checks the list).
// Params: none
// Returns: one row {entities, documents, relations, evidence}
CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (d:Document) RETURN count(d) AS documents }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH ()-[r:MET_WITH|ENVOY_OF|SANCTIONED_BY|WORKS_FOR|LEADS|EDUCATED_AT|VISITED|AIDE_TO]->() RETURN count(r) AS relations }
RETURN entities, documents, relations, evidence
