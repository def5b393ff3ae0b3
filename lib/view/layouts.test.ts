import { describe, expect, it } from "vitest";
import { isLayoutName, layoutOptions } from "./layouts";

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
