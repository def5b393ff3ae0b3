// The stored hash of a snapshot's delete token, read before deleting it.
// Params: $id
// Returns: zero or one row {deleteTokenHash, deletedAt}
MATCH (s:Snapshot {id: $id})
RETURN s.deleteTokenHash AS deleteTokenHash, toString(s.deletedAt) AS deletedAt
