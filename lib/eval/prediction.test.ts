import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/schema/extraction";
import { predictionLine } from "./formats";
import { toPrediction } from "./prediction";

const SENTENCE = "Dax Morrow, the envoy of Oranje, met Ilse Varnhold.";

const extraction: Extraction = {
  extractorVersion: "test",
  document: { length: SENTENCE.length },
  entities: [
    {
      id: "person:dax-morrow",
      name: "Dax Morrow",
      type: "Person",
      aliases: ["Morrow"],
      roles: ["envoy"],
      mentions: [{ start: 0, end: 10, text: "Dax Morrow" }],
    },
    { id: "country:oranje", name: "Oranje", type: "Country", aliases: [], roles: [], mentions: [] },
    {
      id: "person:ilse-varnhold",
      name: "Ilse Varnhold",
      type: "Person",
      aliases: [],
      roles: [],
      mentions: [],
    },
  ],
  relations: [
    {
      type: "envoy_of",
      subject: "person:dax-morrow",
      object: "country:oranje",
      confidence: 0.8,
      evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
      role: "envoy",
    },
    {
      type: "met_with",
      subject: "person:dax-morrow",
      object: "person:ilse-varnhold",
      confidence: 0.9,
      evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
    },
  ],
};

describe("toPrediction", () => {
  it("names relation ends by entity name and keeps evidence and confidence", () => {
    const line = toPrediction(extraction, "doc-1");
    expect(line).toEqual({
      id: "doc-1",
      entities: [
        { name: "Dax Morrow", type: "Person", aliases: ["Morrow"] },
        { name: "Oranje", type: "Country", aliases: [] },
        { name: "Ilse Varnhold", type: "Person", aliases: [] },
      ],
      relations: [
        {
          type: "envoy_of",
          subject: "Dax Morrow",
          object: "Oranje",
          confidence: 0.8,
          evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
        },
        {
          type: "met_with",
          subject: "Dax Morrow",
          object: "Ilse Varnhold",
          confidence: 0.9,
          evidence: { sentence: SENTENCE, start: 0, end: SENTENCE.length },
        },
      ],
    });
    expect(predictionLine.parse(JSON.parse(JSON.stringify(line)))).toEqual(line);
  });

  it("handles an empty extraction", () => {
    const empty: Extraction = { ...extraction, entities: [], relations: [] };
    expect(toPrediction(empty, "x")).toEqual({ id: "x", entities: [], relations: [] });
  });

  it("refuses a relation that points at no entity", () => {
    const broken: Extraction = { ...extraction, entities: extraction.entities.slice(1) };
    expect(() => toPrediction(broken, "doc-1")).toThrow(/unknown entity id person:dax-morrow/);
  });
});
