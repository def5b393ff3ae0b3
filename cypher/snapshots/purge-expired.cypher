// Drops the content of one expired snapshot (found expired when read); the tombstone stays.
// Params: $idHash, $now (epoch milliseconds: the reader's clock decides expiry)
// Returns: zero or one row {idHash}
MATCH (s:Snapshot {idHash: $idHash})
WHERE s.expiresAt IS NOT NULL AND s.expiresAt.epochMillis <= $now AND (s.body IS NOT NULL OR s.summary IS NOT NULL)
REMOVE s.body, s.summary
RETURN s.idHash AS idHash
