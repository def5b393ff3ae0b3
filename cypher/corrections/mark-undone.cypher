// Marks a correction undone (kept, so the record of who changed what stays).
// Params: $id, $by, $at
// Returns: one row {id} when it was in force
MATCH (c:Correction {id: $id})
WHERE c.undoneAt IS NULL
SET c.undoneAt = $at, c.undoneBy = $by
RETURN c.id AS id
