import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/schema/extraction";
import { applyReview, review } from "./review";

const extraction: Extraction = {
  extractorVersion: "test",
  document: { length: 60 },
  entities: [
    {
      id: "person:steve-witkoff",
      name: "Steve Witkoff",
      type: "Person",
      aliases: ["Witkoff"],
      roles: ["envoy"],
      mentions: [{ start: 0, end: 13, text: "Steve Witkoff" }],
    },
    {
      id: "person:kiril-dmitriev",
      name: "Kiril Dmitriev",
      type: "Person",
      aliases: [],
      roles: [],
      mentions: [{ start: 22, end: 36, text: "Kiril Dmitriev" }],
    },
    {
      id: "country:russia",
      name: "Russia",
      type: "Country",
      aliases: [],
      roles: [],
      mentions: [{ start: 40, end: 46, text: "Russia" }],
    },
  ],
  relations: [
    {
      type: "met_with",
      subject: "person:steve-witkoff",
      object: "person:kiril-dmitriev",
      confidence: 0.9,
      evidence: { sentence: "s", start: 0, end: 37 },
    },
    {
      type: "envoy_of",
      subject: "person:kiril-dmitriev",
      object: "country:russia",
      confidence: 0.6,
      evidence: { sentence: "t", start: 38, end: 60 },
    },
  ],
};
const known = new Map([
  [
    "person:kirill-dmitriev",
    { id: "person:kirill-dmitriev", name: "Kirill Dmitriev", type: "Person" },
  ],
]);

describe("applyReview", () => {
  it("drops unticked relations by their preview index", () => {
    const out = applyReview(extraction, review.parse({ dropRelations: [1] }), known);
    expect(out.relations.map((r) => r.type)).toEqual(["met_with"]);
  });

  it("renames an entity: new id from the name, old name kept as an alias, relations follow", () => {
    const out = applyReview(
      extraction,
      review.parse({ rename: { "person:steve-witkoff": "Steven Witkoff" } }),
      known,
    );
    expect(out.entities[0]).toMatchObject({
      id: "person:steven-witkoff",
      name: "Steven Witkoff",
      aliases: ["Steve Witkoff", "Witkoff"],
    });
    expect(out.relations[0]!.subject).toBe("person:steven-witkoff");
  });

  it("merges an entity into one already in the graph", () => {
    const out = applyReview(
      extraction,
      review.parse({ mergeInto: { "person:kiril-dmitriev": "person:kirill-dmitriev" } }),
      known,
    );
    expect(out.entities[1]).toMatchObject({
      id: "person:kirill-dmitriev",
      name: "Kirill Dmitriev",
      aliases: ["Kiril Dmitriev"],
    });
    expect(out.relations.map((r) => [r.subject, r.object])).toEqual([
      ["person:steve-witkoff", "person:kirill-dmitriev"],
      ["person:kirill-dmitriev", "country:russia"],
    ]);
  });

  it("refuses a merge into an unknown entity or one of another type", () => {
    expect(() =>
      applyReview(
        extraction,
        review.parse({ mergeInto: { "person:kiril-dmitriev": "person:nobody" } }),
        known,
      ),
    ).toThrow(/no such entity/);
    const country = new Map([["country:x", { id: "country:x", name: "X", type: "Country" }]]);
    expect(() =>
      applyReview(
        extraction,
        review.parse({ mergeInto: { "person:kiril-dmitriev": "country:x" } }),
        country,
      ),
    ).toThrow(/types differ/);
  });
});
