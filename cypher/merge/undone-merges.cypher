// Merges a person undid: the two entities are different, so name resolution never joins them again.
// Params: none
// Returns: one row per undone merge {fromId, intoId}
MATCH (m:Merge)
WHERE m.undoneAt IS NOT NULL
RETURN m.fromId AS fromId, m.intoId AS intoId
ORDER BY m.fromId, m.intoId
