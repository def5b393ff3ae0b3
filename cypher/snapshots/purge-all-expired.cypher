// The scheduled purge: drops the content of up to $batch expired snapshots; their tombstones stay.
// Params: $now (epoch milliseconds), $batch
// Returns: one row {purged}
MATCH (s:Snapshot)
WHERE s.expiresAt IS NOT NULL AND s.expiresAt.epochMillis <= $now AND (s.body IS NOT NULL OR s.summary IS NOT NULL)
WITH s LIMIT $batch
REMOVE s.body, s.summary
RETURN count(s) AS purged
