// One snapshot by id, with its state: a deleted one keeps only its id and dates (a tombstone).
// Params: $id
// Returns: zero or one row {body, bodyEncoding, expiresAtMs, deletedAt}
MATCH (s:Snapshot {id: $id})
RETURN s.body AS body, s.bodyEncoding AS bodyEncoding, s.expiresAt.epochMillis AS expiresAtMs, toString(s.deletedAt) AS deletedAt
