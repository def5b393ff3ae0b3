import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { runConsoleQuery } from "@/lib/console/run";
import { AppError } from "@/lib/errors";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { sampleDraft, sampleSnapshot } from "./sample.test-support";
import { hashSnapshotId } from "./sealed";
import { createSnapshot, readSnapshot, readSnapshotSummary } from "./store";
import { newSnapshotId } from "./tokens";
import { purgeExpiredSnapshots, sealLegacySnapshots } from "./upkeep";

const RUN = `sealtest${Date.now()}`;
const created: string[] = [];

async function cypher(text: string, params: Record<string, unknown> = {}) {
  return (await getDriver().executeQuery(text, params, { database: databaseName() })).records;
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("expected a failure"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A draft whose title, note and labels occur nowhere else in the database. */
function secretDraft(overrides: Record<string, unknown> = {}) {
  const base = sampleDraft();
  return {
    ...base,
    title: `Title ${RUN} for link holders`,
    note: `Note ${RUN}: who met whom, in confidence`,
    nodes: base.nodes.map((n, i) => ({ ...n, label: `Label ${RUN} ${i}` })),
    ...overrides,
  };
}

async function create(overrides: Record<string, unknown> = {}, now?: Date) {
  const result = await createSnapshot(secretDraft(overrides), "http://liaison.test", now);
  created.push(result.id);
  return result;
}

afterAll(async () => {
  await cypher("MATCH (s:Snapshot) WHERE s.idHash IN $hashes OR s.id IN $ids DETACH DELETE s", {
    hashes: created.map(hashSnapshotId),
    ids: created,
  });
  await closeDriver();
});

/** Every label's nodes and every relationship, with all their properties, as the console answers them. */
async function consoleSession(): Promise<string> {
  const answers: unknown[] = [];
  const run = async (query: string) => {
    const result = await runConsoleQuery(
      { query },
      { limits: { rowCap: 100_000, maxAnswerBytes: 200 * 1024 * 1024 } },
    );
    answers.push(result.rows);
    return result.rows;
  };
  const labels = await run("CALL db.labels() YIELD label RETURN label");
  await run("CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey");
  for (const { label } of labels as { label: string }[]) {
    await run(`MATCH (n:\`${label}\`) RETURN n, properties(n) AS props, keys(n) AS keys`);
  }
  await run("MATCH ()-[r]->() RETURN properties(r) AS props");
  await run(
    "CALL db.schema.nodeTypeProperties() YIELD nodeType, propertyName RETURN nodeType, propertyName",
  );
  return JSON.stringify(answers);
}

/** Base64 values of the snapshot nodes, decoded and, where they are gzip, gunzipped. */
async function decodedSnapshotValues(): Promise<string> {
  const rows = await cypher(
    "MATCH (s:Snapshot) WHERE s.idHash IN $hashes RETURN properties(s) AS p",
    {
      hashes: created.map(hashSnapshotId),
    },
  );
  const texts: string[] = [];
  for (const row of rows) {
    for (const value of Object.values(row.get("p") as Record<string, unknown>)) {
      if (typeof value !== "string") continue;
      const bytes = Buffer.from(value, "base64");
      texts.push(bytes.toString("utf8"));
      try {
        texts.push(gunzipSync(bytes).toString("utf8"));
      } catch {
        // not gzip: ciphertext
      }
    }
  }
  return texts.join("\n");
}

describe("snapshots sealed at rest", () => {
  it("leaves nothing readable to a console session that lists every label and property", async () => {
    const { id, deleteToken } = await create();
    expect((await readSnapshot(id)).title).toBe(`Title ${RUN} for link holders`);
    const seen = await consoleSession();
    expect(seen).toContain(hashSnapshotId(id)); // the session did read the snapshot's node
    for (const secret of [RUN, id, deleteToken]) expect(seen).not.toContain(secret);
    // Its values are ciphertext, not an encoding: decoding and unzipping them shows nothing either.
    expect(await decodedSnapshotValues()).not.toContain(RUN);
  });

  it("opens only with the right id: the viewer's summary and the envelope", async () => {
    const { id } = await create();
    const summary = await readSnapshotSummary(id);
    expect(summary).toMatchObject({
      title: `Title ${RUN} for link holders`,
      nodeCount: 3,
      edgeCount: 2,
    });
    const other = newSnapshotId();
    expect((await failure(readSnapshot(other))).status).toBe(404);
  });

  it("seals snapshots stored in the clear before, once (idempotent)", async () => {
    const id = newSnapshotId();
    const tombstone = newSnapshotId();
    created.push(id, tombstone);
    const draft = secretDraft();
    const envelope = { ...sampleSnapshot(), id, title: draft.title, note: draft.note };
    await cypher(
      `CREATE (:Snapshot {id: $id, title: $title, description: 'legacy', nodeCount: 3, edgeCount: 1, createdAt: datetime(),
         body: $body, bodyEncoding: 'gzip+base64', bytes: 100, elementCount: 4, formatVersion: 1})
       CREATE (:Snapshot {id: $tombstone, createdAt: datetime(), deletedAt: datetime()})`,
      {
        id,
        tombstone,
        title: draft.title,
        body: gzipSync(JSON.stringify(envelope)).toString("base64"),
      },
    );
    expect(await sealLegacySnapshots()).toBeGreaterThanOrEqual(2);
    expect(await sealLegacySnapshots()).toBe(0);
    const [row] = await cypher("MATCH (s:Snapshot {idHash: $h}) RETURN keys(s) AS keys", {
      h: hashSnapshotId(id),
    });
    expect(row!.get("keys")).not.toEqual(expect.arrayContaining(["id"]));
    expect(row!.get("keys")).not.toContain("title");
    expect(await decodedSnapshotValues()).not.toContain(RUN);
    expect((await readSnapshot(id)).title).toBe(draft.title);
    expect((await readSnapshotSummary(id)).title).toBe(draft.title);
    expect((await failure(readSnapshot(tombstone))).status).toBe(410);
  });

  it("purges expired snapshots on schedule, keeping a tombstone that answers 410", async () => {
    const past = new Date(Date.now() - 3_600_000);
    const { id } = await create(
      { expiresAt: new Date(past.getTime() + 60_000).toISOString() },
      past,
    );
    expect(await purgeExpiredSnapshots()).toBeGreaterThanOrEqual(1);
    const [row] = await cypher(
      "MATCH (s:Snapshot {idHash: $h}) RETURN s.body IS NULL AND s.summary IS NULL AS purged",
      {
        h: hashSnapshotId(id),
      },
    );
    expect(row!.get("purged")).toBe(true);
    const gone = await failure(readSnapshot(id));
    expect(gone.status).toBe(410);
    expect(gone.message).toMatch(/expired/);
  });

  it("refuses a new snapshot with 413 and a plain message once the quota is used up", async () => {
    const [row] = await cypher(
      "MATCH (s:Snapshot) WHERE s.body IS NOT NULL RETURN coalesce(sum(s.bytes), 0) AS used",
    );
    const used = Number(row!.get("used"));
    const full = await failure(
      createSnapshot(secretDraft(), "http://liaison.test", new Date(), { quotaBytes: used + 10 }),
    );
    expect(full.status).toBe(413);
    expect(full.message).toMatch(/^Snapshot storage is full \(.* MB of .* MB used\)/);
    const { id } = await createSnapshot(secretDraft(), "http://liaison.test", new Date(), {
      quotaBytes: used + 10_000_000,
    });
    created.push(id);
    expect((await readSnapshot(id)).title).toContain(RUN);
  });
});
