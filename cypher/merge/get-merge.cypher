// One recorded merge with its undo data.
// Params: $id (Merge.id)
// Returns: zero or one row {merge}
MATCH (m:Merge {id: $id})
RETURN properties(m) AS merge
