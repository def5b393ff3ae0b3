// Seals snapshots stored in the clear: sets the id hash and the sealed values, removes every plain one.
// Params: $rows ([{id, idHash, summary, body, bytes, sealedWith}]; summary and body null for tombstones)
// Returns: one row {sealed}
UNWIND $rows AS row
MATCH (s:Snapshot {id: row.id})
SET s.idHash = row.idHash, s.summary = row.summary, s.body = row.body, s.bytes = row.bytes,
    s.sealedWith = row.sealedWith
REMOVE s.id, s.title, s.description, s.nodeCount, s.edgeCount, s.elementCount, s.bodyEncoding
RETURN count(s) AS sealed
