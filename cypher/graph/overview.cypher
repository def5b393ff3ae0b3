// The starting view: the most connected entities and the relations among them.
// Params: $limit (number of entities), $relationTypes (Neo4j types from the registry)
// Degree from the degree store (every relationship but MENTIONED_IN), so ranking is one pass.
// Returns: one row {nodes, edges, entityTotal} (entityTotal from the count store: what the view is a part of)
MATCH (e:Entity)
WITH e, COUNT { (e)--() } - COUNT { (e)-[:MENTIONED_IN]->() } AS degree
ORDER BY degree DESC, e.name
LIMIT $limit
WITH collect(e) AS top, collect({entity: e, degree: degree}) AS ranked
CALL (top) {
  UNWIND top AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE b IN top AND type(r) IN $relationTypes
  WITH DISTINCT a, r, b
  WITH a, r, b, [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d] AS docs
  RETURN collect({
    id: r.id, type: type(r), source: a.id, target: b.id,
    evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen, role: r.role,
    documentIds: [d IN docs | d.id], sources: [d IN docs | coalesce(d.source, d.id)]
  }) AS edges
}
CALL () { MATCH (x:Entity) RETURN count(x) AS entityTotal }
RETURN entityTotal, [x IN ranked | {
  id: x.entity.id, name: x.entity.name, type: x.entity.type,
  aliases: coalesce(x.entity.aliases, []), roles: coalesce(x.entity.roles, []), degree: x.degree
}] AS nodes, edges
