// The entities behind nodes a console query returned, so the console can draw them like the explorer.
// Params: $elementIds (elementIds from the console result), $relationTypes (Neo4j types from the registry)
// Returns: one row per :Entity found {elementId, id, name, type, labels, aliases, degree}
UNWIND $elementIds AS elementId
MATCH (e:Entity)
WHERE elementId(e) = elementId
RETURN elementId, e.id AS id, e.name AS name, e.type AS type, labels(e) AS labels,
  coalesce(e.aliases, []) AS aliases,
  COUNT { (e)-[r]-(:Entity) WHERE type(r) IN $relationTypes } AS degree
