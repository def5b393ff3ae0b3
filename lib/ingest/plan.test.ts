import { describe, expect, it } from "vitest";
import type { Extraction } from "@/lib/schema/extraction";
import { documentId, normaliseText } from "./document-id";
import { combinePlans, planDocument, PlanError, type PreparedDocument } from "./plan";

const TEXT = "Steve Witkoff met Kirill Dmitriev. Dmitriev met Witkoff again.";
const witkoff = {
  id: "person:steve-witkoff",
  name: "Steve Witkoff",
  type: "Person" as const,
  aliases: ["Witkoff"],
  roles: ["envoy"],
  mentions: [
    { start: 0, end: 13, text: "Steve Witkoff" },
    { start: 48, end: 55, text: "Witkoff" },
  ],
};
const dmitriev = {
  id: "person:kirill-dmitriev",
  name: "Kirill Dmitriev",
  type: "Person" as const,
  aliases: ["Dmitriev"],
  roles: [],
  mentions: [
    { start: 18, end: 33, text: "Kirill Dmitriev" },
    { start: 35, end: 43, text: "Dmitriev" },
  ],
};

function doc(extraction: Partial<Extraction> = {}, text = TEXT): PreparedDocument {
  return {
    text,
    meta: { title: "Talks", publishedAt: "2025-02-18" },
    extraction: {
      extractorVersion: "v1",
      document: { length: text.length },
      entities: [witkoff, dmitriev],
      relations: [
        {
          type: "met_with",
          subject: "person:steve-witkoff",
          object: "person:kirill-dmitriev",
          confidence: 0.9,
          evidence: { sentence: "Steve Witkoff met Kirill Dmitriev.", start: 0, end: 34 },
        },
        {
          type: "met_with",
          subject: "person:kirill-dmitriev",
          object: "person:steve-witkoff",
          confidence: 0.7,
          date: "2025-02-20",
          evidence: { sentence: "Dmitriev met Witkoff again.", start: 35, end: 62 },
        },
      ],
      ...extraction,
    },
  };
}

describe("document identity", () => {
  it("is the same for the same text with other whitespace and line ends", () => {
    expect(documentId("A  met B.\r\nThen C.")).toBe(documentId(" A met B.\nThen C. "));
    expect(documentId("A met B.")).toMatch(/^doc:[0-9a-f]{32}$/);
    expect(normaliseText("e\u0301 x")).toBe("é x");
  });
});

describe("planDocument", () => {
  it("stores a symmetric relation once, ends sorted, with both sentences as evidence", () => {
    const plan = planDocument(doc(), new Map(), "2025-03-01T00:00:00Z");
    expect(plan.relations).toEqual([
      {
        id: "met_with:person:kirill-dmitriev|person:steve-witkoff",
        type: "MET_WITH",
        subjectId: "person:kirill-dmitriev",
        objectId: "person:steve-witkoff",
        evidenceCount: 2,
        firstSeen: "2025-02-18",
        lastSeen: "2025-02-20",
        confidence: 0.9,
        role: null,
      },
    ]);
    expect(plan.evidence.map((v) => [v.start, v.date, v.extractorVersion])).toEqual([
      [0, "2025-02-18", "v1"],
      [35, "2025-02-20", "v1"],
    ]);
    expect(plan.document).toMatchObject({
      id: documentId(TEXT),
      title: "Talks",
      length: TEXT.length,
      extractorVersion: "v1",
    });
    expect(plan.mentions.find((m) => m.entityId === "person:steve-witkoff")).toMatchObject({
      count: 2,
      starts: [0, 48],
      ends: [13, 55],
    });
  });

  it("counts the same sentence stated twice as one piece of evidence", () => {
    const base = doc().extraction;
    const plan = planDocument(
      doc({ relations: [base.relations[0]!, base.relations[0]!] }),
      new Map(),
      "t",
    );
    expect(plan.evidence).toHaveLength(1);
    expect(plan.relations[0]!.evidenceCount).toBe(1);
  });

  it("maps merged-away entities to their survivor, keeping the extracted name as an alias", () => {
    const plan = planDocument(
      doc(),
      new Map([["person:kirill-dmitriev", "person:kirill-a-dmitriev"]]),
      "t",
    );
    expect(plan.entities.find((e) => e.id === "person:kirill-a-dmitriev")?.aliases).toEqual([
      "Kirill Dmitriev",
      "Dmitriev",
    ]);
    expect(plan.relations[0]!.id).toBe("met_with:person:kirill-a-dmitriev|person:steve-witkoff");
  });

  it("refuses a relation whose entity the extraction does not list", () => {
    const base = doc().extraction;
    expect(() =>
      planDocument(doc({ entities: [witkoff], relations: base.relations }), new Map(), "t"),
    ).toThrow(PlanError);
  });
});

describe("combinePlans", () => {
  it("adds up a relation seen in several documents of one batch", () => {
    const other = doc({}, `${TEXT} More.`);
    const rows = combinePlans([
      planDocument(doc(), new Map(), "t"),
      planDocument(other, new Map(), "t"),
    ]);
    expect(rows.documents).toHaveLength(2);
    expect(rows.relations).toHaveLength(1);
    expect(rows.relations[0]!.evidenceCount).toBe(4);
    expect(rows.evidence).toHaveLength(4);
    expect(rows.entities.map((e) => e.id)).toEqual([
      "person:kirill-dmitriev",
      "person:steve-witkoff",
    ]);
  });
});
