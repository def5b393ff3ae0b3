"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CypherPosition } from "@/lib/console/errors";
import type { ConsoleResult } from "@/lib/console/run";
import type { Json } from "@/lib/neo4j/values";

export interface ConsoleFailure {
  status: number;
  code: string;
  reason?: string;
  message: string;
  position?: CypherPosition;
}

export type RunState =
  | { state: "idle" }
  | { state: "running"; query: string }
  | { state: "done"; query: string; result: ConsoleResult }
  | { state: "failed"; query: string; failure: ConsoleFailure };

async function postQuery(
  query: string,
  params: Record<string, Json>,
  signal: AbortSignal,
): Promise<ConsoleResult> {
  const response = await fetch("/api/cypher", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, params }),
    signal,
  });
  const body = await response.json().catch(() => null);
  if (response.ok) return body as ConsoleResult;
  const error = body?.error ?? {};
  throw {
    status: response.status,
    code: String(error.code ?? "internal"),
    reason: error.reason,
    message: String(error.message ?? `The server answered ${response.status}.`),
    position: error.position,
  } satisfies ConsoleFailure;
}

/**
 * Runs console queries one at a time per tab: a new run aborts the one in flight (the server sees
 * the request go away and stops the query in Neo4j).
 */
export function useConsoleRun() {
  const [run, setRun] = useState<RunState>({ state: "idle" });
  const inFlight = useRef<AbortController | null>(null);

  useEffect(() => () => inFlight.current?.abort(), []);

  const start = useCallback(async (query: string, params: Record<string, Json>) => {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    setRun({ state: "running", query });
    try {
      const result = await postQuery(query, params, controller.signal);
      if (inFlight.current === controller) setRun({ state: "done", query, result });
    } catch (error) {
      if (controller.signal.aborted) return; // replaced by a newer run, which owns the state now
      const failure: ConsoleFailure =
        error && typeof error === "object" && "status" in error
          ? (error as ConsoleFailure)
          : { status: 0, code: "unavailable", message: "The Liaison server is not reachable." };
      setRun({ state: "failed", query, failure });
    } finally {
      if (inFlight.current === controller) inFlight.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    inFlight.current?.abort();
    inFlight.current = null;
    setRun({ state: "idle" });
  }, []);

  return { run, start, cancel };
}
