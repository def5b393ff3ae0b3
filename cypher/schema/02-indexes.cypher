// One relationship per (type, subject, object), keyed by id: unique per registry type.
// lib/neo4j/schema.test.ts checks that every type of lib/schema/relations.ts is listed here.
CREATE CONSTRAINT met_with_id IF NOT EXISTS FOR ()-[r:MET_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT envoy_of_id IF NOT EXISTS FOR ()-[r:ENVOY_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT sanctioned_by_id IF NOT EXISTS FOR ()-[r:SANCTIONED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT works_for_id IF NOT EXISTS FOR ()-[r:WORKS_FOR]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT educated_at_id IF NOT EXISTS FOR ()-[r:EDUCATED_AT]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT visited_id IF NOT EXISTS FOR ()-[r:VISITED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT aide_to_id IF NOT EXISTS FOR ()-[r:AIDE_TO]-() REQUIRE r.id IS UNIQUE;
// Lookups by property: evidence by relation, documents by date, entities by type.
CREATE INDEX evidence_relation IF NOT EXISTS FOR (v:Evidence) ON (v.relationId);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt);
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
