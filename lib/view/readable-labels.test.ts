import { describe, expect, it } from "vitest";
import { KEEP_LABEL_SIZE_TO_ZOOM, labelScale, nodeFontSize } from "./readable-labels";

describe("labelScale", () => {
  it("leaves labels alone at zoom 1 and closer", () => {
    expect(labelScale(1)).toBe(1);
    expect(labelScale(2.5)).toBe(1);
  });

  it("keeps the on-screen size when zoomed out a little (within one step of 1/8)", () => {
    for (const zoom of [0.9, 0.75, 0.6, 0.5]) {
      expect(Math.abs(labelScale(zoom) * zoom - 1)).toBeLessThanOrEqual(zoom / 16 + 1e-9);
    }
  });

  it("stops growing beyond the floor zoom, so far-out labels shrink (and then hide)", () => {
    const atFloor = labelScale(KEEP_LABEL_SIZE_TO_ZOOM);
    expect(labelScale(0.2)).toBe(atFloor);
    expect(labelScale(0.2) * 0.2).toBeLessThan(0.5);
  });

  it("moves in steps of 1/8, so small zoom changes restyle nothing", () => {
    expect(labelScale(0.801)).toBe(labelScale(0.8));
    expect((labelScale(0.63) * 8) % 1).toBe(0);
  });

  it("treats a non-number zoom as no scaling", () => {
    expect(labelScale(Number.NaN)).toBe(1);
  });
});

describe("nodeFontSize", () => {
  it("grows from 12 for leaves to 18 for entities with 25 or more relations", () => {
    expect(nodeFontSize(0)).toBe(12);
    expect(nodeFontSize(1)).toBe(12);
    expect(nodeFontSize(13)).toBe(15);
    expect(nodeFontSize(25)).toBe(18);
    expect(nodeFontSize(400)).toBe(18);
    expect(nodeFontSize(undefined)).toBe(12);
  });
});
