import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { collectGraph } from "./collect-graph";

const { Node, Relationship, Path, PathSegment } = neo4j.types;
const int = neo4j.int;

const node = (
  n: number,
  labels = ["Entity", "Person"],
  props: Record<string, unknown> = { id: `person:p${n}` },
) => new Node(int(n), labels, props, `4:db:${n}`);
const rel = (n: number, from: number, to: number, type = "MET_WITH") =>
  new Relationship(
    int(n),
    int(from),
    int(to),
    type,
    { id: `r${n}` },
    `5:db:${n}`,
    `4:db:${from}`,
    `4:db:${to}`,
  );
const path = (...hops: [number, number, number][]) => {
  const segments = hops.map(
    ([from, r, to]) => new PathSegment(node(from), rel(r, from, to), node(to)),
  );
  return new Path(segments[0]!.start, segments.at(-1)!.end, segments);
};

describe("collectGraph", () => {
  it("finds nodes and relationships in plain columns", () => {
    const found = collectGraph([node(1), rel(10, 1, 2), "text", int(3), null]);
    expect(found.nodes.map((n) => n.elementId)).toEqual(["4:db:1"]);
    expect(found.relationships.map((r) => [r.elementId, r.start, r.end])).toEqual([
      ["5:db:10", "4:db:1", "4:db:2"],
    ]);
  });

  it("takes every node and relationship of a path", () => {
    const found = collectGraph([path([1, 10, 2], [2, 11, 3])]);
    expect(found.nodes.map((n) => n.elementId)).toEqual(["4:db:1", "4:db:2", "4:db:3"]);
    expect(found.relationships.map((r) => r.elementId)).toEqual(["5:db:10", "5:db:11"]);
  });

  it("looks inside lists, maps, and lists of maps of paths", () => {
    const found = collectGraph([
      [node(1), [node(2)]],
      { who: node(3), how: [{ p: path([3, 12, 4]) }] },
    ]);
    expect(found.nodes.map((n) => n.elementId)).toEqual(["4:db:1", "4:db:2", "4:db:3", "4:db:4"]);
    expect(found.relationships.map((r) => r.elementId)).toEqual(["5:db:12"]);
  });

  it("keeps each element once, in the order first met", () => {
    const found = collectGraph([
      node(2),
      path([1, 10, 2]),
      [node(1), rel(10, 1, 2)],
      { again: path([1, 10, 2]) },
    ]);
    expect(found.nodes.map((n) => n.elementId)).toEqual(["4:db:2", "4:db:1"]);
    expect(found.relationships).toHaveLength(1);
  });

  it("converts properties to plain JSON", () => {
    const [found] = collectGraph([
      node(1, ["Entity", "Person"], {
        id: "person:x",
        count: int(7),
        seen: new neo4j.types.Date(2025, 2, 27),
      }),
    ]).nodes;
    expect(found).toEqual({
      kind: "node",
      elementId: "4:db:1",
      labels: ["Entity", "Person"],
      properties: { id: "person:x", count: 7, seen: "2025-02-27" },
    });
  });

  it("does not take a map that only looks like a node for one", () => {
    const found = collectGraph([
      { kind: "node", elementId: "4:db:9", labels: ["Entity"], properties: {} },
    ]);
    expect(found).toEqual({ nodes: [], relationships: [] });
  });
});
