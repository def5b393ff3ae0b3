import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { MAX_SNAPSHOT_ELEMENTS } from "./envelope";
import { sampleDraft } from "./sample.test-support";
import {
  createSnapshot,
  deleteSnapshot,
  readSnapshot,
  readSnapshotSummary,
  snapshotUnavailable,
} from "./store";
import { hashSnapshotId } from "./sealed";
import { hashToken } from "./tokens";

const RUN = `snaptest-${Date.now()}`;
const ANA = `person:${RUN}-ana`;
const BO = `person:${RUN}-bo`;
const MET = `met_with:${ANA}|${BO}`;

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

/** The sample view, re-keyed onto this run's entities so its edge finds the seeded evidence. */
function draft() {
  const base = sampleDraft();
  return {
    ...base,
    nodes: base.nodes.map((n, i) => ({ ...n, id: [ANA, BO, `country:${RUN}-chile`][i]! })),
    edges: [{ id: MET, source: ANA, target: BO, type: "met_with", evidenceCount: 2 }],
  };
}

beforeAll(async () => {
  await cypher(
    `CREATE (a:Entity:Person {id: $ana, name: 'Ana', type: 'Person'})-[:MET_WITH {id: $met, evidenceCount: 2}]->(b:Entity:Person {id: $bo, name: 'Bo', type: 'Person'})
     CREATE (d1:Document {id: $run + '-d1', title: 'Talks <in> Riyadh', source: 'Reuters', publishedAt: '2026-02-18'})
     CREATE (d2:Document {id: $run + '-d2', title: 'Second meeting', source: 'AP', publishedAt: '2026-03-01'})
     CREATE (:Evidence {id: $run + '-v1', relationId: $met, sentence: 'Ana met Bo in Riyadh.', date: '2026-02-18'})-[:IN_DOCUMENT]->(d1)
     CREATE (:Evidence {id: $run + '-v2', relationId: $met, sentence: 'They met again.', date: '2026-03-01'})-[:IN_DOCUMENT]->(d2)`,
    { ana: ANA, bo: BO, met: MET, run: RUN },
  );
});

afterAll(async () => {
  await cypher(
    `MATCH (n) WHERE n.id STARTS WITH $run OR n.id STARTS WITH 'person:' + $run OR n.relationId = $met
     DETACH DELETE n`,
    { run: RUN, met: MET },
  );
  await closeDriver();
});

const created: string[] = [];
afterAll(async () => {
  await getDriver().executeQuery(
    "MATCH (s:Snapshot) WHERE s.idHash IN $hashes DETACH DELETE s",
    { hashes: created.map(hashSnapshotId) },
    { database: databaseName() },
  );
});

async function create(overrides: Record<string, unknown> = {}) {
  const result = await createSnapshot({ ...draft(), ...overrides }, "http://liaison.test");
  created.push(result.id);
  return result;
}

describe("snapshots in Neo4j", () => {
  it("creates a snapshot with a 128-bit id, a link, and a delete token stored only as its sha256", async () => {
    const { id, url, deleteToken } = await create();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(id, "base64url")).toHaveLength(16);
    expect(url).toBe(`http://liaison.test/s/${id}`);
    expect(deleteToken.length).toBeGreaterThanOrEqual(43);
    const [row] = await cypher("MATCH (s:Snapshot {idHash: $idHash}) RETURN properties(s) AS p", {
      idHash: hashSnapshotId(id),
    });
    const props = row!.get("p") as Record<string, unknown>;
    expect(props.deleteTokenHash).toBe(hashToken(deleteToken));
    expect(JSON.stringify(props)).not.toContain(deleteToken);
  });

  it("reads back exactly what was shared, with the evidence excerpts copied from the graph", async () => {
    const { id } = await create();
    const snapshot = await readSnapshot(id);
    const sent = draft();
    expect(snapshot.id).toBe(id);
    expect(snapshot.title).toBe(sent.title);
    expect(snapshot.viewport).toEqual(sent.viewport);
    expect(snapshot.query).toEqual(sent.query);
    expect(snapshot.nodes.map((n) => [n.id, n.position])).toEqual(
      sent.nodes.map((n) => [n.id, n.position]),
    );
    expect(snapshot.edges[0]!.evidence).toEqual([
      {
        sentence: "They met again.",
        date: "2026-03-01",
        documentId: `${RUN}-d2`,
        documentTitle: "Second meeting",
        source: "AP",
        publishedAt: "2026-03-01",
      },
      {
        sentence: "Ana met Bo in Riyadh.",
        date: "2026-02-18",
        documentId: `${RUN}-d1`,
        documentTitle: "Talks <in> Riyadh",
        source: "Reuters",
        publishedAt: "2026-02-18",
      },
    ]);
  });

  it("gives the viewer page a summary without the envelope: title, description, counts", async () => {
    const { id } = await create();
    const summary = await readSnapshotSummary(id);
    expect(summary).toEqual({
      id,
      title: draft().title,
      description: "Who met whom <script>alert(1)</script> (3 entities and 1 relation)",
      nodeCount: 3,
      edgeCount: 1,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      expiresAt: null,
    });
    expect((await failure(readSnapshotSummary("AAAAAAAAAAAAAAAAAAAAAA"))).status).toBe(404);
  });

  it("stays the same after the graph changes", async () => {
    const { id } = await create();
    await cypher("MATCH (v:Evidence {relationId: $met}) DETACH DELETE v", { met: MET });
    expect((await readSnapshot(id)).edges[0]!.evidence).toHaveLength(2);
  });

  it("answers 404 for unknown and malformed ids", async () => {
    expect((await failure(readSnapshot("AAAAAAAAAAAAAAAAAAAAAA"))).status).toBe(404);
    expect((await failure(readSnapshot("../../etc"))).status).toBe(404);
    expect((await snapshotUnavailable("AAAAAAAAAAAAAAAAAAAAAA"))?.status).toBe(404);
  });

  it("deletes only with the right token (403 otherwise), then answers 410", async () => {
    const { id, deleteToken } = await create();
    expect((await failure(deleteSnapshot(id, "not-the-token"))).status).toBe(403);
    expect(await readSnapshot(id)).toBeTruthy();
    expect(await deleteSnapshot(id, deleteToken)).toEqual({ id, deleted: true });
    const gone = await failure(readSnapshot(id));
    expect([gone.status, gone.message]).toEqual([410, "This snapshot was deleted by its creator."]);
    expect((await failure(deleteSnapshot(id, deleteToken))).status).toBe(410);
    expect((await snapshotUnavailable(id))?.status).toBe(410);
    expect((await failure(readSnapshotSummary(id))).status).toBe(410);
    const [row] = await cypher(
      "MATCH (s:Snapshot {idHash: $idHash}) RETURN s.body IS NULL AND s.summary IS NULL AS dropped",
      { idHash: hashSnapshotId(id) },
    );
    expect(row!.get("dropped")).toBe(true);
    expect((await failure(deleteSnapshot("AAAAAAAAAAAAAAAAAAAAAA", deleteToken))).status).toBe(404);
  });

  it("expires: 410 after the expiry, with the content dropped", async () => {
    const expiresAt = new Date(Date.now() + 60_000).toISOString();
    const { id } = await create({ expiresAt });
    expect((await readSnapshot(id)).expiresAt).toBe(expiresAt);
    expect(await snapshotUnavailable(id)).toBeNull();
    const later = Date.now() + 120_000;
    expect((await snapshotUnavailable(id, later))?.status).toBe(410);
    const gone = await failure(readSnapshot(id, later));
    expect([gone.status, gone.message]).toEqual([
      410,
      expect.stringMatching(/^This snapshot expired on /),
    ]);
    const [row] = await cypher(
      "MATCH (s:Snapshot {idHash: $idHash}) RETURN s.body IS NULL AND s.summary IS NULL AS dropped",
      { idHash: hashSnapshotId(id) },
    );
    expect(row!.get("dropped")).toBe(true);
  });

  it("refuses expiry in the past, malformed drafts (400) and more than 20,000 elements (413)", async () => {
    expect(
      (await failure(createSnapshot({ ...draft(), expiresAt: "2020-01-01T00:00:00Z" }, "http://x")))
        .status,
    ).toBe(400);
    const malformed = await failure(
      createSnapshot({ ...draft(), viewport: { zoom: -1, pan: {} } }, "http://x"),
    );
    expect(malformed.status).toBe(400);
    expect(malformed.issues?.map((i) => i.path)).toEqual(
      expect.arrayContaining(["viewport.zoom", "viewport.pan.x"]),
    );
    const dangling = await failure(
      createSnapshot(
        {
          ...draft(),
          edges: [{ id: "e", source: ANA, target: "person:nobody", type: "met_with" }],
        },
        "http://x",
      ),
    );
    expect(dangling.issues?.[0]?.message).toMatch(/not a node of the snapshot/);
    expect((await failure(createSnapshot("not an object", "http://x"))).status).toBe(400);
    const many = Array.from({ length: MAX_SNAPSHOT_ELEMENTS + 1 }, (_, i) => ({ id: `n${i}` }));
    expect((await failure(createSnapshot({ ...draft(), nodes: many }, "http://x"))).status).toBe(
      413,
    );
  });
});
