"use client";
import { useEffect, useState } from "react";
import type { GraphData } from "@/lib/schema/graph";
import { GraphCanvas } from "@/components/graph/graph-canvas";
import { GraphList } from "@/components/graph/graph-list";
import { Legend } from "@/components/graph/legend";
import { DatabaseBanner, HealthStatus } from "./health-status";
import { useHealth } from "./use-health";

type ViewState = { state: "loading" } | { state: "ready"; graph: GraphData } | { state: "error"; message: string };

function useStartingView(reachable: boolean): ViewState {
  const [view, setView] = useState<ViewState>({ state: "loading" });
  useEffect(() => {
    if (!reachable) return;
    let alive = true;
    fetch("/api/graph/overview", { cache: "no-store" })
      .then(async (response) => {
        const body = await response.json();
        if (!alive) return;
        if (response.ok) setView({ state: "ready", graph: body as GraphData });
        else setView({ state: "error", message: body?.error?.message ?? "The graph could not be loaded." });
      })
      .catch(() => alive && setView({ state: "error", message: "The Liaison server is not reachable." }));
    return () => {
      alive = false;
    };
  }, [reachable]);
  return view;
}

function EmptyState() {
  return (
    <div className="empty">
      <div>
        <h2>No articles yet</h2>
        <p>Liaison draws who met whom once articles are in the graph.</p>
        <p>
          Load the sample articles with <code>npm run up</code>, or add your own with <code>npm run ingest -- FILE</code>.
        </p>
      </div>
    </div>
  );
}

export function AppShell() {
  const health = useHealth();
  const view = useStartingView(health.state === "ok");
  const [query, setQuery] = useState("");

  return (
    <div className="app">
      <header className="header">
        <a className="brand" href="/">
          Liaison<small>who met whom, and says who</small>
        </a>
        <form className="search" role="search" onSubmit={(e) => e.preventDefault()}>
          <label htmlFor="search" className="sr-only">
            Search entities
          </label>
          <input
            id="search"
            type="search"
            placeholder="Search people, organisations, countries…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </form>
        <HealthStatus health={health} />
      </header>
      <DatabaseBanner health={health} />
      <main className="workspace">
        {view.state === "loading" && health.state !== "down" && <div className="empty">Loading the graph…</div>}
        {view.state === "error" && <div className="empty">{view.message}</div>}
        {view.state === "ready" && view.graph.nodes.length === 0 && <EmptyState />}
        {view.state === "ready" && view.graph.nodes.length > 0 && (
          <>
            <GraphCanvas
              graph={view.graph}
              label={`Graph of ${view.graph.nodes.length} entities and ${view.graph.edges.length} relations`}
            />
            <Legend />
            <GraphList graph={view.graph} />
          </>
        )}
      </main>
    </div>
  );
}
