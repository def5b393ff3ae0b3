import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDriver } from "@/lib/neo4j/driver";
import { graphCounts, type GraphCounts } from "@/lib/ingest/counts";
import { deleteDocument } from "@/lib/ingest/documents";
import { POST as extract } from "../extract/route";
import { GET as getOne, DELETE as deleteOne } from "./[id]/route";
import { GET as list, POST as commit } from "./route";

// Writes need this bearer token (read from the environment on first use of the config).
const TOKEN = "intake-test-token-0123456789";
process.env.LIAISON_ADMIN_TOKEN = TOKEN;

const noParams = { params: Promise.resolve({}) };
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
const stamp = Date.now().toString(36);
const ARTICLE = {
  title: `Intake API test ${stamp}`,
  publishedAt: "2025-03-11",
  source: "Liaison tests",
  text: `U.S. special envoy Steve Witkoff met Kirill Dmitriev, head of the Russian Direct Investment Fund, in Riyadh on Tuesday (${stamp}). Russian Foreign Minister Sergei Lavrov also met Secretary of State Marco Rubio in Riyadh.`,
};

function post(body: BodyInit, headers: Record<string, string> = auth): Request {
  return new Request("http://localhost/api/documents", { method: "POST", body, headers });
}

let before: GraphCounts;
const created: string[] = [];

beforeAll(async () => {
  before = await graphCounts();
});

afterAll(async () => {
  for (const id of created) await deleteDocument(id).catch(() => undefined);
  await closeDriver();
});

describe("POST /api/documents with bad input (real Neo4j)", () => {
  const cases: [string, () => Request, number, RegExp][] = [
    ["an empty body", () => post(""), 400, /empty/],
    ["broken JSON", () => post('{"text": "Witkoff met'), 400, /not valid JSON/],
    [
      "not text (binary bytes)",
      () => post(new Uint8Array([0xff, 0xfe, 0x00, 0x81])),
      400,
      /not UTF-8 text/,
    ],
    [
      "text that is not a string",
      () => post(JSON.stringify({ text: 42 })),
      400,
      /Invalid request body/,
    ],
    [
      "a missing text field",
      () => post(JSON.stringify({ title: "no text" })),
      400,
      /Invalid request body/,
    ],
    ["empty text", () => post(JSON.stringify({ text: "   \n " })), 400, /Invalid request body/],
    [
      "binary data inside the text",
      () => post(JSON.stringify({ text: "abc\u0000def" })),
      400,
      /Invalid request body/,
    ],
    [
      "a bad date",
      () => post(JSON.stringify({ ...ARTICLE, publishedAt: "March 11" })),
      400,
      /Invalid request body/,
    ],
    [
      "a body over 2 MB",
      () => post(JSON.stringify({ text: "x".repeat(2 * 1024 * 1024 + 10) })),
      413,
      /larger than/,
    ],
    [
      "no admin token",
      () => post(JSON.stringify(ARTICLE), { "content-type": "application/json" }),
      401,
      /admin token/,
    ],
  ];

  for (const [name, request, status, message] of cases) {
    it(`${name} → ${status} with a plain message, nothing written`, async () => {
      const response = await commit(request(), noParams);
      expect(response.status).toBe(status);
      const body = await response.json();
      expect(body.error.message).toMatch(message);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(js|ts)|stack/i);
      expect(await graphCounts()).toEqual(before);
    });
  }

  it("field issues name the field in plain words", async () => {
    const response = await commit(post(JSON.stringify({ text: "   " })), noParams);
    const body = await response.json();
    expect(body.error.issues).toEqual([{ path: "text", message: "text must not be empty" }]);
  });
});

describe("intake API round trip (real Neo4j)", () => {
  it("previews without writing, commits once, lists, reads with mentions, deletes", async () => {
    const preview = await extract(
      new Request("http://localhost/api/extract", {
        method: "POST",
        body: JSON.stringify(ARTICLE),
        headers: { "content-type": "application/json" },
      }),
      noParams,
    );
    expect(preview.status).toBe(200);
    const previewed = await preview.json();
    expect(previewed.extraction.relations.length).toBeGreaterThan(0);
    expect(previewed.alreadyIn).toBe(false);
    expect(await graphCounts()).toEqual(before);

    const first = await commit(
      post(JSON.stringify({ ...ARTICLE, review: { dropRelations: [0] } })),
      noParams,
    );
    expect(first.status).toBe(201);
    const result = await first.json();
    created.push(result.id);
    expect(result.id).toBe(previewed.documentId);
    expect(result.added.evidence).toBe(previewed.extraction.relations.length - 1);
    expect(result.focus).toMatch(/^[a-z]+:/);

    const again = await commit(post(JSON.stringify(ARTICLE)), noParams);
    expect(again.status).toBe(200);
    expect((await again.json()).status).toBe("unchanged");

    const listed = await (
      await list(new Request("http://localhost/api/documents?limit=500"), noParams)
    ).json();
    expect(listed.documents.map((d: { id: string }) => d.id)).toContain(result.id);

    const params = { params: Promise.resolve({ id: result.id }) };
    const detail = await (
      await getOne(new Request(`http://localhost/api/documents/${result.id}`), params)
    ).json();
    expect(detail.document.title).toBe(ARTICLE.title);
    expect(detail.document.text).toBe(ARTICLE.text);
    const mention = detail.mentions[0];
    expect(ARTICLE.text.slice(mention.starts[0], mention.ends[0]).length).toBeGreaterThan(0);

    const refused = await deleteOne(
      new Request(`http://localhost/api/documents/${result.id}`, { method: "DELETE" }),
      params,
    );
    expect(refused.status).toBe(401);
    const removed = await deleteOne(
      new Request(`http://localhost/api/documents/${result.id}`, {
        method: "DELETE",
        headers: auth,
      }),
      params,
    );
    expect(removed.status).toBe(200);
    created.pop();
    expect(await graphCounts()).toEqual(before);
    const gone = await getOne(new Request(`http://localhost/api/documents/${result.id}`), params);
    expect(gone.status).toBe(404);
  });
});
