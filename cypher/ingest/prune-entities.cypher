// Deletes the entities among $ids that nothing supports any more: no relationship, no mention.
// Entities recorded as the target of a merge stay, so an undo finds them.
// Params: $ids [Entity.id]
// Returns: one row {entitiesRemoved}
CALL () {
  UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WHERE NOT EXISTS { (e)--() } AND NOT EXISTS { MATCH (m:Merge {intoId: id}) WHERE m.undoneAt IS NULL }
  DELETE e
  RETURN count(e) AS entitiesRemoved
}
RETURN entitiesRemoved
