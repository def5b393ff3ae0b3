import type { ExplorerEdge } from "@/lib/graph/rows";
import { monthRange } from "./filters";

export interface MonthBar {
  /** YYYY-MM */
  month: string;
  /** Lines first stated that month. */
  count: number;
}

/** Lines of the view by the month they were first stated in, every month of the span (empty ones too). */
export function monthHistogram(edges: Pick<ExplorerEdge, "firstSeen" | "lastSeen">[]): MonthBar[] {
  const months = monthRange(edges as ExplorerEdge[]);
  const counts = new Map(months.map((m) => [m, 0]));
  for (const e of edges) {
    const month = (e.firstSeen ?? e.lastSeen)?.slice(0, 7);
    if (month && counts.has(month)) counts.set(month, counts.get(month)! + 1);
  }
  return months.map((month) => ({ month, count: counts.get(month)! }));
}

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2025-10" → "Oct 2025" (axis labels). */
export function shortMonth(month: string): string {
  const [year, m] = month.split("-");
  return `${SHORT[Number(m) - 1] ?? m} ${year}`;
}

/** The months a drag from bar `a` to bar `b` selects, in order, as the filters' from/to. */
export function brushRange(
  bars: MonthBar[],
  a: number,
  b: number,
): { from: string | null; to: string | null } {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return {
    from: lo > 0 ? bars[lo]!.month : null,
    to: hi < bars.length - 1 ? bars[hi]!.month : null,
  };
}
