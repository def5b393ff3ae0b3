// Prints a fingerprint of the graph (entities, relationships with counters, evidence) so two
// databases can be compared: the same sample articles must give the same graph on a fresh
// database and after a second seed. Read-only.
//   NEO4J_URI=bolt://127.0.0.1:7701 npx tsx scripts/ingest-fingerprint.ts
import { getDriver, closeDriver } from "@/lib/neo4j/driver";
import { createHash } from "node:crypto";
async function main() {
  const s = getDriver().session();
  const e = await s.run(
    "MATCH (e:Entity) RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.roles AS roles, labels(e) AS labels ORDER BY id",
  );
  const r = await s.run(
    "MATCH (a)-[r]->(b) WHERE r.evidenceCount IS NOT NULL RETURN r.id AS id, type(r) AS t, r.evidenceCount AS n, r.firstSeen AS f, r.lastSeen AS l, r.confidence AS c ORDER BY id",
  );
  const v = await s.run(
    "MATCH (v:Evidence)-[:IN_DOCUMENT]->(d) RETURN v.id AS id, v.relationId AS rel, d.id AS doc ORDER BY id",
  );
  const multi = await s.run(
    "MATCH ()-[r]->() WHERE r.evidenceCount IS NOT NULL WITH r MATCH (v:Evidence {relationId: r.id})-[:IN_DOCUMENT]->(d) WITH r, count(DISTINCT d) AS docs WHERE docs > 1 RETURN r.id AS id, docs ORDER BY docs DESC LIMIT 8",
  );
  const h = (x: unknown) =>
    createHash("sha256").update(JSON.stringify(x)).digest("hex").slice(0, 16);
  console.log("entities", e.records.length, h(e.records.map((x) => x.toObject())));
  console.log("relations", r.records.length, h(r.records.map((x) => x.toObject())));
  console.log("evidence", v.records.length, h(v.records.map((x) => x.toObject())));
  console.log(
    "edges with >1 article:",
    multi.records.map((x) => `${x.get("id")} (${x.get("docs")})`).join(", "),
  );
  await s.close();
  await closeDriver();
}
main();
