// Stores a new snapshot: the envelope as JSON text plus what reads and deletes need.
// Params: $id, $deleteTokenHash (sha256 hex), $title, $description, $nodeCount, $edgeCount, $createdAt, $expiresAt (ISO or null),
//         $formatVersion, $elementCount, $bytes (JSON size), $body (envelope JSON, gzip, base64),
//         $bodyEncoding
// Returns: one row {id}
CREATE (s:Snapshot {
  id: $id, deleteTokenHash: $deleteTokenHash, title: $title, description: $description,
  nodeCount: $nodeCount, edgeCount: $edgeCount, createdAt: datetime($createdAt),
  expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END,
  formatVersion: $formatVersion, elementCount: $elementCount, bytes: $bytes, body: $body,
  bodyEncoding: $bodyEncoding
})
RETURN s.id AS id
