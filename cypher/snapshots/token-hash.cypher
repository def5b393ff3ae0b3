// The stored hash of a snapshot's delete token, read before deleting it.
// Params: $idHash
// Returns: zero or one row {deleteTokenHash, deletedAt}
MATCH (s:Snapshot {idHash: $idHash})
RETURN s.deleteTokenHash AS deleteTokenHash, toString(s.deletedAt) AS deletedAt
