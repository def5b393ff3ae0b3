import { afterAll, describe, expect, it } from "vitest";
import { nlpUrls } from "@/lib/nlp/client";
import { closeDriver } from "@/lib/neo4j/driver";
import { checkHealth } from "./health";

// The NLP service is the real one `npm test` starts (LIAISON_NLP_URL); port 9 has no listener.
const given = process.env.LIAISON_NLP_URL;
afterAll(async () => {
  if (given === undefined) delete process.env.LIAISON_NLP_URL;
  else process.env.LIAISON_NLP_URL = given;
  await closeDriver();
});

describe("health and the NLP service", () => {
  it("is ok, with the NLP service up, while it answers", async () => {
    const health = await checkHealth({ maxAgeMs: 0 });
    expect(health.status).toBe("ok");
    expect(health.nlp).toEqual({ status: "up", urls: nlpUrls(), unreachable: [] });
  });

  it("is degraded, not failed, when only the NLP service is down", async () => {
    process.env.LIAISON_NLP_URL = "http://127.0.0.1:9";
    const health = await checkHealth({ maxAgeMs: 0 });
    expect(health).toMatchObject({
      status: "degraded",
      nlp: { status: "down", urls: ["http://127.0.0.1:9"], unreachable: ["http://127.0.0.1:9"] },
    });
    expect(health.neo4j.version).toMatch(/^5\./);
    expect(health.counts.entities).toBeGreaterThanOrEqual(0);
  });
});
