// Undo, first step: brings the merged-away entity back and takes its names off the survivor
// (names the survivor had before the merge stay). Marks the merge undone.
// Params: $merge {id, fromId, intoId, fromName, fromType, fromAliases, fromRoles, addedAliases, addedRoles}, $undoneAt
// Returns: one row {id}
MERGE (from:Entity {id: $merge.fromId})
ON CREATE SET from:$($merge.fromType), from.name = $merge.fromName, from.type = $merge.fromType,
              from.aliases = $merge.fromAliases, from.roles = $merge.fromRoles
WITH from
OPTIONAL MATCH (into:Entity {id: $merge.intoId})
CALL (into) {
  WITH into WHERE into IS NOT NULL
  SET into.aliases = [a IN into.aliases WHERE NOT a IN $merge.addedAliases],
      into.roles = [x IN into.roles WHERE NOT x IN $merge.addedRoles]
}
WITH from
MATCH (m:Merge {id: $merge.id})
SET m.undoneAt = $undoneAt
RETURN m.id AS id
