"use client";
import { useCallback, useEffect, useState } from "react";
import {
  addToHistory,
  HISTORY_STORAGE_KEY,
  parseHistory,
  type HistoryEntry,
} from "@/lib/console/history";

/** The console's history (last 100 runs), kept in this browser's localStorage. */
export function useHistory() {
  const [entries, setEntries] = useState<HistoryEntry[]>([]);

  useEffect(() => {
    setEntries(parseHistory(window.localStorage.getItem(HISTORY_STORAGE_KEY)));
  }, []);

  const remember = useCallback((query: string, params: string) => {
    setEntries((current) => {
      const next = addToHistory(current, { query, params, at: new Date().toISOString() });
      try {
        window.localStorage.setItem(HISTORY_STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the history lives for this page only.
      }
      return next;
    });
  }, []);

  const clear = useCallback(() => {
    window.localStorage.removeItem(HISTORY_STORAGE_KEY);
    setEntries([]);
  }, []);

  return { entries, remember, clear };
}
