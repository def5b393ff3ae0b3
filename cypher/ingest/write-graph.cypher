// Writes the entities, mentions, relationships and evidence of newly claimed documents (one batch,
// one transaction, after claim-documents.cypher). Relationship types come from the registry only.
// Counters are read inside SET, where Neo4j holds the write lock, so concurrent batches add up.
// Params: $entities [{id, name, type, aliases, roles}],
//         $relations [{id, type, subjectId, objectId, evidenceCount, firstSeen, lastSeen, confidence, role}],
//         $documents [{id, mentions: [{entityId, count, starts, ends}],
//                      evidence: [{id, relationId, sentence, start, end, date, confidence, extractorVersion}]}]
// Returns: one row {entitiesAdded, relationsAdded, evidenceAdded}
CALL () {
  UNWIND $entities AS row
  OPTIONAL MATCH (known:Entity {id: row.id})
  WITH row, known IS NULL AS created
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e:$(row.type), e.name = row.name, e.type = row.type, e.aliases = [], e.roles = []
  WITH e, row, created
  // Only entities that gain a name or role are written to (and locked): popular ones stay free.
  CALL (e, row) {
    WITH e, row
    WHERE any(a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name) OR any(x IN row.roles WHERE NOT x IN e.roles)
    SET e.aliases = e.aliases + [a IN row.aliases WHERE NOT a IN e.aliases AND a <> e.name],
        e.roles = e.roles + [x IN row.roles WHERE NOT x IN e.roles]
  }
  RETURN count(CASE WHEN created THEN 1 END) AS entitiesAdded
}
CALL () {
  UNWIND $relations AS row
  MATCH (a:Entity {id: row.subjectId})
  MATCH (b:Entity {id: row.objectId})
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + row.evidenceCount,
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS relationsAdded
}
// Mentions and evidence hang off their document: one document lookup serves all of its rows.
CALL () {
  UNWIND $documents AS doc
  MATCH (d:Document {id: doc.id})
  CALL (d, doc) {
    UNWIND doc.mentions AS row
    MATCH (e:Entity {id: row.entityId})
    CREATE (e)-[:MENTIONED_IN {count: row.count, starts: row.starts, ends: row.ends}]->(d)
  }
  CALL (d, doc) {
    UNWIND doc.evidence AS row
    CREATE (v:Evidence {
      id: row.id, relationId: row.relationId, sentence: row.sentence, start: row.start, end: row.end,
      date: row.date, confidence: row.confidence, extractorVersion: row.extractorVersion
    })-[:IN_DOCUMENT]->(d)
    RETURN count(v) AS written
  }
  RETURN sum(written) AS evidenceAdded
}
RETURN entitiesAdded, relationsAdded, evidenceAdded
