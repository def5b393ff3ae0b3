import { describe, expect, it } from "vitest";
import type { Json } from "@/lib/neo4j/values";
import { formatCell } from "./format-cell";

const node = (elementId: string, name: string, labels = ["Entity", "Person"]) => ({
  kind: "node",
  elementId,
  labels,
  properties: { name },
});
const rel = (start: string, end: string) => ({
  kind: "relationship",
  elementId: "5:1",
  type: "MET_WITH",
  start,
  end,
  properties: { evidenceCount: 3 },
});

describe("formatCell", () => {
  it("writes scalars and lists as they read", () => {
    expect(formatCell(null)).toBe("null");
    expect(formatCell("Riyadh")).toBe("Riyadh");
    expect(formatCell([1, "a", true])).toBe("[1, a, true]");
    expect(formatCell({ a: 1 })).toBe('{"a":1}');
  });

  it("names nodes, relationships and paths, with the direction of each hop", () => {
    expect(formatCell(node("4:1", "Kirill Dmitriev") as Json)).toBe("(:Person) Kirill Dmitriev");
    expect(formatCell(rel("4:1", "4:2") as Json)).toBe("[:MET_WITH] ×3");
    const path = {
      kind: "path",
      nodes: [node("4:1", "A"), node("4:2", "B"), node("4:3", "C")],
      relationships: [rel("4:1", "4:2"), rel("4:3", "4:2")],
    };
    expect(formatCell(path as Json)).toBe("A -[:MET_WITH]-> B <-[:MET_WITH]- C");
  });
});
