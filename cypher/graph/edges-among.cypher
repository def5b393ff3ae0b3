// The entities with these ids and every relation among them: restores a view from its ids.
// Params: $ids (Entity.id list), $relationTypes (registry)
// Returns: one row {nodes, edges}
MATCH (a:Entity)
WHERE a.id IN $ids
WITH collect(a) AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b:Entity)
  WHERE type(r) IN $relationTypes AND b IN members
  WITH a, r, b, [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d] AS docs
  RETURN collect({
    id: r.id, type: type(r), source: a.id, target: b.id,
    evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen, role: r.role,
    documentIds: [d IN docs | d.id], sources: [d IN docs | coalesce(d.source, d.id)]
  }) AS edges
}
RETURN [n IN members | {
  id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []), roles: coalesce(n.roles, []),
  degree: COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]->() }
}] AS nodes, edges
