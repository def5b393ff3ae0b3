// Title, source and date of the documents with these ids (the explorer's source filter).
// Params: $ids (Document.id list)
// Returns: one row per document {id, title, source, publishedAt}
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.source AS source, d.publishedAt AS publishedAt
ORDER BY d.publishedAt DESC, d.id
