import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { checkHealth } from "@/lib/system/health";
import type { ConsoleError } from "./errors";
import { loadExamples } from "./examples";
import { consoleQueriesRunning, runConsoleQuery } from "./run";
import { readLiveSchema } from "./schema";

// A small graph of its own (ids "console-db:…"), so the examples and the graph mapping have data.
const FIXTURE = `
CREATE (d:Entity:Person {id: 'console-db:kirill-dmitriev', name: 'Kirill Dmitriev', type: 'Person', aliases: ['Dmitriev']})
CREATE (w:Entity:Person {id: 'console-db:steve-witkoff', name: 'Steve Witkoff', type: 'Person', aliases: ['Witkoff']})
CREATE (p:Entity:Person {id: 'console-db:vladimir-putin', name: 'Vladimir Putin', type: 'Person', aliases: ['Putin']})
CREATE (us:Entity:Country {id: 'console-db:united-states', name: 'United States', type: 'Country', aliases: []})
CREATE (ru:Entity:Country {id: 'console-db:russia', name: 'Russia', type: 'Country', aliases: []})
CREATE (doc:Document {id: 'console-db:doc', title: 'Fixture'})
CREATE (d)-[:MET_WITH {id: 'console-db:met-dw', evidenceCount: 3, confidence: 0.9, firstSeen: '2025-02-18', lastSeen: '2025-04-02'}]->(w)
CREATE (w)-[:MET_WITH {id: 'console-db:met-wp', evidenceCount: 2}]->(p)
CREATE (d)-[:ENVOY_OF {id: 'console-db:envoy-dp', evidenceCount: 1}]->(p)
CREATE (w)-[:ENVOY_OF {id: 'console-db:envoy-wus', evidenceCount: 4}]->(us)
CREATE (d)-[:SANCTIONED_BY {id: 'console-db:sanction-dus', evidenceCount: 2}]->(us)
CREATE (d)-[:MENTIONED_IN {count: 1}]->(doc)
`;

async function cypher(text: string) {
  return (await getDriver().executeQuery(text, {}, { database: databaseName() })).records;
}

/** Console transactions still running on the server (they carry metadata app = liaison-console). */
async function consoleTransactions(): Promise<number> {
  const records = await cypher(
    "SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.app = 'liaison-console' RETURN count(*) AS n",
  );
  return Number(records[0]!.get("n"));
}

async function failure(promise: Promise<unknown>): Promise<ConsoleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as ConsoleError;
}

beforeAll(async () => {
  await cypher("MATCH (n) WHERE n.id STARTS WITH 'console-db:' DETACH DELETE n");
  await cypher(FIXTURE);
  await cypher("CALL db.awaitIndexes(30)");
});

afterAll(async () => {
  await cypher("MATCH (n) WHERE n.id STARTS WITH 'console-db:' DETACH DELETE n");
  await closeDriver();
});

describe("runConsoleQuery", () => {
  it("answers columns, rows, the graph in paths and lists, and a summary", async () => {
    const result = await runConsoleQuery({
      query:
        "MATCH p = (d:Person {id: $id})-[:MET_WITH]-(:Person) RETURN d.name AS name, collect(p) AS paths, [(d)-[:MENTIONED_IN]->(doc) | doc] AS docs",
      params: { id: "console-db:kirill-dmitriev" },
    });
    expect(result.columns).toEqual(["name", "paths", "docs"]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0]!.name).toBe("Kirill Dmitriev");
    expect(result.graph.nodes.map((n) => n.id).sort()).toEqual([
      "console-db:kirill-dmitriev",
      "console-db:steve-witkoff",
    ]);
    expect(result.graph.edges).toEqual([
      expect.objectContaining({ id: "console-db:met-dw", type: "met_with", evidenceCount: 3 }),
    ]);
    expect(result.graph.nodes.find((n) => n.id === "console-db:kirill-dmitriev")?.degree).toBe(3);
    expect(result.summary).toMatchObject({
      rowCount: 1,
      truncated: false,
      rowCap: 1000,
      queryType: "r",
      graph: { nodes: 3, relationships: 1, drawnNodes: 2, drawnEdges: 1 },
    });
    expect(result.summary.timeMs).toBeGreaterThan(0);
  });

  it("draws a relationship returned without its nodes", async () => {
    const result = await runConsoleQuery({
      query: "MATCH ()-[r:ENVOY_OF {id: 'console-db:envoy-wus'}]->() RETURN r",
    });
    expect(result.graph.nodes.map((n) => n.id).sort()).toEqual([
      "console-db:steve-witkoff",
      "console-db:united-states",
    ]);
    expect(result.graph.edges.map((e) => e.type)).toEqual(["envoy_of"]);
  });

  it("passes whole numbers in $parameters as integers, so LIMIT $n works", async () => {
    const result = await runConsoleQuery({
      query: "UNWIND range(1, 10) AS i RETURN i, $n + 1 AS next LIMIT $n",
      params: { n: 3 },
    });
    expect(result.rows).toEqual([
      { i: 1, next: 4 },
      { i: 2, next: 4 },
      { i: 3, next: 4 },
    ]);
  });

  it("stops at the row cap without producing the rest", async () => {
    const started = Date.now();
    const result = await runConsoleQuery({ query: "UNWIND range(1, 1000000000) AS i RETURN i" });
    expect(result.rows).toHaveLength(1000);
    expect(result.rows.at(-1)).toEqual({ i: 1000 });
    expect(result.summary).toMatchObject({ rowCount: 1000, truncated: true, rowCap: 1000 });
    expect(Date.now() - started).toBeLessThan(3000); // a billion rows would take minutes
    await expect.poll(consoleTransactions, { timeout: 1000, interval: 50 }).toBe(0);
  });

  it("answers a user's syntax error verbatim with its line and column", async () => {
    const error = await failure(
      runConsoleQuery({ query: "MATCH (n:Person)\nWHERE n.name = = 'x'\nRETURN n" }),
    );
    expect(error.status).toBe(400);
    expect(error.toJSON().error).toMatchObject({
      code: "bad_request",
      reason: "cypher",
      position: { line: 2, column: 16 },
    });
    expect(error.message).toMatch(/^Invalid input '='/);
    expect(error.message).toContain("(line 2, column 16 (offset: 32))");
  });

  it("passes on Neo4j's warnings with their position in the user's text, also when the query runs again", async () => {
    const query = "MATCH (a:Person), (b:Country) RETURN count(*) AS pairs";
    const warning = expect.objectContaining({
      code: "Neo.ClientNotification.Statement.CartesianProduct",
      position: expect.objectContaining({ line: 1 }),
    });
    expect((await runConsoleQuery({ query })).summary.notifications).toEqual([warning]);
    expect((await runConsoleQuery({ query })).summary.notifications).toEqual([warning]);
  });
});

describe("timeouts and cancelling", () => {
  const FOREVER = "UNWIND range(1, 100000000000) AS i WITH i WHERE i < 0 RETURN i";

  it("stops a query that would run forever within its timeout plus 1 s, while the app's other queries answer", async () => {
    const probe = async () => {
      const probeStarted = Date.now();
      const [health, schema] = await Promise.all([checkHealth(), readLiveSchema()]);
      expect(health.status).toBe("ok");
      expect(schema.labels).toContain("Entity");
      return Date.now() - probeStarted;
    };
    await probe(); // planned and cached once, as in a running app
    const idleMs = await probe();
    const timeoutMs = 2000;
    const started = Date.now();
    const running = failure(runConsoleQuery({ query: FOREVER }, { limits: { timeoutMs } }));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const busyMs = await probe();
    const error = await running;
    const elapsed = Date.now() - started;
    expect(
      busyMs,
      `the app's queries took ${busyMs} ms beside the runaway query, ${idleMs} ms without`,
    ).toBeLessThan(idleMs + 1000);
    expect(error.status).toBe(504);
    expect(error.toJSON().error).toMatchObject({ code: "timeout", reason: "timeout" });
    expect(error.message).toMatch(/limit of 2 s and was stopped/);
    expect(elapsed).toBeGreaterThanOrEqual(timeoutMs - 50);
    expect(elapsed).toBeLessThan(timeoutMs + 1000);
    await expect.poll(consoleTransactions, { timeout: 1000, interval: 100 }).toBe(0);
  });

  it("stops the running query in Neo4j when the request is aborted", async () => {
    const controller = new AbortController();
    const running = failure(runConsoleQuery({ query: FOREVER }, { signal: controller.signal }));
    await expect.poll(consoleTransactions, { timeout: 2000, interval: 50 }).toBe(1);
    const aborted = Date.now();
    controller.abort();
    const error = await running;
    expect(Date.now() - aborted).toBeLessThan(500);
    expect(error.toJSON().error).toMatchObject({ reason: "cancelled" });
    await expect.poll(consoleTransactions, { timeout: 1000, interval: 50 }).toBe(0);
  });
});

describe("load", () => {
  it("turns a query away (503) while the most allowed are running, and takes it again after", async () => {
    // A stopped query keeps its slot until Neo4j confirms it ended; the last test's may still be held.
    await expect.poll(consoleQueriesRunning, { timeout: 3000, interval: 50 }).toBe(0);
    const slow = { query: "UNWIND range(1, 100000000000) AS i WITH i WHERE i < 0 RETURN i" };
    const limits = { timeoutMs: 1500, maxRunning: 2 };
    const first = failure(runConsoleQuery(slow, { limits }));
    const second = failure(runConsoleQuery(slow, { limits }));
    const busy = await failure(runConsoleQuery({ query: "RETURN 1 AS one" }, { limits }));
    expect(busy.status).toBe(503);
    expect(busy.toJSON().error).toMatchObject({ code: "unavailable", reason: "busy" });
    expect((await first).status).toBe(504);
    expect((await second).status).toBe(504);
    await expect.poll(consoleQueriesRunning, { timeout: 3000, interval: 50 }).toBe(0);
    expect((await runConsoleQuery({ query: "RETURN 1 AS one" }, { limits })).rows).toEqual([
      { one: 1 },
    ]);
  });
});

describe("the console's own files", () => {
  it("runs every example through the console, and each finds its rows and graph", async () => {
    for (const example of loadExamples()) {
      const result = await runConsoleQuery({ query: example.query, params: example.params });
      expect(result.rows.length, example.title).toBeGreaterThan(0);
      expect(result.graph.nodes.length, example.title).toBeGreaterThan(0);
      expect(result.summary.notifications, example.title).toEqual([]);
    }
  });

  it("reads the live schema for completion, with the registry's types and the allowed procedures", async () => {
    const schema = await readLiveSchema();
    expect(schema.labels).toEqual(
      expect.arrayContaining(["Entity", "Person", "Country", "Document"]),
    );
    expect(schema.relationshipTypes).toEqual(
      expect.arrayContaining(["MET_WITH", "ENVOY_OF", "AIDE_TO"]),
    );
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(["id", "name", "evidenceCount"]));
    expect(schema.procedures).toContain("db.index.fulltext.queryNodes");
  });
});
