// Problems that would mean a half-written or duplicated document; every number should be 0.
// Params: $relationTypes (Neo4j types from the registry)
// Returns: one row {countMismatches, relationsWithoutEvidence, evidenceWithoutRelation,
//                   evidenceWithoutDocument, duplicateRelations, documentsWithoutMentions}
CALL () {
  MATCH ()-[r]->() WHERE type(r) IN $relationTypes
  WITH r, COUNT { MATCH (v:Evidence {relationId: r.id}) } AS n
  RETURN count(CASE WHEN n <> r.evidenceCount THEN 1 END) AS countMismatches,
         count(CASE WHEN n = 0 THEN 1 END) AS relationsWithoutEvidence,
         sum(n) AS evidenceOfRelations
}
// Relationship ids are unique (constraints), so evidence not counted above has no relationship.
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidenceTotal }
WITH countMismatches, relationsWithoutEvidence, evidenceTotal - evidenceOfRelations AS evidenceWithoutRelation
CALL () {
  MATCH (v:Evidence) WHERE NOT (v)-[:IN_DOCUMENT]->(:Document)
  RETURN count(v) AS evidenceWithoutDocument
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) IN $relationTypes
  WITH type(r) AS t, a, b, count(r) AS n WHERE n > 1
  RETURN count(*) AS duplicateRelations
}
CALL () {
  MATCH (d:Document) WHERE NOT (:Entity)-[:MENTIONED_IN]->(d)
  RETURN count(d) AS documentsWithoutMentions
}
RETURN countMismatches, relationsWithoutEvidence, evidenceWithoutRelation, evidenceWithoutDocument,
       duplicateRelations, documentsWithoutMentions
