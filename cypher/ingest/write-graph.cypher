// Writes the entities, mentions, relationships and evidence of newly claimed documents (one batch,
// one transaction, after claim-documents.cypher and name resolution). One round trip per batch.
// Relationship types are literal, one block per registry type (lib/schema/relations.ts; a unit test
// checks every type has its block), so each MERGE is planned once and seeks the type's id
// constraint. Counters are read inside SET, where Neo4j holds the write lock, so concurrent batches
// add up. Whole numbers arrive as plain JavaScript numbers (floats on the wire, no per-row
// conversion in Node) and become integers here with toInteger().
// Entities the graph already has arrive only when they gain a name or role (write-batch.ts decides
// from what name resolution read); relationships and mentions find their entities by position in
// $entityIds, and the counts of rows written come back so the caller can refuse a transaction that
// lost an entity meanwhile.
// Params: $entities [{id, name, type, aliases, roles}], $entityIds [Entity.id] (every entity the rows use),
//         $relations {MET_WITH: [{id, s, o (positions in $entityIds), evidenceCount, firstSeen, lastSeen, confidence, role}], …},
//         $documents [{id, mentions: [{e (position in $entityIds), count, starts, ends}],
//                      evidence: [{id, relationId, sentence, start, end, date, confidence, extractorVersion}]}]
// Returns: one row {entitiesAdded, relationsAdded, evidenceAdded, relationsWritten, mentionsWritten}
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
// Every entity the rows below refer to, looked up once: rows carry its position in $entityIds
// (s, o, e), so a batch makes one index seek per entity rather than one per row.
CALL () {
  UNWIND range(0, size($entityIds) - 1) AS i
  OPTIONAL MATCH (e:Entity {id: $entityIds[i]})
  WITH i, e ORDER BY i
  // Wrapped in a list so a missing entity keeps its place (collect drops bare nulls).
  RETURN collect([e]) AS nodes
}
CALL (nodes) {
  UNWIND $relations.MET_WITH AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:MET_WITH {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r0, count(r) AS w0
}
CALL (nodes) {
  UNWIND $relations.ENVOY_OF AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:ENVOY_OF {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r1, count(r) AS w1
}
CALL (nodes) {
  UNWIND $relations.SANCTIONED_BY AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:SANCTIONED_BY {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r2, count(r) AS w2
}
CALL (nodes) {
  UNWIND $relations.WORKS_FOR AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:WORKS_FOR {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r3, count(r) AS w3
}
CALL (nodes) {
  UNWIND $relations.LEADS AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:LEADS {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r4, count(r) AS w4
}
CALL (nodes) {
  UNWIND $relations.EDUCATED_AT AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:EDUCATED_AT {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r5, count(r) AS w5
}
CALL (nodes) {
  UNWIND $relations.VISITED AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:VISITED {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r6, count(r) AS w6
}
CALL (nodes) {
  UNWIND $relations.AIDE_TO AS row
  WITH row, nodes[toInteger(row.s)][0] AS a, nodes[toInteger(row.o)][0] AS b
  WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:AIDE_TO {id: row.id}]->(b)
  WITH r, row, r.evidenceCount IS NULL AS created
  SET r.evidenceCount = coalesce(r.evidenceCount, 0) + toInteger(row.evidenceCount),
      r.firstSeen = CASE WHEN r.firstSeen IS NULL OR row.firstSeen < r.firstSeen THEN row.firstSeen ELSE r.firstSeen END,
      r.lastSeen = CASE WHEN r.lastSeen IS NULL OR row.lastSeen > r.lastSeen THEN row.lastSeen ELSE r.lastSeen END,
      r.confidence = CASE WHEN r.confidence IS NULL OR row.confidence > r.confidence THEN row.confidence ELSE r.confidence END,
      r.role = coalesce(r.role, row.role)
  RETURN count(CASE WHEN created THEN 1 END) AS r7, count(r) AS w7
}
// Mentions and evidence hang off their document: one document lookup serves all of its rows.
CALL (nodes) {
  UNWIND $documents AS doc
  MATCH (d:Document {id: doc.id})
  CALL (d, doc, nodes) {
    UNWIND doc.mentions AS row
    WITH d, row, nodes[toInteger(row.e)][0] AS e
    WHERE e IS NOT NULL
    CREATE (e)-[m:MENTIONED_IN {count: toInteger(row.count), starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)]}]->(d)
    RETURN count(m) AS mentioned
  }
  CALL (d, doc) {
    UNWIND doc.evidence AS row
    CREATE (v:Evidence {
      id: row.id, relationId: row.relationId, sentence: row.sentence, start: toInteger(row.start), end: toInteger(row.end),
      date: row.date, confidence: row.confidence, extractorVersion: row.extractorVersion
    })-[:IN_DOCUMENT]->(d)
    RETURN count(v) AS written
  }
  RETURN sum(written) AS evidenceAdded, sum(mentioned) AS mentionsWritten
}
RETURN entitiesAdded, r0 + r1 + r2 + r3 + r4 + r5 + r6 + r7 AS relationsAdded, evidenceAdded,
       w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7 AS relationsWritten, mentionsWritten
