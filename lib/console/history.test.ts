import { describe, expect, it } from "vitest";
import { addToHistory, HISTORY_LIMIT, parseHistory, type HistoryEntry } from "./history";

const entry = (query: string, params = "{}", at = "2026-01-01T00:00:00Z"): HistoryEntry => ({
  query,
  params,
  at,
});

describe("history", () => {
  it("puts the newest run first and moves a repeated run to the top", () => {
    let history = addToHistory([], entry("RETURN 1"));
    history = addToHistory(history, entry("RETURN 2"));
    history = addToHistory(history, entry("RETURN 1", "{}", "2026-01-02T00:00:00Z"));
    expect(history.map((h) => h.query)).toEqual(["RETURN 1", "RETURN 2"]);
    expect(history[0]!.at).toBe("2026-01-02T00:00:00Z");
  });

  it("keeps the same query with other parameters as its own entry", () => {
    const history = addToHistory([entry("RETURN $x", '{"x": 1}')], entry("RETURN $x", '{"x": 2}'));
    expect(history).toHaveLength(2);
  });

  it(`keeps the last ${HISTORY_LIMIT}`, () => {
    let history: HistoryEntry[] = [];
    for (let i = 0; i < HISTORY_LIMIT + 20; i++)
      history = addToHistory(history, entry(`RETURN ${i}`));
    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]!.query).toBe(`RETURN ${HISTORY_LIMIT + 19}`);
  });

  it("reads what it stored and treats anything else as empty", () => {
    const stored = JSON.stringify([entry("RETURN 1")]);
    expect(parseHistory(stored)).toEqual([entry("RETURN 1")]);
    expect(parseHistory(null)).toEqual([]);
    expect(parseHistory("not json")).toEqual([]);
    expect(parseHistory('[{"query": 5}]')).toEqual([]);
  });
});
