import type { LayoutOptions } from "cytoscape";

export const LAYOUTS = [
  { name: "fcose", label: "Force (fCoSE)" },
  { name: "concentric", label: "Concentric" },
  { name: "breadthfirst", label: "Tree" },
  { name: "grid", label: "Grid" },
] as const;
export type LayoutName = (typeof LAYOUTS)[number]["name"];

export function isLayoutName(value: string | null | undefined): value is LayoutName {
  return LAYOUTS.some((l) => l.name === value);
}

/** Above this many elements layouts run in draft quality and without animation. */
export const LARGE_GRAPH = 1000;

export interface FixedPosition {
  nodeId: string;
  position: { x: number; y: number };
}

export interface LayoutRequest {
  name: LayoutName;
  elementCount: number;
  /** Nodes among the elements (the rest are edges); dense views get longer edges. */
  nodeCount?: number;
  /** Keep placed nodes where they are (an expansion): only newcomers move. */
  incremental: boolean;
  /** Nodes that must not move: pinned by dragging, or already placed when incremental. */
  fixed: FixedPosition[];
  roots?: string[];
}

/**
 * How much further apart fCoSE should place nodes: 1 for sparse views, up to 2 when there are
 * several edges per node (the hubs of a starting view otherwise pile their names on each other).
 */
export function spreadFor(elementCount: number, nodeCount: number | undefined): number {
  if (!nodeCount) return 1;
  const edgesPerNode = (elementCount - nodeCount) / nodeCount;
  return Math.min(2, Math.max(1, Math.sqrt(edgesPerNode / 1.2)));
}

/** Cytoscape layout options for a request (pure, so the choices are tested). */
export function layoutOptions(request: LayoutRequest): LayoutOptions {
  const large = request.elementCount > LARGE_GRAPH;
  const spread = large ? 1 : spreadFor(request.elementCount, request.nodeCount);
  const animate = !large && request.elementCount < 600;
  const common = { animate, animationDuration: 450, fit: !request.incremental, padding: 40 };
  switch (request.name) {
    case "fcose":
      return {
        name: "fcose",
        ...common,
        quality: large ? "draft" : "default",
        randomize: !request.incremental,
        nodeDimensionsIncludeLabels: !large,
        packComponents: !request.incremental,
        nodeRepulsion: () => 40000 * spread * spread,
        idealEdgeLength: () => 150 * spread,
        edgeElasticity: () => 0.3,
        // The draft (spectral only) packs thousands of nodes into one ball; more separation
        // spreads it at no cost in time (bench-render screenshots).
        nodeSeparation: large ? 450 : 90,
        numIter: large ? 800 : 2500,
        fixedNodeConstraint: request.fixed.length ? request.fixed : undefined,
      } as LayoutOptions;
    case "concentric":
      return {
        name: "concentric",
        ...common,
        fit: true,
        concentric: (node: { data: (k: string) => number }) => node.data("degree"),
        levelWidth: () => 3,
        minNodeSpacing: 36,
        avoidOverlap: true,
      } as LayoutOptions;
    case "breadthfirst":
      return {
        name: "breadthfirst",
        ...common,
        fit: true,
        directed: false,
        spacingFactor: 1.15,
        avoidOverlap: true,
        ...(request.roots?.length
          ? { roots: request.roots.map((id) => `[id = ${JSON.stringify(id)}]`).join(",") }
          : {}),
      } as LayoutOptions;
    case "grid":
      return {
        name: "grid",
        ...common,
        fit: true,
        avoidOverlap: true,
        avoidOverlapPadding: 30,
        condense: true,
      } as LayoutOptions;
  }
}
