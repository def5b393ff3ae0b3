import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "@/lib/view/filters";
import { hideNodes, mergePiece } from "@/lib/view/view-graph";
import { explorerReducer, INITIAL } from "./explorer-state";

const node = { id: "a", name: "A", type: "Person" as const, aliases: [], roles: [], degree: 0 };

describe("explorerReducer", () => {
  it("records changes, undoes and redoes them, and ignores no-op changes", () => {
    let h = explorerReducer(INITIAL, {
      type: "change",
      change: (s) => ({ ...s, view: mergePiece(s.view, { nodes: [node], edges: [] }) }),
    });
    h = explorerReducer(h, {
      type: "change",
      change: (s) => ({ ...s, view: hideNodes(s.view, ["a"]) }),
    });
    expect(h.present.view.hidden).toEqual(["a"]);
    expect(explorerReducer(h, { type: "change", change: (s) => s })).toBe(h);
    h = explorerReducer(h, { type: "undo" });
    expect(h.present.view.hidden).toEqual([]);
    h = explorerReducer(h, { type: "redo" });
    expect(h.present.view.hidden).toEqual(["a"]);
  });

  it("resets without an undo step", () => {
    const h = explorerReducer(INITIAL, {
      type: "reset",
      state: { view: INITIAL.present.view, filters: { ...DEFAULT_FILTERS, minEvidence: 3 } },
    });
    expect(h.past).toEqual([]);
    expect(h.present.filters.minEvidence).toBe(3);
  });
});
