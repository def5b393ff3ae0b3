// One relation with every sentence that supports it and the document each comes from.
// Params: $id (relationship id), $subject, $object (its end entity ids, parsed from the id), $limit
// Returns: one row {relation, source, target, evidence, evidenceTotal}; none when the id is unknown
MATCH (s:Entity {id: $subject})-[r]-(o:Entity {id: $object})
WHERE r.id = $id
WITH r LIMIT 1
WITH r, startNode(r) AS a, endNode(r) AS b
CALL (r) {
  OPTIONAL MATCH (v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document)
  WITH v, d
  ORDER BY coalesce(v.date, d.publishedAt) DESC, d.id, v.start
  WITH collect(CASE WHEN v IS NULL THEN NULL ELSE {
    id: v.id, sentence: v.sentence, start: v.start, end: v.end, date: coalesce(v.date, d.publishedAt),
    confidence: v.confidence,
    document: {id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt}
  } END) AS found
  RETURN found[..$limit] AS evidence, size(found) AS evidenceTotal
}
RETURN {
  id: r.id, type: type(r), source: a.id, target: b.id,
  evidenceCount: coalesce(r.evidenceCount, 0), confidence: r.confidence,
  firstSeen: r.firstSeen, lastSeen: r.lastSeen, role: r.role,
  documentIds: [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | d.id],
  sources: [(v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d:Document) | coalesce(d.source, d.id)]
} AS relation,
{id: a.id, name: a.name, type: a.type, aliases: coalesce(a.aliases, [])} AS source,
{id: b.id, name: b.name, type: b.type, aliases: coalesce(b.aliases, [])} AS target,
evidence, evidenceTotal
