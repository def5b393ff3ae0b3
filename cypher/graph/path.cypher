// How two entities are connected: every shortest path between them over registry relations
// (at most 6 hops), each hop with its evidence count.
// Params: $from, $to (Entity.id), $types (Neo4j types allowed on the way), $relationTypes, $limit
// Returns: one row per path {nodes, edges}; none when there is no connection
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[rels*..6]-(b))
WHERE all(r IN rels WHERE type(r) IN $types)
WITH p
LIMIT $limit
RETURN [n IN nodes(p) | {
  id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []), roles: coalesce(n.roles, []),
  degree: COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]->() }
}] AS nodes,
[r IN relationships(p) | {
  id: r.id, type: type(r), source: startNode(r).id, target: endNode(r).id,
  evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
  firstSeen: r.firstSeen, lastSeen: r.lastSeen, role: r.role,
  documentIds: [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d.id],
  sources: [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | coalesce(d.source, d.id)]
}] AS edges
