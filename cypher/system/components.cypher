// Neo4j's name, version and edition, for the health check.
// Returns: one row {name, versions, edition}
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
