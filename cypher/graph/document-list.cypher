// Every document for the /documents page: searched in title, source and text, sorted by one key,
// one page of them with counts, and how many match in all.
// Params: $q (lower-case text, '' for all), $sort ('date' | 'title' | 'source' | 'relations' |
//         'entities' | 'evidence'), $descending, $skip, $limit
// The order is two keys of which one is always null: ascending on the first, descending on the
// second (Cypher cannot take a direction as a parameter).
// Returns: one row {total, documents}
MATCH (d:Document)
WHERE $q = '' OR toLower(coalesce(d.title, '')) CONTAINS $q OR toLower(coalesce(d.source, '')) CONTAINS $q
   OR toLower(coalesce(d.text, '')) CONTAINS $q
CALL (d) {
  OPTIONAL MATCH (v:Evidence)-[:IN_DOCUMENT]->(d)
  RETURN count(v) AS evidence, count(DISTINCT v.relationId) AS relations
}
WITH d, evidence, relations, COUNT { (:Entity)-[:MENTIONED_IN]->(d) } AS entities
WITH d, evidence, relations, entities,
  CASE $sort
    WHEN 'title' THEN toLower(coalesce(d.title, d.id))
    WHEN 'source' THEN toLower(coalesce(d.source, ''))
    WHEN 'relations' THEN relations
    WHEN 'entities' THEN entities
    WHEN 'evidence' THEN evidence
    ELSE coalesce(d.publishedAt, '')
  END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END ASC, CASE WHEN $descending THEN key ELSE null END DESC, d.id
WITH collect({
  id: d.id, title: d.title, source: d.source, publishedAt: d.publishedAt,
  evidence: evidence, relations: relations, entities: entities
}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS documents
