import { expect, test } from "@playwright/test";
import { rawRequest, type RawRequest } from "./raw-http";

// Every route, given what a careless or hostile client sends, answers 4xx with the app's JSON
// error, never 500 and never an HTML error page.
const JSON_TYPE = { "content-type": "application/json" };
const BAD_ESCAPE = "%E0%A4%A"; // a percent-encoded UTF-8 sequence cut short
const DEEP = "[".repeat(10_000) + "]".repeat(10_000);
const ARTICLE = (extra: object) =>
  JSON.stringify({ text: "Steve Witkoff met Kirill Dmitriev in Riyadh.", ...extra });

const cases: [name: string, request: RawRequest, status: number][] = [
  ["search without q", { path: "/api/entities" }, 400],
  ["search with a limit that is no number", { path: "/api/entities?q=a&limit=lots" }, 400],
  ["an entity with malformed percent-encoding", { path: `/api/entities/${BAD_ESCAPE}` }, 400],
  [
    "an entity id double-escaped into malformed encoding",
    { path: "/api/entities/%25E0%25A4%25A" },
    400,
  ],
  ["overview with a negative limit", { path: "/api/graph/overview?limit=-1" }, 400],
  ["neighbourhood without an id", { path: "/api/graph/neighborhood" }, 400],
  [
    "neighbourhood with an unknown relation type",
    { path: "/api/graph/neighborhood?id=person:x&types=LOVES" },
    400,
  ],
  ["path without its end", { path: "/api/graph/path?from=person:x" }, 400],
  [
    "subgraph with broken JSON",
    { method: "POST", path: "/api/graph/subgraph", headers: JSON_TYPE, body: "{ids:" },
    400,
  ],
  [
    "subgraph with JSON nested 10,000 deep",
    { method: "POST", path: "/api/graph/subgraph", headers: JSON_TYPE, body: DEEP },
    400,
  ],
  [
    "subgraph of the wrong shape",
    { method: "POST", path: "/api/graph/subgraph", headers: JSON_TYPE, body: '{"ids": "x"}' },
    400,
  ],
  [
    "subgraph sent as text/plain",
    {
      method: "POST",
      path: "/api/graph/subgraph",
      headers: { "content-type": "text/plain" },
      body: '{"ids": ["x"]}',
    },
    415,
  ],
  [
    "evidence with malformed percent-encoding",
    { path: `/api/relations/${BAD_ESCAPE}/evidence` },
    400,
  ],
  [
    "extract with JSON nested 10,000 deep",
    { method: "POST", path: "/api/extract", headers: JSON_TYPE, body: DEEP },
    400,
  ],
  [
    "extract with an impossible date",
    {
      method: "POST",
      path: "/api/extract",
      headers: JSON_TYPE,
      body: ARTICLE({ publishedAt: "2025-13-45" }),
    },
    400,
  ],
  [
    "extract with February 29th of a common year",
    {
      method: "POST",
      path: "/api/extract",
      headers: JSON_TYPE,
      body: ARTICLE({ publishedAt: "2025-02-29" }),
    },
    400,
  ],
  [
    "extract with a body that is no JSON",
    { method: "POST", path: "/api/extract", headers: JSON_TYPE, body: "Witkoff met Dmitriev." },
    400,
  ],
  [
    "a document with an impossible date",
    {
      method: "POST",
      path: "/api/documents",
      headers: JSON_TYPE,
      body: ARTICLE({ publishedAt: "2025-13-45" }),
    },
    400,
  ],
  [
    "a document with JSON nested 10,000 deep",
    { method: "POST", path: "/api/documents", headers: JSON_TYPE, body: DEEP },
    400,
  ],
  ["documents with a zero limit", { path: "/api/documents?limit=0" }, 400],
  ["a document with malformed percent-encoding", { path: `/api/documents/${BAD_ESCAPE}` }, 400],
  [
    "deleting a document with malformed percent-encoding",
    { method: "DELETE", path: `/api/documents/${BAD_ESCAPE}` },
    400,
  ],
  [
    "a merge without its entities",
    { method: "POST", path: "/api/entities/merge", headers: JSON_TYPE, body: "{}" },
    400,
  ],
  ["merges with a limit that is no number", { path: "/api/merges?limit=x" }, 400],
  [
    "undoing a merge with malformed percent-encoding",
    { method: "DELETE", path: `/api/merges/${BAD_ESCAPE}` },
    400,
  ],
  [
    "a console query of the wrong shape",
    { method: "POST", path: "/api/cypher", headers: JSON_TYPE, body: '{"query": 42}' },
    400,
  ],
  [
    "a console query nested 10,000 deep",
    {
      method: "POST",
      path: "/api/cypher",
      headers: JSON_TYPE,
      body: `{"query": "RETURN 1", "params": {"a": ${DEEP}}}`,
    },
    400,
  ],
  [
    "a snapshot nested 10,000 deep",
    {
      method: "POST",
      path: "/api/snapshots",
      headers: JSON_TYPE,
      body: `{"title": "x", "nodes": ${DEEP}}`,
    },
    400,
  ],
  [
    "a snapshot of the wrong shape",
    { method: "POST", path: "/api/snapshots", headers: JSON_TYPE, body: '{"title": 1}' },
    400,
  ],
  ["a snapshot with malformed percent-encoding", { path: `/api/snapshots/${BAD_ESCAPE}` }, 400],
  ["deleting a snapshot without its token", { method: "DELETE", path: "/api/snapshots/abc" }, 400],
  [
    "the schema from a host name this server does not own",
    { path: "/api/schema", headers: { host: "rebind.attacker.test" } },
    403,
  ],
  [
    "health from a host name this server does not own",
    { path: "/api/health", headers: { host: "rebind.attacker.test:80" } },
    403,
  ],
  ["a snapshot page with malformed percent-encoding", { path: `/s/${BAD_ESCAPE}` }, 400],
  ["a document page with malformed percent-encoding", { path: `/documents/${BAD_ESCAPE}` }, 400],
];

test.describe("malformed input", () => {
  for (const [name, request, status] of cases) {
    test(`${name}: ${status} with a JSON error`, async () => {
      const response = await rawRequest(request);
      expect(response.status, response.text.slice(0, 300)).toBe(status);
      expect(response.headers["content-type"]).toMatch(/^application\/json/);
      expect(response.json).toEqual({
        error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }),
      });
      expect(response.text).not.toMatch(/\bat .*\.js|stack|Error:/);
    });
  }
});
