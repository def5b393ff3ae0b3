// Removes one document with its evidence and mentions; what it supported is recounted next
// (ingest/recount-relations.cypher, ingest/prune-entities.cypher) in the same transaction.
// Params: $id (Document.id)
// Returns: one row when the document existed {relationIds, entityIds, evidenceRemoved}
MATCH (d:Document {id: $id})
OPTIONAL MATCH (v:Evidence)-[:IN_DOCUMENT]->(d)
WITH d, collect(v) AS evidence, collect(DISTINCT v.relationId) AS relationIds
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(d)
WITH d, evidence, relationIds, collect(e.id) AS entityIds
FOREACH (v IN evidence | DETACH DELETE v)
DETACH DELETE d
RETURN relationIds, entityIds, size(evidence) AS evidenceRemoved
