// Deletes a snapshot's content and keeps a tombstone, so its link answers 410 rather than 404.
// Params: $idHash
// Returns: one row {idHash}
MATCH (s:Snapshot {idHash: $idHash})
SET s.deletedAt = datetime()
REMOVE s.body, s.summary, s.deleteTokenHash
RETURN s.idHash AS idHash
