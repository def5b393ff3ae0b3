// Whether a snapshot can be shown, without reading its content (the /s/{id} proxy asks this).
// Params: $idHash
// Returns: zero or one row {expiresAtMs, deletedAt}
MATCH (s:Snapshot {idHash: $idHash})
RETURN s.expiresAt.epochMillis AS expiresAtMs, toString(s.deletedAt) AS deletedAt
