import { describe, expect, it } from "vitest";
import { brushRange, monthHistogram, shortMonth } from "./timeline";

describe("timeline", () => {
  const edges = [
    { firstSeen: "2025-01-10", lastSeen: "2025-02-01" },
    { firstSeen: "2025-03-02", lastSeen: "2025-03-02" },
    { firstSeen: "2025-03-20", lastSeen: "2025-04-01" },
    { firstSeen: null, lastSeen: null },
  ];

  it("counts lines by the month first stated, empty months included", () => {
    expect(monthHistogram(edges)).toEqual([
      { month: "2025-01", count: 1 },
      { month: "2025-02", count: 0 },
      { month: "2025-03", count: 2 },
      { month: "2025-04", count: 0 },
    ]);
  });

  it("labels months and turns a brush into the date filter (open at the ends)", () => {
    const bars = monthHistogram(edges);
    expect(shortMonth("2025-10")).toBe("Oct 2025");
    expect(brushRange(bars, 2, 1)).toEqual({ from: "2025-02", to: "2025-03" });
    expect(brushRange(bars, 0, 3)).toEqual({ from: null, to: null });
  });
});
