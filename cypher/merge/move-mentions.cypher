// Moves the mentions of one entity onto another (merge) or back (undo): the target's mention of a
// document gains the spans, the source's loses them and goes when none are left.
// Params: $fromId, $toId (Entity.id), $mentions [{documentId, starts, ends}]
// Returns: one row {moved}
CALL () {
  UNWIND $mentions AS row
  MATCH (d:Document {id: row.documentId})
  MATCH (target:Entity {id: $toId})
  MERGE (target)-[m:MENTIONED_IN]->(d)
  ON CREATE SET m.count = 0, m.starts = [], m.ends = []
  SET m.starts = m.starts + row.starts, m.ends = m.ends + row.ends, m.count = m.count + size(row.starts)
  WITH d, row
  OPTIONAL MATCH (:Entity {id: $fromId})-[old:MENTIONED_IN]->(d)
  WITH old, row, [i IN range(0, size(coalesce(old.starts, [])) - 1) WHERE NOT old.starts[i] IN row.starts] AS keep
  CALL (old, keep) {
    WITH old WHERE old IS NOT NULL AND size(keep) = 0
    DELETE old
  }
  CALL (old, keep) {
    WITH old WHERE old IS NOT NULL AND size(keep) > 0
    SET old.starts = [i IN keep | old.starts[i]], old.ends = [i IN keep | old.ends[i]], old.count = size(keep)
  }
  RETURN count(*) AS moved
}
RETURN moved
