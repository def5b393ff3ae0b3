// Neighbourhood of one entity: one page of its neighbours, strongest (most evidence) first, the
// relations from it to them and among them, and how many neighbours there are in all.
// Degrees come from Neo4j's degree store (all relationships minus MENTIONED_IN, the only other
// relationship an entity has). Relations among the page are found by walking each member's
// outgoing relationships once and keeping those that end in the page: each relationship is met
// once, from its start node (measured on the 1M-relationship graph: about 8x fewer db hits than
// checking every pair of members with Expand Into).
// Params: $id (Entity.id), $types (Neo4j types to expand along, from the registry),
//         $relationTypes (every registry type), $offset, $limit
// The documents behind the edges come in the same answer (one round trip for the whole view), read
// from the evidence walk itself rather than looked up again by id.
// Returns: one row {center, nodes, edges, total, countsByType, documents}, none when the id is unknown
MATCH (c:Entity {id: $id})
// One walk over the centre's relationships serves both its counts by type and the ranking of its
// neighbours (two walks cost a hub thousands of relationship reads more).
CALL (c) {
  MATCH (c)-[r]-(n:Entity)
  WHERE type(r) IN $relationTypes
  WITH n, type(r) AS type, count(*) AS count, sum(coalesce(r.evidenceCount, 0)) AS weight
  WITH collect({n: n, type: type, count: count, weight: weight}) AS groups
  CALL (groups) {
    UNWIND groups AS g
    WITH g.type AS type, sum(g.count) AS count
    RETURN collect({type: type, count: count}) AS countsByType
  }
  CALL (groups, c) {
    UNWIND groups AS g
    WITH g, c WHERE g.type IN $types AND g.n <> c
    WITH g.n AS n, sum(g.weight) AS weight
    ORDER BY weight DESC, n.id
    WITH collect(n) AS ranked
    RETURN size(ranked) AS total, ranked[$offset..($offset + $limit)] AS page
  }
  RETURN total, page, countsByType
}
WITH c, total, countsByType, [c] + page AS members
CALL (members) {
  UNWIND members AS a
  MATCH (a)-[r]->(b)
  WHERE b IN members AND type(r) IN $types
  WITH a, r, b, [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d] AS docs
  RETURN collect({
    id: r.id, type: type(r), source: a.id, target: b.id,
    evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
    firstSeen: r.firstSeen, lastSeen: r.lastSeen,
    documentIds: [d IN docs | d.id]
  }) AS edges, collect(docs) AS documentLists
}
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
