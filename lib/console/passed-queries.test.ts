import { describe, expect, it } from "vitest";
import { PassedQueries } from "./passed-queries";

describe("PassedQueries", () => {
  it("remembers passed texts with their warnings and forgets the least recently used beyond its capacity", () => {
    const passed = new PassedQueries<string[]>(2);
    passed.set("a", ["warning a"]);
    passed.set("b", []);
    expect(passed.get("a")).toEqual(["warning a"]); // "a" is now the most recent
    passed.set("c", []);
    expect(passed.get("b")).toBeUndefined();
    expect(passed.get("a")).toEqual(["warning a"]);
    expect(passed.get("c")).toEqual([]);
    expect(passed.size).toBe(2);
  });

  it("knows nothing it was not told", () => {
    expect(new PassedQueries().get("RETURN 1")).toBeUndefined();
  });
});
