// Recorded entity merges that are in force, oldest first, so re-ingest maps ids the same way.
// Params: none
// Returns: one row per merge {fromId, intoId}
MATCH (m:Merge)
WHERE m.undoneAt IS NULL
RETURN m.fromId AS fromId, m.intoId AS intoId
ORDER BY m.createdAt, m.id
