import { describe, expect, it } from "vitest";
import { edgeLabel, legendLabel, relationSentence, titleCase } from "./relation-label";

describe("relation labels", () => {
  it("writes an office as a title, small words lower case", () => {
    expect(titleCase("secretary of state")).toBe("Secretary of State");
    expect(titleCase("CIA director")).toBe("CIA Director");
    expect(titleCase("head of the office")).toBe("Head of the Office");
  });

  it("a leads line reads as its role; without a role, or for other types, the registry label", () => {
    expect(edgeLabel("leads", "foreign minister")).toBe("Foreign Minister");
    expect(edgeLabel("leads", null)).toBe("leads");
    expect(edgeLabel("leads", "  ")).toBe("leads");
    expect(edgeLabel("met_with", "president")).toBe("met with");
    expect(edgeLabel("unknown_type", null)).toBe("unknown type");
  });

  it("as a sentence, an office names its country; other relations read subject-verb-object", () => {
    expect(relationSentence("leads", "secretary of state", "Marco Rubio", "United States")).toBe(
      "Marco Rubio, Secretary of State of United States",
    );
    expect(relationSentence("met_with", null, "A", "B")).toBe("A met with B");
  });

  it("the legend says a leads line carries the office", () => {
    expect(legendLabel({ name: "leads", label: "leads" })).toMatch(/role on the line/);
    expect(legendLabel({ name: "met_with", label: "met with" })).toBe("met with");
  });
});
