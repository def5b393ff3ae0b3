// Benchmark baseline only (scripts/bench-ingest.ts): one relationship and its evidence written the
// naive way, in a transaction of its own. Same graph shape as write-graph.cypher.
// Params: $subject, $object ({id, name, type}), $relation ({id, type, date, confidence, role}),
//         $evidence ({id, relationId, documentId, sentence, start, end, date, confidence, extractorVersion})
// Returns: one row {id}
MERGE (a:Entity {id: $subject.id})
ON CREATE SET a:$($subject.type), a.name = $subject.name, a.type = $subject.type, a.aliases = [], a.roles = []
MERGE (b:Entity {id: $object.id})
ON CREATE SET b:$($object.type), b.name = $object.name, b.type = $object.type, b.aliases = [], b.roles = []
MERGE (a)-[r:$($relation.type) {id: $relation.id}]->(b)
SET r.evidenceCount = coalesce(r.evidenceCount, 0) + 1,
    r.firstSeen = CASE WHEN r.firstSeen IS NULL OR $relation.date < r.firstSeen THEN $relation.date ELSE r.firstSeen END,
    r.lastSeen = CASE WHEN r.lastSeen IS NULL OR $relation.date > r.lastSeen THEN $relation.date ELSE r.lastSeen END,
    r.confidence = CASE WHEN r.confidence IS NULL OR $relation.confidence > r.confidence THEN $relation.confidence ELSE r.confidence END
WITH r
MATCH (d:Document {id: $evidence.documentId})
CREATE (v:Evidence {
  id: $evidence.id, relationId: $evidence.relationId, sentence: $evidence.sentence, start: $evidence.start,
  end: $evidence.end, date: $evidence.date, confidence: $evidence.confidence, extractorVersion: $evidence.extractorVersion
})-[:IN_DOCUMENT]->(d)
RETURN r.id AS id
