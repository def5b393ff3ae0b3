import { describe, expect, it } from "vitest";
import { isLayoutName, layoutOptions, spreadFor } from "./layouts";

describe("layoutOptions", () => {
  it("keeps placed nodes fixed and does not refit on an incremental fcose", () => {
    const fixed = [{ nodeId: "a", position: { x: 1, y: 2 } }];
    const options = layoutOptions({
      name: "fcose",
      elementCount: 20,
      incremental: true,
      fixed,
    }) as unknown as Record<string, unknown>;
    expect(options).toMatchObject({
      randomize: false,
      fit: false,
      quality: "default",
      animate: true,
      fixedNodeConstraint: fixed,
    });
  });

  it("uses draft quality without animation for large graphs", () => {
    const options = layoutOptions({
      name: "fcose",
      elementCount: 7000,
      incremental: false,
      fixed: [],
    }) as unknown as Record<string, unknown>;
    expect(options).toMatchObject({
      quality: "draft",
      animate: false,
      randomize: true,
      fixedNodeConstraint: undefined,
    });
    // The spectral draft spreads nodes further apart, so a fitted overview is not one ball.
    expect(options.nodeSeparation).toBeGreaterThan(
      (
        layoutOptions({
          name: "fcose",
          elementCount: 20,
          incremental: false,
          fixed: [],
        }) as unknown as Record<string, number>
      ).nodeSeparation!,
    );
  });

  it("spreads dense views further apart, within bounds, and leaves sparse and large ones alone", () => {
    expect(spreadFor(30, 20)).toBe(1); // half an edge per node
    expect(spreadFor(140, 40)).toBeGreaterThan(1); // a starting view of hubs: 2.5 edges per node
    expect(spreadFor(2000, 40)).toBe(2);
    expect(spreadFor(140, undefined)).toBe(1);
    const edgeLength = (elementCount: number, nodeCount: number) =>
      (
        layoutOptions({
          name: "fcose",
          elementCount,
          nodeCount,
          incremental: false,
          fixed: [],
        }) as unknown as { idealEdgeLength: () => number }
      ).idealEdgeLength();
    expect(edgeLength(140, 40)).toBeGreaterThan(edgeLength(60, 40));
    expect(edgeLength(7000, 2000)).toBe(edgeLength(3000, 2000)); // large graphs: draft as measured
  });

  it("roots the tree at the focus", () => {
    const options = layoutOptions({
      name: "breadthfirst",
      elementCount: 5,
      incremental: false,
      fixed: [],
      roots: ["person:a"],
    }) as unknown as Record<string, unknown>;
    expect(options.roots).toBe('[id = "person:a"]');
    expect(isLayoutName("grid")).toBe(true);
    expect(isLayoutName("spiral")).toBe(false);
  });
});
