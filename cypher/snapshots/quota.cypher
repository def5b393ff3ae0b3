// Space the stored snapshots take: the sealed bodies of those not deleted or purged.
// Params: none
// Returns: one row {usedBytes, stored}
MATCH (s:Snapshot)
WHERE s.body IS NOT NULL
RETURN coalesce(sum(s.bytes), 0) AS usedBytes, count(s) AS stored
