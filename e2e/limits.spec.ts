import http from "node:http";
import { expect, test } from "@playwright/test";
import { APP_PORT } from "./env";
import { rawRequest } from "./raw-http";

// One client may run 2 console queries at once (lib/http/client-limit.ts). Two requests whose
// bodies are still arriving hold both slots; a third from the same client is answered 429 at once.

/** A POST whose body is left unfinished until `finish` is called. */
function heldOpen(path: string): { finish: () => Promise<number> } {
  const request = http.request({
    host: "127.0.0.1",
    port: APP_PORT,
    method: "POST",
    path,
    headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
  });
  const status = new Promise<number>((resolve, reject) => {
    request.on("response", (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    });
    request.on("error", reject);
  });
  request.write('{"query": "RETURN 1 AS held"');
  return {
    finish: () => {
      request.end("}");
      return status;
    },
  };
}

test("a third console query at once from one client gets 429 with Retry-After; the slots free when they finish", async () => {
  const first = heldOpen("/api/cypher");
  const second = heldOpen("/api/cypher");
  const query = {
    method: "POST",
    path: "/api/cypher",
    headers: { "content-type": "application/json" },
    body: '{"query": "RETURN 1 AS third"}',
  };
  await expect
    .poll(async () => {
      const third = await rawRequest(query);
      return third.status === 429
        ? {
            status: third.status,
            retryAfter: third.headers["retry-after"],
            code: (third.json as { error: { code: string } }).error.code,
          }
        : third.status;
    })
    .toEqual({ status: 429, retryAfter: "2", code: "too_many_requests" });
  expect(await first.finish()).toBe(200);
  expect(await second.finish()).toBe(200);
  expect((await rawRequest(query)).status).toBe(200);
});
