import { describe, expect, it } from "vitest";
import type { FoundGraph } from "./collect-graph";
import {
  entityLookupIds,
  entityTypeOf,
  mergeGraphs,
  toGraphData,
  type EntityRow,
} from "./to-graph-data";

const dmitriev: EntityRow = {
  elementId: "4:1",
  id: "person:kirill-dmitriev",
  name: "Kirill Dmitriev",
  type: "Person",
  aliases: ["Dmitriev"],
  degree: 9,
};
const witkoff: EntityRow = {
  elementId: "4:2",
  id: "person:steve-witkoff",
  name: "Steve Witkoff",
  type: "Person",
  aliases: [],
  degree: 12,
};
const usa: EntityRow = {
  elementId: "4:3",
  id: "country:united-states",
  name: "United States",
  type: "Country",
  aliases: [],
  degree: 30,
};

const entityNode = (e: EntityRow) => ({
  kind: "node" as const,
  elementId: e.elementId,
  labels: ["Entity", e.type],
  properties: { id: e.id, name: e.name },
});
const document = {
  kind: "node" as const,
  elementId: "4:9",
  labels: ["Document"],
  properties: { id: "doc:1" },
};
const metWith = {
  kind: "relationship" as const,
  elementId: "5:1",
  type: "MET_WITH",
  start: "4:1",
  end: "4:2",
  properties: {
    id: "met_with:person:kirill-dmitriev|person:steve-witkoff",
    evidenceCount: 3,
    confidence: 0.9,
    firstSeen: "2025-02-18",
    lastSeen: "2025-04-02",
  },
};
const mentioned = {
  kind: "relationship" as const,
  elementId: "5:2",
  type: "MENTIONED_IN",
  start: "4:1",
  end: "4:9",
  properties: { count: 2 },
};

describe("entityLookupIds", () => {
  it("asks for entity nodes and for both ends of registry relationships, each once", () => {
    const found: FoundGraph = {
      nodes: [entityNode(dmitriev), document],
      relationships: [metWith, mentioned],
    };
    expect(entityLookupIds(found)).toEqual(["4:1", "4:2"]);
  });
});

describe("toGraphData", () => {
  it("draws entities and the registry relations between them, with the registry's names", () => {
    const found: FoundGraph = {
      nodes: [entityNode(dmitriev), entityNode(witkoff), document],
      relationships: [metWith, mentioned],
    };
    const { graph, counts } = toGraphData(found, [dmitriev, witkoff]);
    expect(graph.nodes.map((n) => [n.id, n.type, n.degree])).toEqual([
      ["person:kirill-dmitriev", "Person", 9],
      ["person:steve-witkoff", "Person", 12],
    ]);
    expect(graph.edges).toEqual([
      {
        id: "met_with:person:kirill-dmitriev|person:steve-witkoff",
        type: "met_with",
        source: "person:kirill-dmitriev",
        target: "person:steve-witkoff",
        evidenceCount: 3,
        confidence: 0.9,
        firstSeen: "2025-02-18",
        lastSeen: "2025-04-02",
      },
    ]);
    expect(counts).toEqual({ nodes: 3, relationships: 2, drawnNodes: 2, drawnEdges: 1 });
  });

  it("draws a relationship returned alone, with the ends looked up", () => {
    const { graph } = toGraphData({ nodes: [], relationships: [metWith] }, [dmitriev, witkoff]);
    expect(graph.nodes).toHaveLength(2);
    expect(graph.edges).toHaveLength(1);
  });

  it("leaves out relationships whose ends are not entities, and odd property values", () => {
    const odd = { ...metWith, elementId: "5:3", properties: { evidenceCount: -1, confidence: 7 } };
    const { graph } = toGraphData({ nodes: [], relationships: [odd, mentioned] }, [
      dmitriev,
      witkoff,
    ]);
    expect(graph.edges).toEqual([
      {
        id: "console:5:3",
        type: "met_with",
        source: dmitriev.id,
        target: witkoff.id,
        evidenceCount: 0,
        firstSeen: null,
        lastSeen: null,
      },
    ]);
  });
});

describe("entityTypeOf", () => {
  it("reads the type property, else the label", () => {
    expect(entityTypeOf("Country", [])).toBe("Country");
    expect(entityTypeOf(undefined, ["Entity", "Place"])).toBe("Place");
    expect(entityTypeOf("Planet", ["Entity"])).toBeUndefined();
  });
});

describe("mergeGraphs", () => {
  it("adds new nodes and edges and keeps each id once", () => {
    const first = toGraphData(
      { nodes: [entityNode(dmitriev), entityNode(witkoff)], relationships: [metWith] },
      [dmitriev, witkoff],
    ).graph;
    const second = toGraphData(
      { nodes: [entityNode(witkoff), entityNode(usa)], relationships: [] },
      [witkoff, usa],
    ).graph;
    const merged = mergeGraphs(first, second);
    expect(merged.nodes.map((n) => n.id)).toEqual([dmitriev.id, witkoff.id, usa.id]);
    expect(merged.edges).toHaveLength(1);
  });
});
