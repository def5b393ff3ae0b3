import { describe, expect, it } from "vitest";
import { parsePublished, sentenceDate } from "./dates";

const pub = parsePublished("2025-03-14"); // a Friday

describe("sentenceDate", () => {
  it("resolves month and day, month only, weekdays and today", () => {
    expect(sentenceDate("they met on february 27 in geneva", pub)).toBe("2025-02-27");
    expect(sentenceDate("they met on 2 march", pub)).toBe("2025-03-02");
    expect(sentenceDate("in february, she visited", pub)).toBe("2025-02");
    expect(sentenceDate("she arrived on wednesday", pub)).toBe("2025-03-12");
    expect(sentenceDate("they met today", pub)).toBe("2025-03-14");
  });

  it("puts a later month in the previous year", () => {
    expect(sentenceDate("talks on november 3 failed", pub)).toBe("2024-11-03");
  });

  it("gives nothing without a publication date", () => {
    expect(sentenceDate("on wednesday", undefined)).toBeUndefined();
    expect(parsePublished("not a date")).toBeUndefined();
  });
});
