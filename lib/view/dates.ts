const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A date written with the precision it has: "2025" → "2025", "2025-10" → "October 2025",
 * "2025-10-01" → "1 October 2025" (an article dated to the month is not claimed for its first
 * day). Anything else comes back as it is; null for no date.
 */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year!;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
