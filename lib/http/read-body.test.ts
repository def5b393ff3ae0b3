import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { jsonDepth, MAX_JSON_DEPTH, readJsonBody } from "./read-body";

/** A chunked body (no Content-Length) of `chunks` chunks of `size` bytes, counting what was pulled. */
function endless(chunks: number, size: number) {
  const pulled = { chunks: 0 };
  const chunk = new Uint8Array(size).fill(0x20);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.chunks++ >= chunks) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const request = new Request("http://localhost/", {
    method: "POST",
    body,
    duplex: "half",
  } as RequestInit);
  return { request, pulled };
}

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as AppError).status;
  }
}

describe("readJsonBody", () => {
  it("cuts a chunked body at the cap instead of reading it whole", async () => {
    const { request, pulled } = endless(1_000_000, 64 * 1024); // 64 GB if read to the end
    expect(await statusOf(readJsonBody(request, 2 * 1024 * 1024))).toBe(413);
    expect(pulled.chunks).toBeLessThanOrEqual(34);
  });

  it("refuses a declared Content-Length over the cap before reading", async () => {
    const request = new Request("http://localhost/", {
      method: "POST",
      body: "{}",
      headers: { "content-length": "99999999" },
    });
    expect(await statusOf(readJsonBody(request, 1024))).toBe(413);
  });

  it("answers 400 for JSON nested 10,000 deep, and reads JSON at the depth limit", async () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(
      await statusOf(
        readJsonBody(new Request("http://localhost/", { method: "POST", body: deep }), 1e6),
      ),
    ).toBe(400);
    const ok = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    expect(
      await statusOf(
        readJsonBody(new Request("http://localhost/", { method: "POST", body: ok }), 1e6),
      ),
    ).toBe("ok");
  });
});

describe("jsonDepth", () => {
  it("ignores brackets inside strings, escaped quotes included", () => {
    expect(jsonDepth('{"a": "[[[{{{\\"[[["}')).toBe(1);
    expect(jsonDepth('[{"a": [1, {"b": []}]}]')).toBe(5);
  });

  it("agrees with the nesting of any JSON value", () => {
    const depth = (v: unknown): number =>
      Array.isArray(v)
        ? 1 + Math.max(0, ...v.map(depth))
        : v !== null && typeof v === "object"
          ? 1 + Math.max(0, ...Object.values(v).map(depth))
          : 0;
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonDepth(JSON.stringify(value))).toBe(depth(value));
      }),
    );
  });
});
