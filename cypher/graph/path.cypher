// How two entities are connected, within what the view shows: up to 24 of the shortest paths (at
// most 6 hops) over the allowed relation types, each relation with at least $minEvidence
// sentences, every entity on the way of an allowed type; paths that visit an entity twice are
// dropped, the rest ranked by evidence (a path is as good as its least stated step, then more
// evidence in all), and the best $limit kept. ALL SHORTEST costs what allShortestPaths did (on the
// 800k-relationship graph, 25-590 ms for random pairs); SHORTEST 24, which would rank longer paths
// too, cost up to 14 times more when the shortest path is unique.
// Params: $from, $to (Entity.id), $types (Neo4j types allowed on the way), $entityTypes (allowed
//         types of the entities between the two), $minEvidence, $limit
// Returns: one row per path {nodes, edges, weakest, total}, best first; none when not connected
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)(()-[r WHERE type(r) IN $types AND coalesce(r.evidenceCount, 0) >= $minEvidence]-(n:Entity WHERE n.id = $to OR n.type IN $entityTypes)){1,6}(b)
WITH p LIMIT 24
WITH p, nodes(p) AS ns
WHERE all(i IN range(0, size(ns) - 2) WHERE NOT ns[i] IN ns[(i + 1)..])
WITH p, [x IN relationships(p) | coalesce(x.evidenceCount, 0)] AS weights
WITH p, reduce(m = weights[0], w IN weights | CASE WHEN w < m THEN w ELSE m END) AS weakest, reduce(s = 0, w IN weights | s + w) AS total
ORDER BY weakest DESC, total DESC
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
}] AS edges, weakest, total
