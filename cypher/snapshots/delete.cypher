// Deletes a snapshot's content and keeps a tombstone, so its link answers 410 rather than 404.
// Params: $id
// Returns: one row {id}
MATCH (s:Snapshot {id: $id})
SET s.deletedAt = datetime()
REMOVE s.body, s.title, s.description, s.deleteTokenHash
RETURN s.id AS id
