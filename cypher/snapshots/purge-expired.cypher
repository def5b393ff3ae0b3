// Drops the content of one expired snapshot (found expired when read); the tombstone stays.
// Params: $id, $now (epoch milliseconds: the reader's clock decides expiry)
// Returns: zero or one row {id}
MATCH (s:Snapshot {id: $id})
WHERE s.expiresAt IS NOT NULL AND s.expiresAt.epochMillis <= $now AND s.body IS NOT NULL
REMOVE s.body, s.title, s.description
RETURN s.id AS id
