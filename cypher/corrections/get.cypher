// One correction.
// Params: $id
// Returns: zero or one row {correction}
MATCH (c:Correction {id: $id})
RETURN properties(c) AS correction
