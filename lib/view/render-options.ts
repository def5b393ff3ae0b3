import type { CytoscapeOptions, NodeSingular, StylesheetJson } from "cytoscape";
import { LARGE_GRAPH } from "./layouts";

/**
 * Renderer settings by graph size. Above LARGE_GRAPH elements panning and zooming move a cached
 * texture and skip edges while moving, the device pixel ratio is 1, and node labels drop their
 * halo and are drawn only for nodes in view once zoomed in far enough to read them (see
 * bindReadableLabels): what keeps frames short with thousands of elements. WebGL is Cytoscape's
 * experimental renderer, behind a setting.
 */
export function rendererOptions(elementCount: number, webgl: boolean): Partial<CytoscapeOptions> {
  const large = elementCount > LARGE_GRAPH;
  return {
    ...(large ? { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } : {}),
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  } as Partial<CytoscapeOptions>;
}

/** Smallest on-screen label size on large graphs, in pixels; smaller labels are not drawn. */
export const LARGE_GRAPH_MIN_FONT = 10;

/**
 * Style rules laid over the stylesheet for large graphs. Node labels are off unless a node is
 * labelled (in view and zoomed in), selected, focused or on a path: measuring thousands of labels
 * is most of the first frame, and at an overview zoom none of them would be readable anyway.
 * `readable` is set by bindReadableLabels, `labelled` by hovering a neighbour.
 */
export function largeGraphStyle(): StylesheetJson {
  return [
    {
      selector: "node",
      style: { label: "", "text-outline-width": 0, "min-zoomed-font-size": LARGE_GRAPH_MIN_FONT },
    },
    {
      selector: "node.readable, node.labelled, node.focus, node.path, node:selected",
      // Drawn over the unlabelled nodes, better connected over less, with the white halo, so a
      // name placed over a lesser node (readable-labels.ts allows that) is not covered by it.
      style: {
        label: "data(label)",
        "z-index": (node: NodeSingular) =>
          1 + Math.min(99, Math.round(Number(node.data("degree")) || 0)),
        "text-outline-width": 2.5,
      },
    },
    { selector: "edge", style: { "curve-style": "haystack", "line-opacity": 0.6 } },
  ];
}
