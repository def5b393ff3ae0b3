// Snapshots stored before they were sealed (they still have a plain link id), a batch at a time.
// Params: $batch
// Returns: one row per snapshot {id, body, bodyEncoding, title, description, nodeCount, edgeCount}
MATCH (s:Snapshot)
WHERE s.id IS NOT NULL
RETURN s.id AS id, s.body AS body, s.bodyEncoding AS bodyEncoding, s.title AS title,
       s.description AS description, s.nodeCount AS nodeCount, s.edgeCount AS edgeCount
LIMIT $batch
