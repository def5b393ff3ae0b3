// Corrections, newest first: all, those in force for some relations (replayed after an ingest),
// or those behind some relations (shown in their details).
// Params: $relationIds (null for all), $activeOnly, $limit
// Returns: one row per correction {correction}
MATCH (c:Correction)
WHERE ($relationIds IS NULL OR c.relationId IN $relationIds OR c.toRelationId IN $relationIds)
  AND (NOT $activeOnly OR c.undoneAt IS NULL)
RETURN properties(c) AS correction
ORDER BY c.at DESC, c.id
LIMIT $limit
