"use client";
import { useEffect, useState } from "react";

export type HealthState =
  | { state: "loading" }
  | {
      state: "ok";
      version: string;
      edition: string;
      counts: { entities: number; relations: number; documents: number };
      /** Who may write: "closed" when the server is read-only. */
      writes: "open" | "token" | "closed";
      /** The NLP service behind extraction: "down" leaves the graph readable but adding articles fails. */
      nlp: "up" | "down";
    }
  | { state: "down"; message: string };

const POLL_MS = 15_000;
/** While the database is down, look more often, so the page comes back soon after it does. */
const DOWN_POLL_MS = 5_000;

async function fetchHealth(): Promise<HealthState> {
  try {
    const response = await fetch("/api/health", { cache: "no-store" });
    const body = await response.json();
    if (response.ok) {
      return {
        state: "ok",
        version: body.neo4j.version,
        edition: body.neo4j.edition,
        counts: body.counts,
        writes: body.writes,
        nlp: body.nlp?.status === "down" ? "down" : "up",
      };
    }
    return {
      state: "down",
      message: body?.error?.message ?? `The server answered ${response.status}.`,
    };
  } catch {
    return { state: "down", message: "The Liaison server is not reachable." };
  }
}

/** Polls /api/health so the page can say when the database goes away and comes back. */
export function useHealth(): HealthState {
  const [health, setHealth] = useState<HealthState>({ state: "loading" });
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = async () => {
      const next = await fetchHealth();
      if (!alive) return;
      setHealth(next);
      timer = setTimeout(tick, next.state === "down" ? DOWN_POLL_MS : POLL_MS);
    };
    void tick();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, []);
  return health;
}
