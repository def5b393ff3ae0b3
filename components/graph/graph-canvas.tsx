"use client";
import cytoscape, { type Core, type EventObject } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useMemo, useRef } from "react";
import type { GraphData } from "@/lib/schema/graph";
import { graphStylesheet } from "@/lib/view/graph-style";
import {
  type FixedPosition,
  LARGE_GRAPH,
  type LayoutName,
  layoutOptions,
} from "@/lib/view/layouts";
import { bindReadableLabels } from "@/lib/view/readable-labels";
import { largeGraphStyle, rendererOptions } from "@/lib/view/render-options";
import { toElements } from "@/lib/view/to-elements";
import { syncElements } from "./sync-elements";

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export type Selection = { kind: "node" | "edge"; id: string } | null;

export interface GraphCanvasProps {
  graph: GraphData;
  label: string;
  focus?: string[];
  pathNodes?: string[];
  pathEdges?: string[];
  selected?: string | null;
  layout?: LayoutName;
  /** Bump to lay everything out again with `layout`. */
  layoutRun?: number;
  /** Cytoscape's experimental WebGL renderer instead of the 2D canvas one. */
  webgl?: boolean;
  onSelect?: (selection: Selection) => void;
  onExpand?: (id: string) => void;
  /** Receives the Cytoscape instance once drawn (null when it goes away): snapshots and tests use it. */
  onReady?: (cy: Core | null) => void;
}

function fixedPositions(nodes: cytoscape.NodeCollection): FixedPosition[] {
  return nodes.map((n) => ({ nodeId: n.id(), position: { ...n.position() } }));
}

/** Fades everything but a node and its neighbours while the pointer rests on it (Bloom-like). */
function bindHover(cy: Core): void {
  cy.on("mouseover", "node", (event: EventObject) => {
    const around = event.target.closedNeighborhood();
    cy.elements().not(around).addClass("faded");
    around.addClass("labelled"); // edges, and on large graphs the neighbours' names too
  });
  const clear = () => cy.elements().removeClass("faded").removeClass("labelled");
  cy.on("mouseout", "node", clear);
  cy.on("tap dbltap", clear);
  cy.container()?.addEventListener("mouseleave", clear);
  cy.on("mouseover", "edge", (event: EventObject) => event.target.addClass("labelled"));
  cy.on("mouseout", "edge", (event: EventObject) => event.target.removeClass("labelled"));
}

/** The interactive Cytoscape canvas: draws the visible graph, grows it in place, reports gestures. */
export function GraphCanvas(props: GraphCanvasProps) {
  const {
    graph,
    label,
    focus = [],
    pathNodes = [],
    pathEdges = [],
    selected = null,
    layout = "fcose",
    layoutRun = 0,
    webgl = false,
  } = props;
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const callbacks = useRef(props);
  callbacks.current = props;
  const elements = useMemo(() => toElements(graph), [graph]);
  const lastRun = useRef(-1);
  // Crossing the large-graph threshold recreates the canvas with the fast renderer settings.
  const large = elements.length > LARGE_GRAPH;

  useEffect(() => {
    registerExtensions();
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: large ? [...graphStylesheet(), ...largeGraphStyle()] : graphStylesheet(),
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
      ...rendererOptions(large ? LARGE_GRAPH + 1 : 0, webgl),
    } as cytoscape.CytoscapeOptions);
    cy.on("tap", "node", (e) => callbacks.current.onSelect?.({ kind: "node", id: e.target.id() }));
    cy.on("tap", "edge", (e) => callbacks.current.onSelect?.({ kind: "edge", id: e.target.id() }));
    cy.on("tap", (e) => e.target === cy && callbacks.current.onSelect?.(null));
    cy.on("dbltap", "node", (e) => callbacks.current.onExpand?.(e.target.id()));
    cy.on("dragfree", "node", (e) => e.target.addClass("pinned"));
    bindHover(cy);
    const unbindLabels = bindReadableLabels(cy);
    const resize = new ResizeObserver(() => cy.resize());
    resize.observe(container.current);
    cyRef.current = cy;
    // For browser tests and scripts/bench-render.ts: a canvas cannot be inspected any other way.
    (window as { liaisonCy?: Core }).liaisonCy = cy;
    lastRun.current = -1;
    callbacks.current.onReady?.(cy);
    return () => {
      unbindLabels();
      resize.disconnect();
      callbacks.current.onReady?.(null);
      cy.destroy();
      cyRef.current = null;
    };
  }, [webgl, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const firstDraw = cy.nodes().empty();
    const added = syncElements(cy, elements);
    const relayout = firstDraw || lastRun.current !== layoutRun;
    lastRun.current = layoutRun;
    if (cy.nodes().empty()) return;
    if (relayout) {
      const pinned = cy.nodes(".pinned");
      const options = layoutOptions({
        name: layout,
        elementCount: cy.elements().length,
        nodeCount: cy.nodes().length,
        incremental: false,
        fixed: fixedPositions(pinned),
        roots: focus,
      });
      (layout === "fcose" ? cy.elements() : cy.elements().not(pinned)).layout(options).run();
    } else if (added.nonempty()) {
      const placed = cy.nodes().not(added);
      const options = layoutOptions({
        name: "fcose",
        elementCount: cy.elements().length,
        nodeCount: cy.nodes().length,
        incremental: true,
        fixed: fixedPositions(placed),
      });
      const layoutRun = cy.elements().layout(options);
      // Bring newcomers into view when they landed outside it (Bloom does the same on expand).
      layoutRun.one("layoutstop", () => {
        const view = cy.extent();
        const outside = added.toArray().some((n) => {
          const p = (n as cytoscape.NodeSingular).position();
          return p.x < view.x1 || p.x > view.x2 || p.y < view.y1 || p.y > view.y2;
        });
        if (outside)
          cy.animate({ fit: { eles: cy.elements(), padding: 40 } } as never, { duration: 300 });
      });
      layoutRun.run();
    }
    // The canvas follows elements and the layout request only; focus roots are read when a layout runs.
  }, [elements, layout, layoutRun, webgl, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".path").removeClass("path");
      cy.elements(".dim").removeClass("dim");
      cy.nodes(".focus").removeClass("focus");
      for (const id of pathNodes) cy.getElementById(id).addClass("path");
      for (const id of pathEdges) cy.getElementById(id).addClass("path");
      // A path reads best with the rest of the graph stepped back (as Bloom does).
      if (pathNodes.length) cy.elements().not(".path").addClass("dim");
      for (const id of focus) cy.getElementById(id).addClass("focus");
      cy.elements(":selected").unselect();
      if (selected) cy.getElementById(selected).select();
    });
  }, [elements, pathNodes, pathEdges, focus, selected]);

  return (
    <div
      ref={container}
      className="canvas"
      role="img"
      tabIndex={0}
      aria-label={label}
      data-testid="graph-canvas"
    />
  );
}
