/**
 * The whole extractor on bad input, with the NLP service `npm test` starts (LIAISON_NLP_URL):
 * a clear error or a valid extraction, in time linear in the size, and the service still answering.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { extraction } from "@/lib/schema/extraction";
import { nlpReady } from "./client";
import { apiExtractor, cliExtractor } from "./extractor";

const extract = apiExtractor();

describe("the extractor on bad input", () => {
  it("gives an empty extraction for empty and blank text", async () => {
    for (const text of ["", "   \n\t "]) {
      const x = extraction.parse(await extract({ text }));
      expect(x.relations).toEqual([]);
    }
  });

  it("reads binary noise and broken UTF-16 as text, without failing", async () => {
    const noise = Array.from({ length: 20_000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 0xffff),
    ).join("");
    const x = extraction.parse(
      await extract({ text: `Ana Ruiz met Joel Souza. ${noise} \ud800 \udc00` }),
    );
    expect(x.document.length).toBeGreaterThan(20_000);
  }, 60_000);

  it("reads an HTML page as its text", async () => {
    const html =
      "<html><head><style>p{}</style><script>var x=1</script></head><body><p>Ingrid Halvorsen met Tomas Varga in Oslo on Monday.</p></body></html>";
    const x = await extract({ text: html });
    expect(x.entities.map((e) => e.name)).toEqual(
      expect.arrayContaining(["Ingrid Halvorsen", "Tomas Varga"]),
    );
    expect(x.entities.some((e) => /script|style/i.test(e.name))).toBe(false);
  }, 30_000);

  it("takes 100,000 characters without punctuation in bounded time", async () => {
    const words = ["minister", "Oslo", "talks", "envoy", "Varga", "trade", "said", "the"];
    const text = Array.from({ length: 14_000 }, (_, i) => words[i % words.length])
      .join(" ")
      .slice(0, 100_000);
    const started = Date.now();
    extraction.parse(await extract({ text }));
    // Linear: the service cuts the one "sentence" into pieces of at most 120 tokens.
    expect(Date.now() - started).toBeLessThan(120_000);
    expect(await nlpReady()).toBe(true);
  }, 150_000);

  it("refuses a 10 MB article with a clear 413, at once", async () => {
    const started = Date.now();
    const error = await extract({ text: "Ana met Bo. ".repeat(900_000) }).catch((e: unknown) => e);
    // 10.8 million characters: over twice the limit, so refused before any cleaning.
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(413);
    expect((error as AppError).message).toMatch(/too long.*split it/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("answers 503 in plain words when the service is down, and the CLI names the command to start it", async () => {
    const api = apiExtractor({ urls: ["http://127.0.0.1:9"] });
    const error = (await api({ text: "Ana met Bo." }).catch((e: unknown) => e)) as AppError;
    expect(error.status).toBe(503);
    expect(error.message).toMatch(/not running.*npm run up/);
    const cli = cliExtractor({ urls: ["http://127.0.0.1:9"], retries: 2, baseDelayMs: 10 });
    await expect(cli({ text: "Ana met Bo." })).rejects.toThrow(
      /after 3 tries\. Start it with `npm run nlp -- start`/,
    );
  });
});
