import { describe, expect, it } from "vitest";
import { formatDuration, formatProgress } from "./progress-bar";

describe("formatProgress", () => {
  it("shows the bar, the share, the rate and the time left", () => {
    expect(formatProgress(50, 200, 10, 8)).toBe("[##------] 50/200 25% · 5.0 docs/s · ETA 30s");
  });
  it("has no ETA before anything is done", () => {
    expect(formatProgress(0, 10, 0, 4)).toBe("[----] 0/10 0% · 0.0 docs/s · ETA ?");
  });
  it("counts without a bar when the total is unknown (stdin)", () => {
    expect(formatProgress(120, null, 4)).toBe("120 documents · 30 docs/s");
  });
});

describe("formatDuration", () => {
  it("reads as seconds, minutes or hours", () => {
    expect(formatDuration(42)).toBe("42s");
    expect(formatDuration(125)).toBe("2m05s");
    expect(formatDuration(7300)).toBe("2h01m");
  });
});
