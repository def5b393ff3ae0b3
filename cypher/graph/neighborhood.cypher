// Neighbourhood of one entity: one page of its neighbours, strongest (most evidence) first, the
// relations from it to them and among them, and how many neighbours there are in all.
// Degrees come from Neo4j's degree store (all relationships minus MENTIONED_IN, the only other
// relationship an entity has).
// The centre's relations to the page come from the walk that ranks its neighbours (kept, not walked
// again). Relations among the page are found by walking each member's relationships in one
// direction and keeping those that end in the page: each relationship is met once. The direction
// is the one with fewer relationships in all, counted from the degree store: neighbours of a busy
// entity are often hubs with thousands of relationships one way and far fewer the other (measured
// on the 1M-relationship graph: 15-45% fewer db hits than walking outgoing from every member, the
// centre included, and about 8x fewer than checking every pair of members with Expand Into).
// Params: $id (Entity.id), $types (Neo4j types to expand along, from the registry),
//         $relationTypes (every registry type), $offset, $limit
// The documents behind the edges come in the same answer (one round trip for the whole view), read
// from the evidence walk itself rather than looked up again by id.
// Returns: one row {center, nodes, edges, total, countsByType, documents}, none when the id is unknown
MATCH (c:Entity {id: $id})
// One walk over the centre's relationships serves its counts by type, the ranking of its neighbours
// and its relations to the page (two walks cost a hub thousands of relationship reads more).
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE type(r) IN $relationTypes
  WITH n, type(r) AS type, count(*) AS count, sum(coalesce(r.evidenceCount, 0)) AS weight, collect(r) AS rels
  WITH collect({n: n, type: type, count: count, weight: weight, rels: rels}) AS groups
  CALL (groups) {
    UNWIND groups AS g
    WITH g.type AS type, sum(g.count) AS count
    RETURN collect({type: type, count: count}) AS countsByType
  }
  CALL (groups, c) {
    UNWIND groups AS g
    WITH g, c WHERE g.type IN $types
    // A relation of the centre to itself (left by a merge) is no neighbour but is drawn.
    WITH g.n AS n, sum(g.weight) AS weight, collect(g.rels) AS rels, g.n = c AS loop
    ORDER BY loop, weight DESC, n.id
    WITH collect({n: n, rels: rels, loop: loop}) AS ranked
    WITH [x IN ranked WHERE NOT x.loop] AS ranked, [x IN ranked WHERE x.loop] AS loops
    WITH ranked[$offset..($offset + $limit)] AS page, size(ranked) AS total, loops
    RETURN total, [x IN page | x.n] AS page, reduce(acc = [], x IN page + loops | acc + reduce(inner = [], l IN x.rels | inner + l)) AS centreRels
  }
  RETURN total, page, centreRels, countsByType
}
// Relationships of the page members out and in (MENTIONED_IN is an entity's only other outgoing one).
CALL (page) {
  UNWIND page AS m
  RETURN sum(COUNT { (m)-->() } - COUNT { (m)-[:MENTIONED_IN]->() }) AS outs, sum(COUNT { (m)<--() }) AS ins
}
CALL (page, centreRels, outs, ins) {
 CALL (page, centreRels, outs, ins) {
  UNWIND centreRels AS r
  RETURN startNode(r) AS a, r, endNode(r) AS b
  UNION ALL
  UNWIND page AS a
  WITH a, page WHERE outs <= ins
  MATCH (a)-[r]->(b)
  WHERE b IN page AND type(r) IN $types
  RETURN a, r, b
  UNION ALL
  UNWIND page AS b
  WITH b, page WHERE outs > ins
  MATCH (a)-[r]->(b)
  WHERE a IN page AND type(r) IN $types
  RETURN a, r, b
 }
 WITH a, r, b, [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d] AS docs
 RETURN collect({
    id: r.id, type: type(r), source: a.id, target: b.id,
    evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen, role: r.role,
    documentIds: [d IN docs | d.id], sources: [d IN docs | coalesce(d.source, d.id)]
  }) AS edges, collect(docs) AS documentLists
}
WITH c, total, countsByType, [c] + page AS members, edges, documentLists
CALL (members) {
  UNWIND members AS n
  RETURN collect({
    id: n.id, name: n.name, type: n.type, aliases: coalesce(n.aliases, []), roles: coalesce(n.roles, []),
    degree: COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]->() }
  }) AS nodes
}
CALL (documentLists) {
  UNWIND documentLists AS list
  UNWIND list AS d
  WITH DISTINCT d
  ORDER BY d.publishedAt DESC, d.id
  RETURN collect({id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt}) AS documents
}
RETURN nodes[0] AS center, nodes[1..] AS nodes, edges, total, countsByType, documents
