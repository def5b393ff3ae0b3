// What the viewer page renders on the server (sealed title, description, counts) without the envelope.
// Params: $idHash
// Returns: zero or one row {summary, createdAt, expiresAtMs, deletedAt}
MATCH (s:Snapshot {idHash: $idHash})
RETURN s.summary AS summary, toString(s.createdAt) AS createdAt, s.expiresAt.epochMillis AS expiresAtMs,
       toString(s.deletedAt) AS deletedAt
