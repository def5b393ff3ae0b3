// Stores a new snapshot, sealed (lib/snapshots/sealed.ts): only the hash of its link id, and its
// summary and envelope encrypted with a key derived from that id. Nothing here says what it shows.
// Params: $idHash (sha256 hex of the link id), $deleteTokenHash (sha256 hex), $createdAt, $expiresAt (ISO or null),
//         $formatVersion, $bytes (size of the sealed body), $summary (sealed {title, description, nodeCount, edgeCount}),
//         $body (sealed gzip of the envelope JSON), $sealedWith (the scheme)
// Returns: one row {idHash}
CREATE (s:Snapshot {
  idHash: $idHash, deleteTokenHash: $deleteTokenHash, createdAt: datetime($createdAt),
  expiresAt: CASE WHEN $expiresAt IS NULL THEN null ELSE datetime($expiresAt) END,
  formatVersion: $formatVersion, bytes: $bytes, summary: $summary, body: $body, sealedWith: $sealedWith
})
RETURN s.idHash AS idHash
