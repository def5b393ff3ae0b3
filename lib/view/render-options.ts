import type { CytoscapeOptions, StylesheetJson } from "cytoscape";
import { LARGE_GRAPH } from "./layouts";

/**
 * Renderer settings by graph size. Above LARGE_GRAPH elements panning and zooming move a cached
 * texture and skip edges while moving, the device pixel ratio is 1, and labels drop their halo
 * and show only once they are large enough to read: what keeps frames short with thousands of
 * elements. WebGL is Cytoscape's experimental renderer, behind a setting.
 */
export function rendererOptions(elementCount: number, webgl: boolean): Partial<CytoscapeOptions> {
  const large = elementCount > LARGE_GRAPH;
  return {
    ...(large ? { textureOnViewport: true, hideEdgesOnViewport: true, pixelRatio: 1 } : {}),
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  } as Partial<CytoscapeOptions>;
}

/** Style rules laid over the stylesheet for large graphs. */
export function largeGraphStyle(): StylesheetJson {
  return [
    { selector: "node", style: { "text-outline-width": 0, "min-zoomed-font-size": 10 } },
    { selector: "edge", style: { "curve-style": "haystack", "line-opacity": 0.6 } },
  ];
}
