import { describe, expect, it } from "vitest";
import { exploreHref, panFor, snapshotElements } from "./elements";
import { sampleSnapshot } from "./sample.test-support";

describe("snapshot elements", () => {
  it("places every node at its saved position with the data the stylesheet reads", () => {
    const elements = snapshotElements(sampleSnapshot());
    expect(elements[1]).toEqual({
      group: "nodes",
      data: { id: "person:bo-li", label: "Bo Li", type: "Person", degree: 1, aliases: [] },
      position: { x: 150.25, y: 40 },
      classes: [],
    });
    expect(elements.filter((e) => e.group === "edges").map((e) => e.data.evidenceCount)).toEqual([
      2, 1,
    ]);
  });

  it("keeps the saved pan on a canvas of the same size and the same centre on another", () => {
    const snapshot = sampleSnapshot();
    expect(panFor(snapshot, 1280, 745)).toEqual({ x: 310.5, y: 120 });
    expect(panFor(snapshot, 1380, 645)).toEqual({ x: 360.5, y: 70 });
  });

  it("links the explorer to the shared entities, ids encoded", () => {
    expect(exploreHref(["person:a", "org:x&y"])).toBe("/?focus=person%3Aa,org%3Ax%26y");
  });
});
