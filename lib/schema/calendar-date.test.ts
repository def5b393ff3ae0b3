import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isCalendarDate } from "./calendar-date";

describe("isCalendarDate", () => {
  it.each(["2025-02-12", "2024-02-29", "2000-02-29", "1999-12-31", "2025-01-01"])(
    "takes %s",
    (date) => {
      expect(isCalendarDate(date)).toBe(true);
    },
  );

  it.each([
    "2025-13-45",
    "2025-02-29",
    "1900-02-29",
    "2025-04-31",
    "2025-00-10",
    "2025-01-00",
    "2025-1-5",
    "12.02.2025",
    "2025-02-12T00:00",
  ])("refuses %s", (date) => {
    expect(isCalendarDate(date)).toBe(false);
  });

  it("agrees with the calendar for every day of four centuries", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2200 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (y, m, d) => {
          const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
          expect(isCalendarDate(text)).toBe(d <= daysInMonth);
        },
      ),
    );
  });
});
