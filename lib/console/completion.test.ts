import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completionAt } from "./completion";

describe("completionAt", () => {
  it("completes labels inside a node pattern", () => {
    expect(completionAt("MATCH (p:Per")).toEqual({ kind: "label", from: 9, prefix: "Per" });
    expect(completionAt("MATCH (p:Person|")).toMatchObject({ kind: "label", prefix: "" });
    expect(completionAt("MATCH (:")).toMatchObject({ kind: "label", prefix: "" });
  });

  it("completes relationship types inside a relationship pattern", () => {
    expect(completionAt("MATCH (a)-[r:MET")).toEqual({
      kind: "relationshipType",
      from: 13,
      prefix: "MET",
    });
    expect(completionAt("MATCH (a)-[:MET_WITH|ENV")).toMatchObject({
      kind: "relationshipType",
      prefix: "ENV",
    });
    expect(completionAt("MATCH (a)-[r:MET_WITH]-(b:")).toMatchObject({ kind: "label" });
  });

  it("completes properties after a dot, and parameters after a dollar", () => {
    expect(completionAt("MATCH (p) WHERE p.na")).toEqual({
      kind: "property",
      from: 18,
      prefix: "na",
    });
    expect(completionAt("MATCH (p {name: $")).toEqual({ kind: "parameter", from: 17, prefix: "" });
  });

  it("completes procedure names after CALL, dots included", () => {
    expect(completionAt("CALL db.index.full")).toEqual({
      kind: "procedure",
      from: 5,
      prefix: "db.index.full",
    });
    expect(completionAt("call ")).toMatchObject({ kind: "procedure", prefix: "" });
  });

  it("completes keywords for a word, and nothing inside strings or comments", () => {
    expect(completionAt("MATCH (p) RET")).toEqual({ kind: "keyword", from: 10, prefix: "RET" });
    expect(completionAt("MATCH (p {name: 'a:b")).toBeNull();
    expect(completionAt("// MATCH (p:")).toBeNull();
    expect(completionAt("MATCH (p) ")).toBeNull();
    expect(completionAt("MATCH (p) ", true)).toMatchObject({ kind: "keyword", prefix: "" });
  });

  it("never throws and always points inside the text (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."()[]{}:|.$'\"`/\n abcMATCHCALL_".split("")) }),
        (text) => {
          const context = completionAt(text, true);
          return (
            context === null ||
            (context.from >= 0 && context.from <= text.length && text.endsWith(context.prefix))
          );
        },
      ),
    );
  });
});
