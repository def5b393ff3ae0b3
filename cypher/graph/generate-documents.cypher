// Benchmark generator (scripts/generate-graph.ts): one batch of documents.
// Params: $rows [{id, title, publishedAt}]
// Returns: one row {created}
UNWIND $rows AS row
CREATE (d:Document {
  id: row.id, title: row.title, source: 'Liaison generated corpus', publishedAt: row.publishedAt,
  ingestedAt: row.publishedAt, text: row.title, length: size(row.title), extractorVersion: 'generated'
})
RETURN count(d) AS created
