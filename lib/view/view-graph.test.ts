import { describe, expect, it } from "vitest";
import type { ExplorerEdge } from "@/lib/graph/rows";
import type { ExplorerNode } from "@/lib/graph/neighborhood";
import {
  applyNeighborhood,
  applyPath,
  collapse,
  EMPTY_VIEW,
  hideNodes,
  mergePiece,
  removeNodes,
  showAll,
} from "./view-graph";
import { createHistory, record, redo, undo } from "./history";

const node = (id: string, degree = 1): ExplorerNode => ({
  id,
  name: id.toUpperCase(),
  type: "Person",
  aliases: [],
  roles: [],
  degree,
});
const edge = (
  source: string,
  target: string,
  type: ExplorerEdge["type"] = "met_with",
): ExplorerEdge => ({
  id: `${type}:${source}|${target}`,
  type,
  source,
  target,
  evidenceCount: 1,
  documentIds: [],
  sources: [],
  role: null,
});

describe("view transitions", () => {
  it("expands: adds the page, focuses the centre and remembers 'showing N of M'", () => {
    const view = applyNeighborhood(EMPTY_VIEW, {
      center: node("a", 3),
      nodes: [node("b"), node("c")],
      edges: [edge("a", "b"), edge("a", "c")],
      total: 3,
      offset: 0,
    });
    expect(Object.keys(view.nodes).sort()).toEqual(["a", "b", "c"]);
    expect(view.focus).toEqual(["a"]);
    expect(view.expanded.a).toEqual({ shown: 2, total: 3 });
    const more = applyNeighborhood(view, {
      center: node("a", 3),
      nodes: [node("d")],
      edges: [edge("a", "d")],
      total: 3,
      offset: 2,
    });
    expect(more.expanded.a).toEqual({ shown: 3, total: 3 });
  });

  it("drops edges whose ends are not loaded", () => {
    const view = mergePiece(EMPTY_VIEW, { nodes: [node("a")], edges: [edge("a", "zz")] });
    expect(view.edges).toEqual({});
  });

  it("hides and shows again; hiding an unknown id changes nothing", () => {
    const view = mergePiece(EMPTY_VIEW, { nodes: [node("a"), node("b")], edges: [edge("a", "b")] });
    const hidden = hideNodes(view, ["b"]);
    expect(hidden.hidden).toEqual(["b"]);
    expect(hideNodes(view, ["nope"])).toBe(view);
    expect(showAll(hidden).hidden).toEqual([]);
  });

  it("collapses the leaves of an expanded entity and keeps shared neighbours", () => {
    let view = applyNeighborhood(EMPTY_VIEW, {
      center: node("a"),
      nodes: [node("b"), node("c")],
      edges: [edge("a", "b"), edge("a", "c")],
      total: 2,
      offset: 0,
    });
    view = mergePiece(view, { nodes: [node("x")], edges: [edge("x", "c")] });
    const folded = collapse(view, "a");
    expect(Object.keys(folded.nodes).sort()).toEqual(["a", "c", "x"]);
    expect(folded.expanded.a).toBeUndefined();
  });

  it("highlights a path and removes nodes with their edges", () => {
    const view = applyPath(EMPTY_VIEW, "a", "c", [
      { nodes: [node("a"), node("b"), node("c")], edges: [edge("a", "b"), edge("b", "c")] },
    ]);
    expect(view.path).toEqual({
      from: "a",
      to: "c",
      nodes: ["a", "b", "c"],
      edges: ["met_with:a|b", "met_with:b|c"],
    });
    expect(view.focus).toEqual(["a", "c"]);
    expect(Object.keys(removeNodes(view, ["b"]).edges)).toEqual([]);
  });
});

describe("history", () => {
  it("undoes and redoes, and a new change clears the redo stack", () => {
    let h = createHistory(1);
    h = record(h, 2);
    h = record(h, 3);
    h = undo(h);
    expect(h.present).toBe(2);
    h = redo(h);
    expect(h.present).toBe(3);
    h = undo(record(undo(h), 9));
    expect([h.present, h.future]).toEqual([2, [9]]);
    expect(undo(createHistory(1)).present).toBe(1);
  });
});
