import { describe, expect, it } from "vitest";
import { formatDate } from "./dates";

describe("formatDate", () => {
  it("writes a date with the precision it has", () => {
    expect(formatDate("2025")).toBe("2025");
    expect(formatDate("2025-10")).toBe("October 2025");
    expect(formatDate("2025-10-01")).toBe("1 October 2025");
    expect(formatDate("2025-10-07T12:00:00Z")).toBe("7 October 2025");
  });

  it("leaves what it does not read, and gives null for no date", () => {
    expect(formatDate("last Tuesday")).toBe("last Tuesday");
    expect(formatDate("2025-13")).toBe("2025");
    expect(formatDate(null)).toBeNull();
    expect(formatDate("")).toBeNull();
  });
});
