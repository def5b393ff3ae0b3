import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { toNeo4jParams, toPlain } from "./values";

describe("toPlain", () => {
  it("turns Integers into numbers, and huge ones into strings", () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int("9007199254740993"))).toBe("9007199254740993");
  });

  it("turns temporal values into ISO strings", () => {
    expect(toPlain(new neo4j.types.Date(2025, 2, 27))).toBe("2025-02-27");
    expect(toPlain(new neo4j.types.DateTime(2025, 2, 27, 10, 30, 0, 0, 0))).toBe(
      "2025-02-27T10:30:00Z",
    );
  });

  it("converts nested lists and maps", () => {
    expect(toPlain({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: null })).toEqual({
      a: [1, { b: 2 }],
      c: null,
    });
    const bare = Object.assign(Object.create(null) as object, {
      on: new neo4j.types.Date(2025, 2, 27),
    });
    expect(toPlain({ m: bare, p: new neo4j.types.Point(neo4j.int(7203), 1, 2) })).toEqual({
      m: { on: "2025-02-27" },
      p: { srid: 7203, x: 1, y: 2 },
    });
  });

  it("converts nodes, relationships and paths", () => {
    const a = new neo4j.types.Node(
      neo4j.int(1),
      ["Entity", "Person"],
      { id: "person:a", n: neo4j.int(3) },
      "4:x:1",
    );
    const b = new neo4j.types.Node(neo4j.int(2), ["Entity"], { id: "b" }, "4:x:2");
    const r = new neo4j.types.Relationship(
      neo4j.int(7),
      neo4j.int(1),
      neo4j.int(2),
      "MET_WITH",
      { id: "r" },
      "5:x:7",
      "4:x:1",
      "4:x:2",
    );
    const path = new neo4j.types.Path(a, b, [new neo4j.types.PathSegment(a, r, b)]);
    expect(toPlain(a)).toEqual({
      kind: "node",
      elementId: "4:x:1",
      labels: ["Entity", "Person"],
      properties: { id: "person:a", n: 3 },
    });
    expect(toPlain(r)).toEqual({
      kind: "relationship",
      elementId: "5:x:7",
      type: "MET_WITH",
      start: "4:x:1",
      end: "4:x:2",
      properties: { id: "r" },
    });
    const plainPath = toPlain(path) as { kind: string; nodes: unknown[]; relationships: unknown[] };
    expect(plainPath.kind).toBe("path");
    expect(plainPath.nodes).toHaveLength(2);
    expect(plainPath.relationships).toHaveLength(1);
  });
});

describe("toNeo4jParams", () => {
  it("sends whole numbers as Integers so LIMIT $n works, and leaves fractions alone", () => {
    const params = toNeo4jParams({
      limit: 5,
      confidence: 0.5,
      ids: [1, 2],
      skip: undefined,
    }) as Record<string, unknown>;
    expect(neo4j.isInt(params.limit)).toBe(true);
    expect(params.confidence).toBe(0.5);
    expect((params.ids as unknown[]).every((v) => neo4j.isInt(v))).toBe(true);
    expect("skip" in params).toBe(false);
  });
});
