// Documents in the graph, most recently ingested first.
// Params: $limit, $skip
// Returns: one row per document {id, title, source, publishedAt, ingestedAt, length, extractorVersion, evidence, entities}
MATCH (d:Document)
WITH d ORDER BY d.ingestedAt DESC, d.id SKIP $skip LIMIT $limit
RETURN d.id AS id, d.title AS title, d.source AS source, d.publishedAt AS publishedAt,
       d.ingestedAt AS ingestedAt, d.length AS length, d.extractorVersion AS extractorVersion,
       COUNT { (:Evidence)-[:IN_DOCUMENT]->(d) } AS evidence,
       COUNT { (:Entity)-[:MENTIONED_IN]->(d) } AS entities
