// Envoys and whom they represent
MATCH p = (envoy:Person)-[envoyOf:ENVOY_OF]->(principal:Entity)
RETURN envoy.name AS envoy, principal.name AS represents, principal.type AS principalType,
  envoyOf.evidenceCount AS sources, p
ORDER BY sources DESC, envoy
