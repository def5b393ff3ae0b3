// Neighbourhood of one entity: one page of its neighbours, strongest (most evidence) first, the
// relations from it to them and among them, and how many neighbours there are in all.
// Params: $id (Entity.id), $types (Neo4j types to expand along, from the registry),
//         $relationTypes (every registry type, for degrees), $offset, $limit
// Returns: one row {center, nodes, edges, total, countsByType}, none when the id is unknown
MATCH (c:Entity {id: $id})
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE type(r) IN $types AND n <> c
  WITH n, sum(coalesce(r.evidenceCount, 0)) AS weight
  ORDER BY weight DESC, n.id
  WITH collect(n) AS ranked
  RETURN size(ranked) AS total, ranked[$offset..($offset + $limit)] AS page
}
CALL (c) {
  MATCH (c)-[r]-(:Entity)
  WHERE type(r) IN $relationTypes
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS countsByType
}
WITH c, total, countsByType, [c] + page AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $types AND b IN members
  RETURN collect({
    id: r.id, type: type(r), source: a.id, target: b.id,
    evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen,
    documentIds: [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d.id]
  }) AS edges
}
CALL (members) {
  UNWIND members AS n
  RETURN collect({
    id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []), roles: coalesce(n.roles, []),
    degree: COUNT { (n)-[x]-(:Entity) WHERE type(x) IN $relationTypes }
  }) AS nodes
}
RETURN nodes[0] AS center, nodes[1..] AS nodes, edges, total, countsByType
