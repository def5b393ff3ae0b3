import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { clientLimit } from "./client-limit";
import { route } from "./route";

const from = (address: string) =>
  new Request("http://localhost/", { headers: { "x-forwarded-for": address } });

describe("clientLimit", () => {
  it("lets each client have its share, refuses the next with 429 and Retry-After, and frees on release", () => {
    const limit = clientLimit({ what: "previews", perClient: 2, total: 3, retryAfter: 7 });
    const a1 = limit.acquire(from("10.0.0.1"));
    limit.acquire(from("10.0.0.1"));
    const refused = (() => {
      try {
        limit.acquire(from("10.0.0.1"));
      } catch (error) {
        return error as AppError;
      }
    })();
    expect(refused?.status).toBe(429);
    expect(refused?.retryAfter).toBe(7);
    limit.acquire(from("10.0.0.2"));
    expect(() => limit.acquire(from("10.0.0.3"))).toThrow(/busy/); // the total, whatever address is claimed
    a1();
    a1(); // releasing twice frees one slot only
    expect(limit.running()).toBe(2);
    expect(() => limit.acquire(from("10.0.0.3"))).not.toThrow();
  });

  it("in a route: 429 JSON with Retry-After while the client's requests run, fine again after", async () => {
    const limit = clientLimit({ what: "previews", perClient: 1, total: 10 });
    let finish!: () => void;
    const slow = route(
      { limit },
      () => new Promise<object>((resolve) => (finish = () => resolve({ ok: true }))),
    );
    const first = slow(from("10.0.0.9"), { params: Promise.resolve({}) });
    const second = await slow(from("10.0.0.9"), { params: Promise.resolve({}) });
    expect(second.status).toBe(429);
    expect(second.headers.get("retry-after")).toBe("2");
    expect((await second.json()).error.code).toBe("too_many_requests");
    finish();
    expect((await first).status).toBe(200);
    expect(limit.running()).toBe(0);
  });
});
