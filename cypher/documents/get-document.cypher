// One document: its text and metadata, the mentions of each entity, and its evidence sentences.
// Params: $id (Document.id)
// Returns: zero or one row {document, mentions, evidence}
MATCH (d:Document {id: $id})
CALL (d) {
  OPTIONAL MATCH (e:Entity)-[m:MENTIONED_IN]->(d)
  WITH e, m ORDER BY e.name
  RETURN collect(CASE WHEN e IS NULL THEN null ELSE {
    entityId: e.id, name: e.name, type: e.type, count: m.count, starts: m.starts, ends: m.ends
  } END) AS mentions
}
CALL (d) {
  OPTIONAL MATCH (v:Evidence)-[:IN_DOCUMENT]->(d)
  WITH v ORDER BY v.start
  RETURN collect(CASE WHEN v IS NULL THEN null ELSE {
    id: v.id, relationId: v.relationId, sentence: v.sentence, start: v.start, end: v.end,
    date: v.date, confidence: v.confidence
  } END) AS evidence
}
RETURN {
  id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt, ingestedAt: d.ingestedAt,
  text: d.text, length: d.length, extractorVersion: d.extractorVersion
} AS document, mentions, evidence
