import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { route } from "./route";

const noParams = { params: Promise.resolve({}) };

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/x", {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
  });
}

describe("route()", () => {
  const echo = route({ body: z.object({ text: z.string().min(1) }) }, ({ body }) => ({
    got: body.text,
  }));

  it("parses the body and answers JSON", async () => {
    const response = await echo(post(JSON.stringify({ text: "hello" })), noParams);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ got: "hello" });
  });

  it("answers 400 with the zod issues for a body of the wrong shape", async () => {
    const response = await echo(post(JSON.stringify({ text: "" })), noParams);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("bad_request");
    expect(body.error.issues[0].path).toBe("text");
  });

  it.each([
    ["broken JSON", "{not json", /not valid JSON/],
    ["an empty body", "", /empty/],
    ["bytes that are not UTF-8", new Uint8Array([0xff, 0xfe, 0x00, 0x41]), /not UTF-8/],
  ])("answers 400 for %s", async (_name, body, message) => {
    const response = await echo(post(body as BodyInit), noParams);
    expect(response.status).toBe(400);
    expect((await response.json()).error.message).toMatch(message);
  });

  it("answers 413 for a body over the limit", async () => {
    const small = route({ body: z.unknown(), maxBodyBytes: 10 }, () => ({}));
    const response = await small(post(JSON.stringify({ text: "x".repeat(100) })), noParams);
    expect(response.status).toBe(413);
    expect((await response.json()).error.code).toBe("too_large");
  });

  it("parses query parameters with coercion", async () => {
    const handler = route(
      { query: z.object({ limit: z.coerce.number().int().max(10) }) },
      ({ query }) => query,
    );
    const ok = await handler(new Request("http://localhost/api/x?limit=5"), noParams);
    expect(await ok.json()).toEqual({ limit: 5 });
    const bad = await handler(new Request("http://localhost/api/x?limit=50"), noParams);
    expect(bad.status).toBe(400);
  });

  it("maps an AppError to its status and hides internal errors", async () => {
    const missing = route({}, () => {
      throw new AppError("not_found", "No such entity.");
    });
    const notFound = await missing(new Request("http://localhost/"), noParams);
    expect(notFound.status).toBe(404);
    expect(await notFound.json()).toEqual({
      error: { code: "not_found", message: "No such entity." },
    });

    const broken = route({}, () => {
      throw new TypeError("secret internals at line 12");
    });
    const internal = await broken(new Request("http://localhost/"), noParams);
    expect(internal.status).toBe(500);
    expect(JSON.stringify(await internal.json())).not.toContain("secret internals");
  });

  it("logs the database being down as one line with the driver's reason, and answers 503", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const cause = new Error("Failed to connect to server.\n    at Object.run (chunk.js:2:4423)");
      const down = route({}, () => {
        throw new AppError("unavailable", "The graph database is not reachable right now.", {
          cause,
        });
      });
      const response = await down(new Request("http://localhost/"), noParams);
      expect(response.status).toBe(503);
      expect(logged.mock.calls).toEqual([
        [
          "[liaison] unavailable: The graph database is not reachable right now. (Failed to connect to server.)",
        ],
      ]);
    } finally {
      logged.mockRestore();
    }
  });
});
