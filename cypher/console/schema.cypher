// What the console's editor completes: labels, relationship types and property keys in use.
// Params: none
// Returns: one row {labels, relationshipTypes, propertyKeys}
CALL () {
  CALL db.labels() YIELD label
  RETURN collect(label) AS labels
}
CALL () {
  CALL db.relationshipTypes() YIELD relationshipType
  RETURN collect(relationshipType) AS relationshipTypes
}
CALL () {
  CALL db.propertyKeys() YIELD propertyKey
  RETURN collect(propertyKey) AS propertyKeys
}
RETURN labels, relationshipTypes, propertyKeys
