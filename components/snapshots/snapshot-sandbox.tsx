"use client";
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useRef, useState } from "react";
import type { GraphData } from "@/lib/schema/graph";
import { graphStylesheet } from "@/lib/view/graph-style";
import { toElements } from "@/lib/view/to-elements";
import { SnapshotActions } from "./snapshot-actions";
import styles from "./viewer.module.css";

declare global {
  interface Window {
    __liaisonSandboxCy?: Core;
  }
}

let registered = false;

async function loadGraph(focus: string[]): Promise<GraphData> {
  const response = focus.length
    ? await fetch("/api/graph/subgraph", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ ids: focus }) })
    : await fetch("/api/graph/overview");
  const body = await response.json();
  if (!response.ok) throw new Error(body?.error?.message ?? `The server answered ${response.status}.`);
  return body as GraphData;
}

/**
 * A bare explorer for trying Share and Export until the explorer's toolbar mounts
 * SnapshotActions: the entities of `?focus=` (or the overview), drawn as the explorer draws them.
 */
export function SnapshotSandbox({ focus }: { focus: string[] }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [status, setStatus] = useState("Loading the graph…");

  useEffect(() => {
    let instance: Core | null = null;
    let alive = true;
    loadGraph(focus)
      .then((graph) => {
        if (!alive || !container.current) return;
        if (!registered) (cytoscape.use(fcose), (registered = true));
        instance = cytoscape({ container: container.current, elements: toElements(graph), style: graphStylesheet(), wheelSensitivity: 0.3 });
        instance.layout({ name: "fcose", animate: false, randomize: true } as cytoscape.LayoutOptions).run();
        cy.current = instance;
        window.__liaisonSandboxCy = instance;
        setStatus(`${graph.nodes.length} entities, ${graph.edges.length} relations`);
      })
      .catch((error: unknown) => alive && setStatus(error instanceof Error ? error.message : String(error)));
    return () => {
      alive = false;
      instance?.destroy();
      cy.current = null;
    };
  }, [focus]);

  return (
    <div className={styles.page}>
      <header className="header">
        <a className="brand" href="/">
          Liaison<small>snapshot sandbox</small>
        </a>
        <span className={styles.muted} role="status">
          {status}
        </span>
        <div className={styles.toolbar}>
          <SnapshotActions getCy={() => cy.current} getContext={() => ({ filters: { sandbox: true }, focus })} />
        </div>
      </header>
      <main className="workspace">
        <div ref={container} className="canvas" role="img" aria-label="Graph" data-testid="sandbox-canvas" />
      </main>
    </div>
  );
}
