// One snapshot by the hash of its id, with its state: a deleted one keeps only its dates (a tombstone).
// Params: $idHash
// Returns: zero or one row {body, expiresAtMs, deletedAt}
MATCH (s:Snapshot {idHash: $idHash})
RETURN s.body AS body, s.expiresAt.epochMillis AS expiresAtMs, toString(s.deletedAt) AS deletedAt
