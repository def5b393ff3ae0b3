import { z } from "zod";

/** Whether `value` is a day that exists, written YYYY-MM-DD (2024-02-29 yes, 2025-13-45 and 2025-02-29 no). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** A publication date as people and files give it: a real day, YYYY-MM-DD. */
export const calendarDate = z
  .string()
  .refine(isCalendarDate, "publishedAt must be a real date like 2025-02-12");
