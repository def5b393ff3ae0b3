import { describe, expect, test } from "vitest";
import { nlpUrls } from "@/lib/nlp/client";
import { checkNlp } from "./nlp-health";

// Against the real service `npm test` starts (LIAISON_NLP_URL); port 9 (discard) has no listener.
const live = nlpUrls()[0]!;
const dead = "http://127.0.0.1:9";

describe("checkNlp", () => {
  test("up when the service answers /ready", async () => {
    expect(await checkNlp([live])).toEqual({ status: "up", urls: [live], unreachable: [] });
  });

  test("still up while one of several instances answers, naming the one that does not", async () => {
    expect(await checkNlp([dead, live])).toEqual({
      status: "up",
      urls: [dead, live],
      unreachable: [dead],
    });
  });

  test("down when none answers, within about a second", async () => {
    const started = Date.now();
    expect(await checkNlp([dead])).toMatchObject({ status: "down", unreachable: [dead] });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  test("callers within a few seconds share one probe", () => {
    const first = checkNlp([live]);
    expect(checkNlp([live])).toBe(first);
  });
});
