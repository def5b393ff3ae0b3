"use client";
import cytoscape, { type Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { Snapshot } from "@/lib/snapshots/envelope";
import { panFor, snapshotElements } from "@/lib/snapshots/elements";
import { snapshotStylesheet } from "@/lib/snapshots/style";
import { LARGE_GRAPH } from "@/lib/view/layouts";
import { bindReadableLabels } from "@/lib/view/readable-labels";
import { largeGraphStyle, rendererOptions } from "@/lib/view/render-options";

export type Selection = { kind: "node" | "edge"; id: string } | null;

declare global {
  interface Window {
    /** The viewer's Cytoscape instance, for the browser tests that compare positions. */
    __liaisonSnapshotCy?: Core;
  }
}

/**
 * The frozen picture: saved positions (`preset` layout, no new layout), saved zoom and pan, the
 * registry's stylesheet with the snapshot's colours. Nodes cannot be dragged.
 */
export function SnapshotCanvas({
  snapshot,
  onReady,
  onSelect,
  label,
}: {
  snapshot: Snapshot;
  onReady: (cy: Core | null) => void;
  onSelect: (selection: Selection) => void;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onReady, onSelect });
  callbacks.current = { onReady, onSelect };

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const elements = snapshotElements(snapshot);
    const large = elements.length > LARGE_GRAPH;
    const cy = cytoscape({
      container: element,
      elements,
      // Large snapshots open with the explorer's large-graph settings, so they draw as fast.
      style: large
        ? [...snapshotStylesheet(snapshot.style), ...largeGraphStyle()]
        : snapshotStylesheet(snapshot.style),
      ...rendererOptions(elements.length, false),
      // fit: false keeps the saved zoom and pan (a preset layout fits the viewport by default).
      layout: { name: "preset", fit: false },
      zoom: snapshot.viewport.zoom,
      pan: panFor(snapshot, element.clientWidth, element.clientHeight),
      minZoom: 0.05,
      maxZoom: 8,
      wheelSensitivity: 0.3,
      autoungrabify: true,
      boxSelectionEnabled: false,
    });
    cy.on("select", "node, edge", (event) => {
      callbacks.current.onSelect({
        kind: event.target.isNode() ? "node" : "edge",
        id: event.target.id(),
      });
    });
    cy.on("tap", (event) => event.target === cy && callbacks.current.onSelect(null));
    const unbindLabels = bindReadableLabels(cy); // as in the explorer, so the picture matches
    window.__liaisonSnapshotCy = cy;
    callbacks.current.onReady(cy);
    return () => {
      unbindLabels();
      callbacks.current.onReady(null);
      if (window.__liaisonSnapshotCy === cy) delete window.__liaisonSnapshotCy;
      cy.destroy();
    };
  }, [snapshot]);

  return (
    <div
      ref={container}
      className="canvas"
      role="img"
      aria-label={label}
      data-testid="snapshot-canvas"
    />
  );
}
