import { describe, expect, it } from "vitest";
import { InputError } from "@/lib/corpus/files";
import type { ArticleResult } from "@/lib/corpus/read-articles";
import type { ArticleInput, Extraction } from "@/lib/schema/extraction";
import { formatTotals, streamExtractions } from "./extract-stream";
import { predictionLine } from "./formats";

/** A stand-in extractor: every capitalised word pair is a person; the first two "met". */
function fakeExtract(input: ArticleInput): Extraction {
  if (input.text.includes("BOOM")) throw new Error("extractor exploded");
  const names = [...input.text.matchAll(/[A-Z][a-z]+ [A-Z][a-z]+/g)].map((m) => m[0]);
  const entities = names.map((name) => ({
    id: `person:${name.toLowerCase().replace(" ", "-")}`,
    name,
    type: "Person" as const,
    aliases: [],
    roles: [],
    mentions: [],
  }));
  const [a, b] = entities;
  const relations =
    a && b
      ? [
          {
            type: "met_with" as const,
            subject: a.id,
            object: b.id,
            confidence: 0.5,
            evidence: { sentence: input.text, start: 0, end: input.text.length },
          },
        ]
      : [];
  return { extractorVersion: "fake", document: { length: input.text.length }, entities, relations };
}

async function* articles(): AsyncGenerator<ArticleResult> {
  yield {
    ok: true,
    article: { id: "a", text: "Dax Morrow met Ilse Varnhold.", origin: "in.jsonl:1" },
  };
  yield { ok: false, error: new InputError("in.jsonl", 2, "malformed JSON") };
  yield { ok: true, article: { id: "b", text: "BOOM", origin: "in.jsonl:3" } };
  yield { ok: true, article: { id: "c", text: "", title: "Empty", origin: "in.jsonl:4" } };
}

async function run(mode: "jsonl" | "readable") {
  const out: string[] = [];
  const err: string[] = [];
  const totals = await streamExtractions(articles(), {
    mode,
    extract: async (input) => fakeExtract(input),
    out: (t) => void out.push(t),
    err: (m) => void err.push(m),
  });
  return { out, err, totals };
}

describe("streamExtractions", () => {
  it("prints only prediction lines in jsonl mode and reports failures apart", async () => {
    const { out, err, totals } = await run("jsonl");
    expect(out).toHaveLength(2);
    const [first, second] = out.map((line) => predictionLine.parse(JSON.parse(line)));
    expect(first).toMatchObject({
      id: "a",
      relations: [{ type: "met_with", subject: "Dax Morrow", object: "Ilse Varnhold" }],
    });
    expect(second).toEqual({ id: "c", entities: [], relations: [] });
    expect(out.every((line) => line.endsWith("\n") && line.indexOf("\n") === line.length - 1)).toBe(
      true,
    );
    expect(err).toEqual(["in.jsonl:2: malformed JSON", "in.jsonl:3: extractor exploded"]);
    expect(totals).toMatchObject({ documents: 2, entities: 2, relations: 1, failures: 2 });
  });

  it("prints readable summaries in readable mode", async () => {
    const { out } = await run("readable");
    expect(out[0]).toContain("Dax Morrow —met_with→ Ilse Varnhold");
    expect(out[1]).toMatch(/^■ c · Empty\n {2}0 entities, 0 relations/);
  });

  it("rejects invalid extractor output with the document's origin", async () => {
    const err: string[] = [];
    const broken = async (input: ArticleInput) =>
      ({ ...fakeExtract(input), entities: [{ id: "" }] }) as unknown as Extraction;
    const totals = await streamExtractions(articles(), {
      mode: "jsonl",
      extract: broken,
      out: () => {},
      err: (m) => void err.push(m),
    });
    expect(totals.documents).toBe(0);
    expect(err[0]).toMatch(
      /^in\.jsonl:1: extractor output for in\.jsonl:1 is invalid: entities\.0\./,
    );
  });
});

describe("formatTotals", () => {
  it("mentions failures only when there were some", () => {
    const base = { documents: 2, entities: 5, relations: 1, failures: 0, milliseconds: 12.4 };
    expect(formatTotals(base)).toBe("2 documents, 5 entities, 1 relation, 12 ms extracting");
    expect(formatTotals({ ...base, failures: 1 })).toMatch(/; 1 input failed/);
  });
});
