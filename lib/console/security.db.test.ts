import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { runConsoleQuery } from "./run";

// Every write or side-effect attempt below must be refused, and the database must be exactly as it
// was: nodes, relationships, labels, types, property keys, indexes, constraints and users.

async function count(text: string, database = databaseName()): Promise<number> {
  const { records } = await getDriver().executeQuery(text, {}, { database });
  return records.length === 1 && records[0]!.keys.length === 1
    ? Number(records[0]!.get(0))
    : records.length;
}

async function databaseState() {
  return {
    nodes: await count("MATCH (n) RETURN count(n)"),
    relationships: await count("MATCH ()-[r]->() RETURN count(r)"),
    fixtureNames: await count(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'console-sec:' RETURN collect(n.name + '|' + coalesce(n.touched, '')) AS x",
    ),
    labels: await count("CALL db.labels() YIELD label RETURN count(label)"),
    relationshipTypes: await count(
      "CALL db.relationshipTypes() YIELD relationshipType RETURN count(relationshipType)",
    ),
    propertyKeys: await count("CALL db.propertyKeys() YIELD propertyKey RETURN count(propertyKey)"),
    indexes: await count("SHOW INDEXES YIELD name RETURN count(name)"),
    constraints: await count("SHOW CONSTRAINTS YIELD name RETURN count(name)"),
    users: await count("SHOW USERS YIELD user RETURN count(user)", "system"),
    databases: await count(
      "SHOW DATABASES YIELD name, currentStatus WHERE currentStatus = 'online' RETURN count(name)",
      "system",
    ),
  };
}

// A local HTTP server that LOAD CSV would fetch from: it must never see a request.
let csvServer: Server;
let csvRequests = 0;
let csvUrl = "";

beforeAll(async () => {
  csvServer = createServer((_, response) => {
    csvRequests += 1;
    response.end("id\nconsole-sec:from-csv\n");
  });
  await new Promise<void>((resolve) => csvServer.listen(0, "127.0.0.1", resolve));
  csvUrl = `http://127.0.0.1:${(csvServer.address() as AddressInfo).port}/people.csv`;
  await getDriver().executeQuery(
    `CREATE (a:Entity:Person {id: 'console-sec:a', name: 'Alice Fixture', type: 'Person'})
     CREATE (b:Entity:Person {id: 'console-sec:b', name: 'Bob Fixture', type: 'Person'})
     CREATE (a)-[:MET_WITH {id: 'console-sec:r', evidenceCount: 1}]->(b)`,
    {},
    { database: databaseName() },
  );
});

afterAll(async () => {
  await getDriver().executeQuery(
    "MATCH (n:Entity) WHERE n.id STARTS WITH 'console-sec:' DETACH DELETE n",
    {},
    { database: databaseName() },
  );
  await new Promise((resolve) => csvServer.close(resolve));
  await closeDriver();
});

type Attempt = [name: string, query: string | (() => string), status: 400 | 422];

const ATTEMPTS: Attempt[] = [
  // Writes in every clause
  ["CREATE a node", "CREATE (n:Entity {id: 'console-sec:new'})", 422],
  [
    "CREATE a relationship",
    "MATCH (a:Entity {id: 'console-sec:a'}), (b:Entity {id: 'console-sec:b'}) CREATE (a)-[:ENVOY_OF]->(b)",
    422,
  ],
  ["MERGE", "MERGE (n:Entity {id: 'console-sec:merged'})", 422],
  [
    "MERGE on existing, ON MATCH SET",
    "MERGE (n:Entity {id: 'console-sec:a'}) ON MATCH SET n.name = 'changed'",
    422,
  ],
  ["UNWIND then MERGE", "UNWIND [1, 2] AS i MERGE (:Entity {id: 'console-sec:m' + i})", 422],
  ["SET a property", "MATCH (n:Entity {id: 'console-sec:a'}) SET n.name = 'changed'", 422],
  ["SET +=", "MATCH (n:Entity {id: 'console-sec:a'}) SET n += {name: 'changed'}", 422],
  ["SET a label", "MATCH (n:Entity {id: 'console-sec:a'}) SET n:Hacked", 422],
  ["SET on relationships", "MATCH ()-[r]->() SET r.evidenceCount = 0", 422],
  ["DELETE a node", "MATCH (n:Entity {id: 'console-sec:a'}) DELETE n", 422],
  ["DELETE a relationship", "MATCH ()-[r:MET_WITH {id: 'console-sec:r'}]->() DELETE r", 422],
  ["DETACH DELETE everything", "MATCH (n) DETACH DELETE n", 422],
  ["REMOVE a property", "MATCH (n:Entity {id: 'console-sec:a'}) REMOVE n.name", 422],
  ["REMOVE a label", "MATCH (n:Entity {id: 'console-sec:a'}) REMOVE n:Entity", 422],
  [
    "FOREACH with CREATE",
    "FOREACH (i IN range(1, 3) | CREATE (:Entity {id: 'console-sec:f' + i}))",
    422,
  ],
  [
    "write inside a CALL subquery",
    "MATCH (n:Entity {id: 'console-sec:a'}) CALL (n) { SET n.touched = true } RETURN count(*)",
    422,
  ],
  [
    "read then write",
    "MATCH (n:Entity {id: 'console-sec:a'}) WITH n SET n.touched = true RETURN n",
    422,
  ],
  // Files, URLs and batches
  ["LOAD CSV from a URL", () => `LOAD CSV WITH HEADERS FROM '${csvUrl}' AS row RETURN row`, 422],
  ["LOAD CSV from a file", "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 422],
  [
    "LOAD CSV then CREATE",
    () => `LOAD CSV WITH HEADERS FROM '${csvUrl}' AS row CREATE (:Entity {id: row.id})`,
    422,
  ],
  [
    "CALL { write } IN TRANSACTIONS",
    "CALL { MATCH (n:Entity {id: 'console-sec:a'}) SET n.touched = true } IN TRANSACTIONS",
    422,
  ],
  [
    "CALL { read } IN TRANSACTIONS",
    "MATCH (n) CALL (n) { RETURN n AS m } IN TRANSACTIONS OF 10 ROWS RETURN m",
    422,
  ],
  // Procedures outside the allow-list
  ["CALL dbms.components", "CALL dbms.components()", 422],
  ["CALL dbms.listConfig", "CALL dbms.listConfig()", 422],
  ["CALL dbms.killConnections", "CALL dbms.killConnections(['bolt-1'])", 422],
  [
    "CALL dbms.security.createUser",
    "CALL dbms.security.createUser('mallory', 'secret-secret', false)",
    400,
  ],
  ["CALL db.createLabel", "CALL db.createLabel('Hacked')", 422],
  ["CALL db.createProperty", "CALL db.createProperty('hackedProperty')", 422],
  ["CALL db.createRelationshipType", "CALL db.createRelationshipType('HACKED')", 422],
  [
    "allowed procedure feeding a forbidden one",
    "CALL db.labels() YIELD label CALL db.createLabel(label + 'X') RETURN label",
    422,
  ],
  ["CALL db.clearQueryCaches", "CALL db.clearQueryCaches()", 422],
  ["CALL db.awaitIndexes (read, not allowed)", "CALL db.awaitIndexes(1)", 422],
  ["CALL db.stats.retrieve (read, not allowed)", "CALL db.stats.retrieve('GRAPH COUNTS')", 422],
  ["CALL tx.setMetaData", "CALL tx.setMetaData({owned: true})", 422],
  ["apoc-style create", "CALL apoc.create.node(['Hacked'], {})", 400],
  ["apoc-style runWrite", "CALL apoc.cypher.runWrite('CREATE (n)', {})", 400],
  [
    "apoc-style periodic.iterate",
    "CALL apoc.periodic.iterate('MATCH (n) RETURN n', 'DETACH DELETE n', {})",
    400,
  ],
  // Index, constraint and administration commands
  ["CREATE INDEX", "CREATE INDEX console_sec FOR (n:Entity) ON (n.name)", 422],
  [
    "CREATE FULLTEXT INDEX",
    "CREATE FULLTEXT INDEX console_sec_ft FOR (n:Entity) ON EACH [n.name]",
    422,
  ],
  ["DROP INDEX", "DROP INDEX entity_names", 422],
  [
    "CREATE CONSTRAINT",
    "CREATE CONSTRAINT console_sec FOR (n:Entity) REQUIRE n.name IS UNIQUE",
    422,
  ],
  ["DROP CONSTRAINT", "DROP CONSTRAINT entity_id", 422],
  ["SHOW TRANSACTIONS (others' queries)", "SHOW TRANSACTIONS", 422],
  ["TERMINATE TRANSACTIONS", "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 422],
  ["SHOW SETTINGS", "SHOW SETTINGS", 422],
  ["SHOW USERS", "SHOW USERS", 422],
  ["CREATE USER", "CREATE USER mallory SET PASSWORD 'secret-secret' CHANGE NOT REQUIRED", 422],
  ["STOP DATABASE", "STOP DATABASE neo4j", 422],
  ["USE system", "USE system CALL db.labels()", 422],
  // Several statements, comments and case tricks
  ["two statements", "RETURN 1; CREATE (:Entity {id: 'console-sec:two'})", 422],
  ["read; then delete", "MATCH (n) RETURN count(n);\nMATCH (n) DETACH DELETE n", 422],
  ["read; then drop over lines", "RETURN 1\n;\nDROP INDEX entity_names", 422],
  ["block comment before CREATE", "/* just a read */ CREATE (:Entity {id: 'console-sec:c1'})", 422],
  ["line comment hiding nothing", "// RETURN 1\nCREATE (:Entity {id: 'console-sec:c2'})", 422],
  ["mixed case", "cReAtE (:Entity {id: 'console-sec:case'})", 422],
  ["mixed case SET", "MATCH (n:Entity {id: 'console-sec:a'}) sEt n.name = 'x'", 422],
  ["EXPLAIN typed by the user", "EXPLAIN CREATE (:Entity {id: 'console-sec:explain'})", 422],
  ["PROFILE typed by the user", "PROFILE CREATE (:Entity {id: 'console-sec:profile'})", 422],
  ["pre-parser options", "CYPHER runtime=slotted CREATE (:Entity {id: 'console-sec:pre'})", 422],
  // Unicode look-alikes
  ["full-width CREATE", "ＣＲＥＡＴＥ (:Entity {id: 'console-sec:wide'})", 400],
  ["Cyrillic С in CREATE", "\u0421REATE (:Entity {id: 'console-sec:cyr'})", 400],
  ["zero-width space inside DELETE", "MATCH (n) DETACH DEL\u200BETE n", 400],
  ["Greek Ε in SET", "MATCH (n:Entity {id: 'console-sec:a'}) S\u0395T n.name = 'x'", 400],
];

describe("the console refuses every write or side effect, and the database stays as it was", () => {
  it(`has at least 40 attempts (${ATTEMPTS.length})`, () => {
    expect(ATTEMPTS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(ATTEMPTS)("refuses %s", async (_name, query, status) => {
    const text = typeof query === "function" ? query() : query;
    const before = await databaseState();
    const error = await runConsoleQuery({ query: text }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status, (error as AppError).message).toBe(status);
    expect(JSON.stringify((error as AppError).toJSON())).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(await databaseState()).toEqual(before);
  });

  it("never let LOAD CSV fetch its URL", () => {
    expect(csvRequests).toBe(0);
  });
});
