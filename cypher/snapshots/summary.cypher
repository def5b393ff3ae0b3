// What the viewer page renders on the server (title, description, counts) without the envelope.
// Params: $id
// Returns: zero or one row {title, description, nodeCount, edgeCount, createdAt, expiresAtMs, deletedAt}
MATCH (s:Snapshot {id: $id})
RETURN s.title AS title, s.description AS description, s.nodeCount AS nodeCount, s.edgeCount AS edgeCount,
       toString(s.createdAt) AS createdAt, s.expiresAt.epochMillis AS expiresAtMs, toString(s.deletedAt) AS deletedAt
