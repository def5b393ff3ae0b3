"use client";
import type { Core } from "cytoscape";
import { useState } from "react";
import { GraphCanvas } from "@/components/graph/graph-canvas";
import type { ConsoleResult } from "@/lib/console/run";
import type { GraphData } from "@/lib/schema/graph";
import { ResultsTable } from "./results-table";
import styles from "./console.module.css";

type Tab = "graph" | "table" | "json";

/** A result of two or three nodes would otherwise be fitted at 4× zoom, with giant labels. */
function limitZoom(cy: Core | null): void {
  cy?.maxZoom(1.5);
}
const TABS: { id: Tab; label: string }[] = [
  { id: "graph", label: "Graph" },
  { id: "table", label: "Table" },
  { id: "json", label: "JSON" },
];

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/** One line on what came back: rows, time, cap, what the graph shows, and Neo4j's warnings. */
function ResultSummary({ result }: { result: ConsoleResult }) {
  const { summary } = result;
  const hidden = summary.graph.nodes - summary.graph.drawnNodes;
  return (
    <div className={styles.summary} role="status" aria-label="Result summary">
      <span>{plural(summary.rowCount, "row")}</span>
      <span>{summary.timeMs < 10 ? summary.timeMs.toFixed(1) : Math.round(summary.timeMs)} ms</span>
      {summary.truncated && (
        <span className={styles.truncated}>truncated at {plural(summary.rowCap, "row")}</span>
      )}
      <span>
        graph: {plural(result.graph.nodes.length, "entity", "entities")},{" "}
        {plural(result.graph.edges.length, "relation")}
        {hidden > 0 && ` (${plural(hidden, "other node")} not drawn)`}
      </span>
      {summary.notifications.map((n) => (
        <span
          key={`${n.code}-${n.position?.offset ?? ""}`}
          className={styles.notice}
          title={n.description}
        >
          {n.severity === "WARNING" ? "Warning: " : ""}
          {n.title}
          {n.position && ` (line ${n.position.line}, column ${n.position.column})`}
        </span>
      ))}
    </div>
  );
}

interface ResultsPanelProps {
  result: ConsoleResult;
  drawn: GraphData;
  layoutRun: number;
}

/** The last result as a graph (what is drawn so far), a table, or the raw JSON the API answered. */
export function ResultsPanel({ result, drawn, layoutRun }: ResultsPanelProps) {
  const [tab, setTab] = useState<Tab>(result.graph.nodes.length ? "graph" : "table");
  return (
    <section className={styles.results} aria-label="Results">
      <div className={styles.tabs} role="tablist" aria-label="Show results as">
        {TABS.map(({ id, label }) => (
          <button
            key={id}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            className={styles.tab}
            onClick={() => setTab(id)}
          >
            {label}
          </button>
        ))}
        <ResultSummary result={result} />
      </div>
      <div
        className={styles.panel}
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
      >
        {tab === "graph" &&
          (drawn.nodes.length ? (
            <div className={styles.canvasBox}>
              <GraphCanvas
                graph={drawn}
                layoutRun={layoutRun}
                onReady={limitZoom}
                label={`Result graph: ${plural(drawn.nodes.length, "entity", "entities")} and ${plural(drawn.edges.length, "relation")}`}
              />
            </div>
          ) : (
            <p className={styles.placeholder}>
              Nothing to draw: return nodes, relationships or paths of entities (for example `RETURN
              p`) to see them here.
            </p>
          ))}
        {tab === "table" && <ResultsTable columns={result.columns} rows={result.rows} />}
        {tab === "json" && (
          <pre className={styles.json} aria-label="Raw JSON">
            {JSON.stringify(result, null, 2)}
          </pre>
        )}
      </div>
    </section>
  );
}
