import { afterAll, describe, expect, it } from "vitest";
import { closeDriver, databaseName, getDriver } from "@/lib/neo4j/driver";
import { sampleDraft } from "@/lib/snapshots/sample.test-support";
import { hashSnapshotId } from "@/lib/snapshots/sealed";
import { DELETE, GET } from "./[id]/route";
import { POST } from "./route";

// The app's own origin on loopback: other hosts and cross-site writes are refused (lib/http/same-origin.ts).
const ORIGIN = "http://127.0.0.1:3000";
const created: string[] = [];
const noParams = { params: Promise.resolve({}) };
const withId = (id: string) => ({ params: Promise.resolve({ id }) });

function post(body: string): Promise<Response> {
  return POST(
    new Request("http://127.0.0.1:3000/api/snapshots", {
      method: "POST",
      body,
      headers: { "content-type": "application/json", origin: ORIGIN },
    }),
    noParams,
  );
}

afterAll(async () => {
  await getDriver().executeQuery(
    "MATCH (s:Snapshot) WHERE s.idHash IN $hashes DETACH DELETE s",
    { hashes: created.map(hashSnapshotId) },
    { database: databaseName() },
  );
  await closeDriver();
});

describe("HTTP API of snapshots", () => {
  it("POST answers 201 {id, url, deleteToken}; GET the envelope; DELETE with the token", async () => {
    const response = await post(JSON.stringify(sampleDraft()));
    expect(response.status).toBe(201);
    const { id, url, deleteToken } = await response.json();
    created.push(id);
    expect(url).toBe(`http://127.0.0.1:3000/s/${id}`);

    const read = await GET(new Request(`http://127.0.0.1:3000/api/snapshots/${id}`), withId(id));
    expect(read.status).toBe(200);
    const snapshot = await read.json();
    expect([snapshot.format, snapshot.version, snapshot.title]).toEqual([
      "liaison-snapshot",
      1,
      sampleDraft().title,
    ]);

    const noToken = await DELETE(
      new Request(`http://127.0.0.1:3000/api/snapshots/${id}`, {
        method: "DELETE",
        headers: { origin: ORIGIN },
      }),
      withId(id),
    );
    expect(noToken.status).toBe(400);
    const wrong = await DELETE(
      new Request(`http://127.0.0.1:3000/api/snapshots/${id}`, {
        method: "DELETE",
        headers: { "x-delete-token": "wrong", origin: ORIGIN },
      }),
      withId(id),
    );
    expect([wrong.status, (await wrong.json()).error.code]).toEqual([403, "forbidden"]);
    const right = await DELETE(
      new Request(`http://127.0.0.1:3000/api/snapshots/${id}`, {
        method: "DELETE",
        headers: { "x-delete-token": deleteToken, origin: ORIGIN },
      }),
      withId(id),
    );
    expect(right.status).toBe(200);
    const after = await GET(new Request(`http://127.0.0.1:3000/api/snapshots/${id}`), withId(id));
    expect([after.status, (await after.json()).error.code]).toEqual([410, "gone"]);
  });

  it("answers 413 over 5 MB, 400 for broken JSON and bad fields, 404 for an unknown id", async () => {
    const huge = JSON.stringify({ ...sampleDraft(), note: "x".repeat(5 * 1024 * 1024) });
    expect((await post(huge)).status).toBe(413);
    const broken = await post("{not json");
    expect([broken.status, (await broken.json()).error.message]).toEqual([
      400,
      "The request body is not valid JSON.",
    ]);
    const bad = await post(JSON.stringify({ ...sampleDraft(), title: "" }));
    const body = await bad.json();
    expect([bad.status, body.error.issues[0].path]).toEqual([400, "title"]);
    const unknown = await GET(
      new Request("http://127.0.0.1:3000/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA"),
      withId("AAAAAAAAAAAAAAAAAAAAAA"),
    );
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([404, "not_found"]);
  });
});
