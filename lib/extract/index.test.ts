import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extraction } from "@/lib/schema/extraction";
import { EXTRACTOR_VERSION, extractArticle } from "./index";

const FRAGMENTS = [
  "Foreign Minister Ingrid Halvorsen",
  " met with ",
  "U.S. envoy Joel Mbeki",
  ", a senior aide to President Jonas Weber",
  ". ",
  "The Treasury imposed sanctions against ",
  "Kenya's ambassador",
  " arrived in Vienna on Wednesday",
  "<p>",
  "&amp;",
  "\u201c",
  "\u0000",
  "\ud800",
  "Mr. ",
  " and ",
  "\n",
  "Москва",
  "北京",
  "(IMF)",
  "'s ",
];

/** Checks the documented invariants of one extraction and returns it. */
function checkExtraction(text: string) {
  const x = extraction.parse(extractArticle({ text }));
  const ids = new Set(x.entities.map((e) => e.id));
  expect(ids.size).toBe(x.entities.length);
  for (const e of x.entities) {
    for (const m of e.mentions) {
      expect(m.start).toBeLessThanOrEqual(m.end);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  }
  for (const r of x.relations) {
    expect(ids.has(r.subject) && ids.has(r.object)).toBe(true);
    expect(r.evidence.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.sentence);
  }
  return x;
}

describe("extractArticle", () => {
  it("returns a valid extraction with version and document metadata", () => {
    const x = checkExtraction(
      "Foreign Minister Ingrid Halvorsen met with Tomas Varga in Oslo on Wednesday.",
    );
    expect(x.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(x.relations.length).toBeGreaterThan(0);
  });

  it("writes roles as people do, 'of' and all", () => {
    const out = extractArticle({
      text: "Secretary of State Omar Haddad met White House Chief of Staff Lena Fischer in Kenya.",
    });
    const roles = out.entities.flatMap((e) => e.roles);
    expect(roles).toEqual(expect.arrayContaining(["secretary of state", "chief of staff"]));
    expect(roles).not.toContain("secretary state");
  });

  it("dates relations from the publication date", () => {
    const x = extractArticle({
      text: "Ingrid Halvorsen met with Tomas Varga in Oslo on Wednesday.",
      publishedAt: "2025-03-14",
    });
    expect(x.relations[0]?.date).toBe("2025-03-12");
    expect(x.document.publishedAt).toBe("2025-03-14");
  });

  it("is deterministic", () => {
    const text = "Envoy Joel Mbeki met with Lena Fischer. He arrived in Vienna.";
    expect(extractArticle({ text })).toEqual(extractArticle({ text }));
  });

  it("gives an empty extraction for empty and whitespace-only text", () => {
    for (const text of ["", "   \n\t  "]) {
      const x = checkExtraction(text);
      expect(x.entities).toEqual([]);
      expect(x.relations).toEqual([]);
    }
  });

  it("cleans NUL bytes and binary noise instead of failing", () => {
    const bytes = Array.from({ length: 5000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 256),
    ).join("");
    checkExtraction(`${bytes}Ingrid Halvorsen met with Tomas Varga.${bytes}`);
  });

  it("handles lone surrogates, mixed scripts and a whole HTML page", () => {
    checkExtraction("Ingrid\ud800 Halvorsen met \udc00Tomas Varga in Москва and 北京.");
    const page = `<!doctype html><html><head><title>News</title><script>if (a < b) { x = "<p>"; }</script></head><body><nav>Home</nav><article><p>Envoy Joel Mbeki met with Lena&nbsp;Fischer.</p></article></body></html>`;
    const x = checkExtraction(page);
    expect(x.relations.map((r) => r.type)).toContain("met_with");
  });

  it("stays linear on a 100,000-character sentence without punctuation", () => {
    const text = Array.from({ length: 12_500 }, (_, i) => (i % 3 ? "word" : "Name")).join(" ");
    const t0 = performance.now();
    checkExtraction(text.slice(0, 100_000));
    expect(performance.now() - t0).toBeLessThan(5_000);
  });

  it("throws a clear Error for input that is not an article", () => {
    expect(() => extractArticle({ text: 42 } as unknown as { text: string })).toThrow(
      /^extractArticle: invalid input/,
    );
  });

  it("keeps its invariants on random and adversarial strings", () => {
    const adversarial = fc
      .array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: "binary", maxLength: 300 }),
          adversarial,
        ),
        (text) => {
          checkExtraction(text);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it("takes roughly twice as long on twice the text", () => {
    const unit =
      "Foreign Minister Ingrid Halvorsen met with Tomas Varga in Oslo on Wednesday. The Treasury imposed sanctions against Kenya's ambassador Joel Mbeki. ";
    const time = (n: number) => {
      const text = unit.repeat(n);
      const runs: number[] = [];
      // CPU time of this process, so other work on the machine does not skew the ratio.
      for (let i = 0; i < 5; i++) {
        const c0 = process.cpuUsage();
        extractArticle({ text });
        const c = process.cpuUsage(c0);
        runs.push(c.user + c.system);
      }
      return Math.min(...runs);
    };
    time(1000);
    const single = time(1000);
    const double = time(2000);
    expect(double / single).toBeLessThan(4);
  }, 60_000);
});
