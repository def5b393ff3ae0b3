// The starting view: the most connected entities and the relations among them.
// Params: $limit (number of entities), $relationTypes (Neo4j types from the registry)
// Degree from the degree store (every relationship but MENTIONED_IN), so ranking is one pass.
// Returns: one row {nodes, edges}
MATCH (e:Entity)
WITH e, COUNT { (e)--() } - COUNT { (e)-[:MENTIONED_IN]->() } AS degree
ORDER BY degree DESC, e.name
LIMIT $limit
WITH collect(e) AS top, collect({entity: e, degree: degree}) AS ranked
CALL (top) {
  UNWIND top AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN top AND type(r) IN $relationTypes
  RETURN collect(DISTINCT {
    id: r.id, type: type(r), source: a.id, target: b.id,
    evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen,
    documentIds: [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d.id]
  }) AS edges
}
RETURN [x IN ranked | {
  id: x.entity.id, name: x.entity.name, type: x.entity.type,
  aliases: coalesce(x.entity.aliases, []), roles: coalesce(x.entity.roles, []), degree: x.degree
}] AS nodes, edges
