import { describe, expect, it } from "vitest";
import type { ExplorerEdge } from "@/lib/graph/rows";
import type { ExplorerNode } from "@/lib/graph/neighborhood";
import { DEFAULT_FILTERS, inDateRange, monthRange, visibleGraph } from "./filters";
import { parseUrlState, toSearchParams } from "./url-state";
import { mergePiece, EMPTY_VIEW } from "./view-graph";

const node = (id: string, type: ExplorerNode["type"] = "Person"): ExplorerNode => ({
  id,
  name: id,
  type,
  aliases: [],
  roles: [],
  degree: 1,
});
const edge = (
  source: string,
  target: string,
  type: ExplorerEdge["type"],
  extra: Partial<ExplorerEdge> = {},
): ExplorerEdge => ({
  id: `${type}:${source}|${target}`,
  type,
  source,
  target,
  evidenceCount: 1,
  documentIds: [],
  sources: [],
  role: null,
  ...extra,
});

const view = {
  ...mergePiece(EMPTY_VIEW, {
    nodes: [node("a"), node("b"), node("c", "Country"), node("d")],
    edges: [
      edge("a", "b", "met_with", {
        evidenceCount: 3,
        firstSeen: "2025-02-01",
        lastSeen: "2025-06-01",
        documentIds: ["doc:1", "doc:3"],
        sources: ["Reuters", "TASS"],
      }),
      edge("a", "c", "envoy_of", {
        firstSeen: "2024-01-01",
        lastSeen: "2024-02-01",
        documentIds: ["doc:2"],
        sources: ["Reuters"],
      }),
    ],
  }),
  focus: ["a"],
};

describe("visibleGraph", () => {
  it("shows everything by default", () => {
    const g = visibleGraph(view, DEFAULT_FILTERS);
    expect([g.nodes.length, g.edges.length]).toEqual([4, 2]);
  });

  it("filters by relation type and drops entities left alone (but not focused ones)", () => {
    const g = visibleGraph(view, { ...DEFAULT_FILTERS, hiddenRelationTypes: ["envoy_of"] });
    expect(g.edges.map((e) => e.type)).toEqual(["met_with"]);
    expect(g.nodes.map((n) => n.id)).toEqual(["a", "b"]);
  });

  it("filters by entity type, minimum evidence, dates and document", () => {
    expect(
      visibleGraph(view, { ...DEFAULT_FILTERS, hiddenEntityTypes: ["Country"] }).edges,
    ).toHaveLength(1);
    expect(
      visibleGraph(view, { ...DEFAULT_FILTERS, minEvidence: 2 }).edges.map((e) => e.type),
    ).toEqual(["met_with"]);
    expect(
      visibleGraph(view, { ...DEFAULT_FILTERS, from: "2025-01", to: "2025-03" }).edges.map(
        (e) => e.type,
      ),
    ).toEqual(["met_with"]);
    expect(
      visibleGraph(view, { ...DEFAULT_FILTERS, document: "doc:2" }).edges.map((e) => e.type),
    ).toEqual(["envoy_of"]);
  });

  it("at least N sources keeps the corroborated lines only", () => {
    expect(
      visibleGraph(view, { ...DEFAULT_FILTERS, minSources: 2 }).edges.map((e) => e.type),
    ).toEqual(["met_with"]);
    expect(visibleGraph(view, { ...DEFAULT_FILTERS, minSources: 3 }).edges).toEqual([]);
    expect(parseUrlState("minSources=2").filters.minSources).toBe(2);
    expect(
      toSearchParams({
        focus: [],
        filters: { ...DEFAULT_FILTERS, minSources: 2 },
        selected: null,
        path: null,
        layout: null,
      }),
    ).toBe("minSources=2");
  });

  it("compares date prefixes: a month bound includes its days", () => {
    expect(
      inDateRange({ firstSeen: "2025-03-31", lastSeen: "2025-03-31" }, "2025-03", "2025-03"),
    ).toBe(true);
    expect(inDateRange({ firstSeen: null, lastSeen: null }, "2025-03", null)).toBe(false);
  });

  it("spans the months of the evidence", () => {
    expect(monthRange(Object.values(view.edges))).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
      "2024-05",
      "2024-06",
      "2024-07",
      "2024-08",
      "2024-09",
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
    ]);
  });
});

describe("url state", () => {
  it("round-trips focus, filters, selection, path and layout", () => {
    const state = {
      focus: ["person:kirill-dmitriev", "person:steve-witkoff"],
      filters: {
        ...DEFAULT_FILTERS,
        hiddenRelationTypes: ["visited" as const],
        minEvidence: 2,
        from: "2025-01",
        to: "2025-06",
        document: "doc:abc",
      },
      selected: "met_with:person:a|person:b",
      path: { from: "person:a", to: "person:b" },
      layout: "concentric",
    };
    const query = toSearchParams(state);
    expect(query).toContain("focus=person:kirill-dmitriev,person:steve-witkoff");
    expect(parseUrlState(query)).toEqual(state);
  });

  it("ignores what it does not understand", () => {
    const state = parseUrlState(
      "hideRelations=bogus,met_with&minEvidence=-3&from=yesterday&hideTypes=Alien",
    );
    expect(state.filters).toEqual({ ...DEFAULT_FILTERS, hiddenRelationTypes: ["met_with"] });
    expect(toSearchParams(parseUrlState(""))).toBe("");
  });
});
