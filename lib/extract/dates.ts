/** Dates stated in a sentence, resolved against the article's publication date. */
import { MONTHS, WEEKDAYS } from "./gazetteer/words";

const MONTH_ALT = MONTHS.join("|");
// "February 27" or "27 February"; literal alternations and bounded digit runs.
const MONTH_DAY = new RegExp(
  String.raw`\b(?:(${MONTH_ALT})\s+(\d{1,2})\b|(\d{1,2})\s+(${MONTH_ALT})\b)`,
);
const MONTH_ONLY = new RegExp(
  String.raw`\b(?:in|since|during|early|late|mid-?)\s+(${MONTH_ALT})\b`,
);
const WEEKDAY = new RegExp(String.raw`\b(${WEEKDAYS.join("|")})\b`);
const RELATIVE = /\b(today|yesterday)\b/;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Parse an ISO date or date-time; undefined when it is not one. */
export function parsePublished(publishedAt: string | undefined): Date | undefined {
  if (!publishedAt || !/^\d{4}-\d{2}-\d{2}/.test(publishedAt)) return undefined;
  const d = new Date(publishedAt.length === 10 ? `${publishedAt}T12:00:00Z` : publishedAt);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The date a sentence gives for its event (YYYY-MM-DD or YYYY-MM), or undefined. */
export function sentenceDate(lower: string, published: Date | undefined): string | undefined {
  if (!published) return undefined;
  const year = published.getUTCFullYear();
  const md = MONTH_DAY.exec(lower);
  if (md) {
    const month = MONTHS.indexOf((md[1] ?? md[4])!);
    const day = Number(md[2] ?? md[3]);
    if (day >= 1 && day <= 31) {
      let d = new Date(Date.UTC(year, month, day));
      if (d.getTime() > published.getTime() + 86_400_000)
        d = new Date(Date.UTC(year - 1, month, day));
      return iso(d);
    }
  }
  const mo = MONTH_ONLY.exec(lower);
  if (mo) {
    const month = MONTHS.indexOf(mo[1]!);
    const y = month > published.getUTCMonth() ? year - 1 : year;
    return `${y}-${pad(month + 1)}`;
  }
  const rel = RELATIVE.exec(lower);
  if (rel) return iso(new Date(published.getTime() - (rel[1] === "yesterday" ? 86_400_000 : 0)));
  const wd = WEEKDAY.exec(lower);
  if (wd) {
    const target = WEEKDAYS.indexOf(wd[1]!);
    const back = (published.getUTCDay() - target + 7) % 7;
    return iso(new Date(published.getTime() - back * 86_400_000));
  }
  return undefined;
}
