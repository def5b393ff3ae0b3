"use client";
import cytoscape, { type Core } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useRef } from "react";
import type { GraphData } from "@/lib/schema/graph";
import { graphStylesheet } from "@/lib/view/graph-style";
import { toElements } from "@/lib/view/to-elements";

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

/** The Cytoscape canvas: draws a domain graph with the registry's styles and an fcose layout. */
export function GraphCanvas({ graph, label }: { graph: GraphData; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);

  useEffect(() => {
    registerExtensions();
    if (!container.current) return;
    const instance = cytoscape({
      container: container.current,
      elements: toElements(graph),
      style: graphStylesheet(),
      wheelSensitivity: 0.3,
      minZoom: 0.1,
      maxZoom: 4,
    });
    instance.layout({ name: "fcose", animate: false, randomize: true, nodeRepulsion: () => 9000, idealEdgeLength: () => 110 } as cytoscape.LayoutOptions).run();
    cy.current = instance;
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, [graph]);

  return <div ref={container} className="canvas" role="img" aria-label={label} data-testid="graph-canvas" />;
}
