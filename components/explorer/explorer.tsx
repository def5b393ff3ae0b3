"use client";
import type { Core } from "cytoscape";
import { useEffect, useMemo, useRef, useState } from "react";
import { GraphCanvas } from "@/components/graph/graph-canvas";
import { GraphList } from "@/components/graph/graph-list";
import { visibleGraph } from "@/lib/view/filters";
import { neighbourInDirection } from "@/lib/view/neighbour-nav";
import { FilterPanel } from "./filter-panel";
import { NotInGraph } from "./not-in-graph";
import { Timeline } from "./timeline";
import { type PanelName, SidePanel } from "./side-panel";
import { useShortcuts } from "./shortcuts";
import { Toolbar } from "./toolbar";
import type { Explorer as ExplorerState } from "./use-explorer";
import { useWebglSetting } from "./use-webgl-setting";

function EmptyGraph() {
  return (
    <div className="empty">
      <div>
        <h2>No articles yet</h2>
        <p>Liaison draws who met whom once articles are in the graph.</p>
        <p>
          <a className="button primary" href="/add">
            Add an article
          </a>
        </p>
        <p className="muted">
          Or load the sample articles with <code>npm run up</code>.
        </p>
      </div>
    </div>
  );
}

export interface ExplorerProps {
  explorer: ExplorerState;
  databaseDown: boolean;
  searchInput: React.RefObject<HTMLInputElement | null>;
  lastSearch: string;
}

/** The explorer workspace: toolbar, canvas, legend-filters and the side panel, wired to the state. */
export function Explorer({ explorer, databaseDown, searchInput, lastSearch }: ExplorerProps) {
  const cyRef = useRef<Core | null>(null);
  const [panel, setPanel] = useState<PanelName>("details");
  const [showFilters, setShowFilters] = useState(true);
  const [webgl, setWebgl] = useWebglSetting();
  const { view, filters, load, selection } = explorer;
  const visible = useMemo(() => visibleGraph(view, filters), [view, filters]);
  const pathNodes = view.path?.nodes ?? [];
  const pathEdges = view.path?.edges ?? [];
  const selectedName = selection?.kind === "node" ? view.nodes[selection.id]?.name : undefined;

  const expandSelected = () => {
    if (selection?.kind !== "node") return;
    const id = selection.id;
    setPanel("details");
    if ((view.nodes[id]?.degree ?? 0) < 100 || view.expanded[id]) void explorer.expand(id);
    else
      explorer.setNotice(
        `${view.nodes[id]?.name} has ${view.nodes[id]?.degree} relations: choose how to expand it in the details panel.`,
      );
  };

  useShortcuts({
    search: () => searchInput.current?.focus(),
    // Each Esc closes one thing: the open panel, then the selection, then the notice, then the legend.
    escape: (typing) => {
      if (typing) return explorer.setNotice(null);
      if (panel !== "details") return setPanel("details");
      if (selection) return explorer.select(null);
      if (explorer.notice) return explorer.setNotice(null);
      if (showFilters) setShowFilters(false);
    },
    expand: expandSelected,
    move: (direction) => {
      const cy = cyRef.current;
      if (!cy) return false;
      const start =
        selection?.kind === "node" ? cy.nodes().getElementById(selection.id)[0] : undefined;
      if (!start) {
        // Nothing selected yet: the arrows start from the focused or best connected entity.
        const first = cy
          .nodes(":visible")
          .sort(
            (a, b) =>
              Number(b.hasClass("focus")) - Number(a.hasClass("focus")) ||
              b.data("degree") - a.data("degree"),
          )[0];
        if (!first) return false;
        explorer.select({ kind: "node", id: first.id() });
        setPanel("details");
        return true;
      }
      const around = start
        .neighborhood()
        .nodes(":visible")
        .map((n) => ({ id: n.id(), ...n.renderedPosition() }));
      const next = neighbourInDirection(start.renderedPosition(), around, direction);
      if (!next) return false;
      explorer.select({ kind: "node", id: next.id });
      setPanel("details");
      return true;
    },
    hide: () => {
      if (selection?.kind !== "node") return;
      explorer.hide([selection.id]);
      explorer.select(null);
    },
    undo: explorer.undo,
    redo: explorer.redo,
    fit: () => cyRef.current?.fit(undefined, 40),
    help: () => setPanel("shortcuts"),
  });

  // A narrow window (200% zoom) starts with the legend closed, so the canvas is not covered.
  useEffect(() => {
    if (window.matchMedia("(max-width: 900px)").matches) setShowFilters(false);
  }, []);

  const onPanel = (name: PanelName) => {
    if (name === "filters") return setShowFilters((s) => !s);
    setPanel((current) => (current === name ? "details" : name));
  };

  const empty =
    load.state === "ready" && Object.keys(view.nodes).length === 0 && view.focus.length === 0;
  return (
    <main className="workspace explorer">
      <div className="stage">
        <Toolbar
          layout={explorer.layout}
          onLayout={explorer.setLayout}
          canUndo={explorer.canUndo}
          canRedo={explorer.canRedo}
          onUndo={explorer.undo}
          onRedo={explorer.redo}
          hiddenCount={view.hidden.length}
          onShowAll={explorer.showAll}
          getCy={() => cyRef.current}
          getContext={() => ({ filters, search: lastSearch || undefined, focus: view.focus })}
          panel={showFilters ? "filters" : panel}
          onPanel={onPanel}
        />
        <div
          className={
            showFilters && load.state === "ready" && !empty
              ? "canvas-area with-filters"
              : "canvas-area"
          }
        >
          {load.state === "loading" && (
            <div className="empty" role="status">
              {databaseDown
                ? "Waiting for the database: the graph loads when it is back."
                : "Loading the graph…"}
            </div>
          )}
          {load.state === "error" && (
            <div className="empty" role="status">
              <div>
                <p>{load.message}</p>
                {databaseDown && (
                  <p className="muted">
                    The graph loads again on its own when the database is back.
                  </p>
                )}
                <button type="button" className="button" onClick={() => void explorer.reload()}>
                  Try again
                </button>
              </div>
            </div>
          )}
          {empty && explorer.stale.length === 0 && <EmptyGraph />}
          {empty && explorer.stale.length > 0 && (
            <div className="empty">
              <NotInGraph
                kind="entity"
                ids={explorer.stale}
                startHref="/"
                onChoose={(entity) => {
                  explorer.select({ kind: "node", id: entity.id });
                  void explorer.expand(entity.id);
                }}
              />
            </div>
          )}
          {load.state === "ready" && !empty && explorer.start && (
            <p className="view-caption" role="note" aria-label="What this view shows">
              The {explorer.start.shown} best connected of{" "}
              {explorer.start.total.toLocaleString("en")} entities. Search or double-click one to
              explore.
            </p>
          )}
          {load.state === "ready" && !empty && (
            <GraphCanvas
              graph={visible}
              label={`Graph of ${visible.nodes.length} entities and ${visible.edges.length} relations. Arrow keys move between neighbours, E expands the selected entity.`}
              focus={view.focus}
              pathNodes={pathNodes}
              pathEdges={pathEdges}
              selected={selection?.id ?? null}
              layout={explorer.layout}
              layoutRun={explorer.layoutRun}
              webgl={webgl}
              onSelect={(s) => {
                explorer.select(s);
                if (s) setPanel("details");
              }}
              onExpand={(id) => {
                explorer.select({ kind: "node", id });
                setPanel("details");
                if ((view.nodes[id]?.degree ?? 0) < 100 || view.expanded[id])
                  void explorer.expand(id);
                else
                  explorer.setNotice(
                    `${view.nodes[id]?.name} has ${view.nodes[id]?.degree} relations: choose how to expand it in the details panel.`,
                  );
              }}
              onReady={(cy) => (cyRef.current = cy)}
            />
          )}
          {load.state === "ready" && !empty && showFilters && (
            <FilterPanel
              view={view}
              visible={visible}
              filters={filters}
              onChange={explorer.setFilters}
            />
          )}
          {explorer.notice && (
            <div className="notice" role="status" aria-live="polite">
              {explorer.notice}
              <button
                type="button"
                className="link"
                aria-label="Dismiss"
                onClick={() => explorer.setNotice(null)}
              >
                ×
              </button>
            </div>
          )}
          {explorer.busy && <div className="busy" role="progressbar" aria-label="Loading" />}
        </div>
        {load.state === "ready" && !empty && (
          <Timeline
            edges={Object.values(view.edges)}
            filters={filters}
            onChange={explorer.setFilters}
          />
        )}
        {panel !== "list" && <GraphList graph={visible} />}
        <p className="sr-only" aria-live="polite">
          {selectedName ? `Selected ${selectedName}` : ""}
        </p>
      </div>
      <SidePanel
        explorer={explorer}
        panel={panel}
        visible={visible}
        pathFrom={
          selection?.kind === "node" && selectedName
            ? { id: selection.id, name: selectedName }
            : null
        }
        webgl={webgl}
        onWebgl={setWebgl}
        onPanel={setPanel}
      />
    </main>
  );
}
