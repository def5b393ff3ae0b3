// Claims the documents of a batch: creates each one not yet in the graph and says which were new.
// MERGE on the constrained Document.id locks the key, so two writers of the same article wait for
// each other and only the first one writes it; the second sees `created: false` and skips it.
// Params: $documents [{id, title, source, publishedAt, ingestedAt, text, length, extractorVersion}]
// Returns: one row per document {id, created}
UNWIND $documents AS row
MERGE (d:Document {id: row.id})
WITH d, row, d.ingestedAt IS NULL AS created
SET d += CASE WHEN created THEN row ELSE {} END
RETURN row.id AS id, created
