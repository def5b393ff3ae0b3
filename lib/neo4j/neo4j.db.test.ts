import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z, ZodError } from "zod";
import { checkHealth } from "@/lib/system/health";
import { toAppError } from "./db-errors";
import { closeDriver, databaseName, getDriver } from "./driver";
import { defineQuery, runQuery, withTransaction } from "./query";
import { applySchema } from "./schema";
import { toPlain } from "./values";

async function cypher(text: string, params: Record<string, unknown> = {}) {
  const result = await getDriver().executeQuery(text, params, { database: databaseName() });
  return result.records;
}

beforeAll(async () => {
  await cypher("MATCH (n) DETACH DELETE n");
});
afterAll(async () => {
  await cypher("MATCH (n) DETACH DELETE n");
  await closeDriver();
});

describe("schema", () => {
  it("applies twice without error and creates the constraints and the name index", async () => {
    await applySchema();
    const again = await applySchema();
    expect(again.statements).toBeGreaterThan(10);
    const constraints = (
      await cypher("SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names")
    )[0]!.get("names");
    expect(constraints).toEqual(
      expect.arrayContaining([
        "entity_id",
        "document_id",
        "evidence_id",
        "snapshot_id",
        "met_with_id",
      ]),
    );
    const fulltext = await cypher("SHOW FULLTEXT INDEXES YIELD name, state RETURN name, state");
    expect(fulltext.map((r) => [r.get("name"), r.get("state")])).toContainEqual([
      "entity_names",
      "ONLINE",
    ]);
  });

  it("refuses a second entity with the same id", async () => {
    await cypher("CREATE (:Entity {id: 'person:dup-test', name: 'Dup'})");
    await expect(
      cypher("CREATE (:Entity {id: 'person:dup-test', name: 'Dup again'})"),
    ).rejects.toThrow(/already exists/);
  });

  it("finds entities by alias through the full-text index, accents folded", async () => {
    await cypher(
      "CREATE (:Entity:Person {id: 'person:ines-moreau', name: 'Inès Moreau', type: 'Person', aliases: ['Ines Moro', 'Moreau']})",
    );
    await cypher("CALL db.awaitIndexes(30)");
    const byAlias = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', 'Moro') YIELD node RETURN node.id AS id",
    );
    expect(byAlias.map((r) => r.get("id"))).toContain("person:ines-moreau");
    const folded = await cypher(
      "CALL db.index.fulltext.queryNodes('entity_names', 'ines') YIELD node RETURN node.id AS id",
    );
    expect(folded.map((r) => r.get("id"))).toContain("person:ines-moreau");
  });
});

describe("query runner", () => {
  const health = () => checkHealth({ maxAgeMs: 0 });

  it("reports Neo4j's version, edition and the counts", async () => {
    const before = await health();
    expect(before.status).toBe("ok");
    expect(before.neo4j.version).toMatch(/^5\.26\./);
    expect(before.neo4j.edition).toBe("community");
    await cypher(
      "CREATE (a:Entity {id: 'x:a'})-[:MET_WITH {id: 'r1'}]->(b:Entity {id: 'x:b'}), (:Document {id: 'd1'})",
    );
    const after = await health();
    expect(after.counts.entities - before.counts.entities).toBe(2);
    expect(after.counts.relations - before.counts.relations).toBe(1);
    expect(after.counts.documents - before.counts.documents).toBe(1);
  });

  it("validates params before sending them", async () => {
    const q = defineQuery({
      file: "system/counts.cypher",
      mode: "READ",
      params: z.object({ relationTypes: z.array(z.string()) }),
      row: z.object({ entities: z.number() }).passthrough(),
    });
    await expect(runQuery(q, { relationTypes: "MET_WITH" } as never)).rejects.toBeInstanceOf(
      ZodError,
    );
  });

  it("fails when a row does not have the declared shape", async () => {
    const q = defineQuery({
      file: "system/components.cypher",
      mode: "READ",
      params: z.object({}),
      row: z.object({ missing: z.string() }),
    });
    await expect(runQuery(q, {})).rejects.toThrow();
  });

  it("fails at definition when the query file is missing", () => {
    expect(() =>
      defineQuery({
        file: "nope/missing.cypher",
        mode: "READ",
        params: z.object({}),
        row: z.object({}),
      }),
    ).toThrow(/ENOENT/);
  });

  it("commits all queries of a transaction or none", async () => {
    await expect(
      withTransaction("WRITE", async (tx) => {
        await tx.run("CREATE (:Entity {id: 'tx:one'})");
        await tx.run("CREATE (:Entity {id: 'tx:one'})"); // violates the constraint
      }),
    ).rejects.toThrow();
    const left = await cypher("MATCH (e:Entity {id: 'tx:one'}) RETURN count(e) AS n");
    expect(left[0]!.get("n").toNumber()).toBe(0);
  });

  it("converts values from a real query to plain JSON", async () => {
    const [record] = await cypher(
      "CREATE p = (a:Entity {id: 'v:a', n: 9007199254740993})-[r:VISITED {id: 'v:r', on: date('2025-02-27')}]->(b:Entity {id: 'v:b'}) RETURN p, r.on AS on, a.n AS big, 7 AS small",
    );
    expect(toPlain(record!.get("on"))).toBe("2025-02-27");
    expect(toPlain(record!.get("big"))).toBe("9007199254740993");
    expect(toPlain(record!.get("small"))).toBe(7);
    const path = toPlain(record!.get("p")) as {
      nodes: { properties: { id: string } }[];
      relationships: { type: string }[];
    };
    expect(path.nodes.map((n) => n.properties.id)).toEqual(["v:a", "v:b"]);
    expect(path.relationships[0]!.type).toBe("VISITED");
  });
});

describe("database down", () => {
  it("maps an unreachable server to a plain 503 'unavailable' error", async () => {
    const down = neo4j.driver("bolt://127.0.0.1:9", neo4j.auth.basic("neo4j", "x"), {
      connectionTimeout: 1000,
    });
    try {
      const error = await down.verifyConnectivity().then(
        () => undefined,
        (e: unknown) => e,
      );
      const appError = toAppError(error);
      expect(appError.code).toBe("unavailable");
      expect(appError.status).toBe(503);
      expect(appError.message).toMatch(/not reachable/);
    } finally {
      await down.close();
    }
  });

  it("says the credentials are wrong when Neo4j refuses them", async () => {
    const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
    const wrong = neo4j.driver(uri, neo4j.auth.basic("neo4j", "not-the-password"));
    try {
      const error = await wrong.verifyConnectivity().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(toAppError(error).message).toMatch(/credentials/);
    } finally {
      await wrong.close();
    }
  });
});
