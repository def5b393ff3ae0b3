import { z } from "zod";

/** The console's history, newest first, kept in the browser's localStorage. */
export const HISTORY_LIMIT = 100;
export const HISTORY_STORAGE_KEY = "liaison.console.history.v1";

const historyEntry = z.object({
  query: z.string(),
  /** The parameters panel's text as typed. */
  params: z.string(),
  /** When it was run, ISO 8601. */
  at: z.string(),
});
export type HistoryEntry = z.infer<typeof historyEntry>;

/** Adds a run to the top; running the same query with the same parameters again moves it up. */
export function addToHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
): HistoryEntry[] {
  const rest = history.filter((h) => h.query !== entry.query || h.params !== entry.params);
  return [entry, ...rest].slice(0, HISTORY_LIMIT);
}

/** Reads stored history; anything unreadable (another version, hand edits) counts as empty. */
export function parseHistory(stored: string | null): HistoryEntry[] {
  if (!stored) return [];
  try {
    const parsed = z.array(historyEntry).safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data.slice(0, HISTORY_LIMIT) : [];
  } catch {
    return [];
  }
}
