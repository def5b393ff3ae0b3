import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/schema/extraction";
import { describeExtraction, shorten } from "./describe-extraction";

const SENTENCE =
  "Dax Morrow, the special envoy of Oranje, met Ilse Varnhold in Lindau on Monday for talks on trade.";

const extraction: Extraction = {
  extractorVersion: "test",
  document: { length: SENTENCE.length },
  entities: [
    {
      id: "p:dm",
      name: "Dax Morrow",
      type: "Person",
      aliases: ["Morrow"],
      roles: [],
      mentions: [],
    },
    { id: "p:iv", name: "Ilse Varnhold", type: "Person", aliases: [], roles: [], mentions: [] },
    { id: "c:o", name: "Oranje", type: "Country", aliases: [], roles: [], mentions: [] },
  ],
  relations: [
    {
      type: "met_with",
      subject: "p:dm",
      object: "p:iv",
      confidence: 0.9,
      evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
    },
  ],
};

describe("describeExtraction", () => {
  it("groups entities by type and draws relations with shortened evidence", () => {
    expect(
      describeExtraction(extraction, {
        label: "d1",
        title: "Lindau talks",
        milliseconds: 2.25,
        evidenceWidth: 40,
      }),
    ).toBe(`■ d1 · Lindau talks
  3 entities, 1 relation, 2.3 ms
  Person (2)
    Dax Morrow  [Morrow]
    Ilse Varnhold
  Country (1)
    Oranje
  Relations (1)
    Dax Morrow —met_with→ Ilse Varnhold  (0.90)
      “Dax Morrow, the special envoy of…”`);
  });

  it("says so when nothing was found", () => {
    const empty = { ...extraction, entities: [], relations: [] };
    expect(describeExtraction(empty, { label: "d2" })).toBe("■ d2\n  0 entities, 0 relations");
  });
});

describe("shorten", () => {
  it("collapses whitespace and keeps short text whole", () => {
    expect(shorten("  a\n b  ", 10)).toBe("a b");
  });

  it("cuts long text at a word, or mid-word when there is no space to cut at", () => {
    expect(shorten("alpha beta gamma delta", 12)).toBe("alpha beta…");
    expect(shorten("x".repeat(30), 10)).toBe("xxxxxxxxx…");
  });
});
