// Recomputes evidenceCount, firstSeen, lastSeen and confidence of relationships from the evidence
// that remains (after a document delete or an entity merge), and deletes those left with none.
// A relation id reads `type:subjectId|objectId` (lib/schema/ids.ts), which finds its two ends.
// Params: $relationIds [relation id]
// Returns: one row {relationsUpdated, relationsRemoved, entityIds (ends of the relations)}
CALL () {
  UNWIND $relationIds AS rid
  WITH rid, split(rid, '|') AS parts
  WITH rid, substring(parts[0], size(split(parts[0], ':')[0]) + 1) AS a, parts[1] AS b
  MATCH (x:Entity {id: a})-[r]->(y:Entity {id: b})
  WHERE r.id = rid
  OPTIONAL MATCH (v:Evidence {relationId: rid})
  WITH r, x, y, count(v) AS n, min(v.date) AS first, max(v.date) AS last, max(v.confidence) AS confidence
  CALL (r, n, first, last, confidence) {
    WITH r WHERE n > 0
    SET r.evidenceCount = n, r.firstSeen = first, r.lastSeen = last, r.confidence = confidence
  }
  CALL (r, n) {
    WITH r WHERE n = 0
    DELETE r
  }
  RETURN count(CASE WHEN n > 0 THEN 1 END) AS relationsUpdated,
         count(CASE WHEN n = 0 THEN 1 END) AS relationsRemoved,
         collect(DISTINCT x.id) + collect(DISTINCT y.id) AS entityIds
}
RETURN relationsUpdated, relationsRemoved, entityIds
