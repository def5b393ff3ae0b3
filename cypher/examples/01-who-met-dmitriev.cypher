// Who met Kirill Dmitriev, most documented meetings first
// Params: {"name": "Dmitriev"}
CALL db.index.fulltext.queryNodes('entity_names', $name) YIELD node, score
WITH node AS person
ORDER BY score DESC
LIMIT 1
MATCH p = (person)-[met:MET_WITH]-(other:Entity)
RETURN other.name AS metWith, met.evidenceCount AS sources, met.firstSeen AS firstSeen, met.lastSeen AS lastSeen, p
ORDER BY sources DESC, metWith
