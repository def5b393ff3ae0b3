/** The NLP client against the service `npm test` starts (LIAISON_NLP_URL): pieces, spreading, failures. */
import { describe, expect, it } from "vitest";
import { analyse, NlpUnavailableError, nlpReady, nlpUrls, pieces } from "./client";

describe("pieces", () => {
  it("cuts long texts after a blank line or a sentence, keeping every character", () => {
    const text = ("Ana met Bo in Oslo. ".repeat(30) + "\n\n").repeat(200);
    const parts = pieces(text, 5_000);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.map((p) => p.text).join("")).toBe(text);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(5_000);
      expect(text.slice(p.start, p.start + p.text.length)).toBe(p.text);
    }
  });

  it("cuts a text without spaces at the limit", () => {
    const parts = pieces("x".repeat(12_000), 5_000);
    expect(parts.map((p) => p.text.length)).toEqual([5_000, 5_000, 2_000]);
  });
});

describe("the NLP service through the client", () => {
  it("is ready and analyses a sentence with offsets of the whole text", async () => {
    expect(await nlpReady()).toBe(true);
    const text = "Ingrid Halvorsen met Tomas Varga in Oslo.";
    const a = await analyse(text);
    const words = a.sentences.flatMap((s) => s.tokens.map((t) => text.slice(t.start, t.end)));
    expect(words).toContain("Halvorsen");
    const met = a.sentences[0]!.tokens.find((t) => t.word === "met")!;
    expect(met.key).toBe("meet");
    expect(met.deps.some((e) => e.rel === "nsubj" && e.token.word === "Halvorsen")).toBe(true);
    expect(a.sentences[0]!.tokens.find((t) => t.word === "Oslo")!.ner).toBe("LOCATION");
  }, 30_000);

  it("analyses a text longer than one request in pieces, offsets continuous", async () => {
    const unit = "Ana Ruiz met Joel Souza in Lima on Monday. ";
    const text = unit.repeat(Math.ceil(60_000 / unit.length));
    const a = await analyse(text);
    const last = a.sentences.at(-1)!.tokens.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe(".");
    expect(last.end).toBeGreaterThan(55_000);
  }, 120_000);

  it("answers empty text with no sentences, without a request", async () => {
    expect(await analyse("   \n ", { urls: ["http://127.0.0.1:9"] })).toEqual({ sentences: [] });
  });

  it("says plainly when no instance can be reached, after trying each", async () => {
    await expect(
      analyse("Ana met Bo.", {
        urls: ["http://127.0.0.1:9", "http://127.0.0.1:10"],
        timeoutMs: 2_000,
      }),
    ).rejects.toThrow(NlpUnavailableError);
  });

  it("passes a document on to the next instance when one is down", async () => {
    const a = await analyse("Ana met Bo.", { urls: ["http://127.0.0.1:9", ...nlpUrls()] });
    expect(a.sentences).toHaveLength(1);
  });
});

describe("blankNoise", () => {
  it("keeps English text and blanks blocks of noise, length unchanged", async () => {
    const { blankNoise } = await import("./client");
    const english = "Ana Ruiz met Joel Souza in Lima. ".repeat(20);
    const noise = Array.from({ length: 600 }, (_, i) =>
      String.fromCharCode(0x4e00 + ((i * 97) % 2000)),
    ).join("");
    const out = blankNoise(english + noise);
    expect(out.length).toBe(english.length + noise.length);
    expect(out.startsWith(english.slice(0, 512))).toBe(true);
    expect(out.slice(-256).trim()).toBe("");
  });
});
