// Finishes a merge: the surviving entity gains the other's names and roles, the merge is recorded
// with what an undo needs, and the merged-away entity (now without links) is deleted.
// Params: $merge {id, fromId, intoId, fromName, fromType, fromAliases, fromRoles, addedAliases,
//                 addedRoles, evidenceIds, evidenceRelationIds, mentionDocumentIds, mentionStarts,
//                 mentionEnds, createdAt}
// Returns: one row {id}
MATCH (into:Entity {id: $merge.intoId})
SET into.aliases = coalesce(into.aliases, []) + [a IN $merge.addedAliases WHERE NOT a IN coalesce(into.aliases, [])],
    into.roles = coalesce(into.roles, []) + [x IN $merge.addedRoles WHERE NOT x IN coalesce(into.roles, [])]
CREATE (m:Merge)
SET m = $merge
WITH m
OPTIONAL MATCH (from:Entity {id: $merge.fromId})
DETACH DELETE from
RETURN m.id AS id
