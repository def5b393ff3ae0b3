"use client";
import { useEffect, useState } from "react";
import type { ConsoleResult } from "@/lib/console/run";
import { mergeGraphs } from "@/lib/console/to-graph-data";
import type { GraphData } from "@/lib/schema/graph";
import type { RunState } from "./use-console-run";

export type GraphMode = "replace" | "add";
const EMPTY: GraphData = { nodes: [], edges: [] };

interface Shown {
  /** The last successful result; it stays while a newer query runs or fails. */
  result: ConsoleResult | null;
  graph: GraphData;
  layoutRun: number;
}

/** What is shown: each result replaces the canvas or is added to it; a replace lays out afresh. */
export function useShownResult(run: RunState, mode: GraphMode): Shown {
  const [shown, setShown] = useState<Shown>({ result: null, graph: EMPTY, layoutRun: 0 });
  useEffect(() => {
    if (run.state !== "done") return;
    const { result } = run;
    setShown((current) =>
      mode === "add"
        ? { ...current, result, graph: mergeGraphs(current.graph, result.graph) }
        : { result, graph: result.graph, layoutRun: current.layoutRun + 1 },
    );
    // A new result is drawn once; switching the mode afterwards changes only the next one.
  }, [run]);
  return shown;
}
