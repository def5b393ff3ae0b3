import type { StylesheetJson } from "cytoscape";
import { ENTITY_STYLE, ENTITY_TYPES } from "@/lib/schema/entity-types";
import { RELATIONS } from "@/lib/schema/relations";

/** Cytoscape styles derived from the registry: colour and shape per entity and relation type. */
export function graphStylesheet(): StylesheetJson {
  const base: StylesheetJson = [
    {
      selector: "node",
      style: {
        label: "data(label)",
        "font-size": 11,
        "font-family": "system-ui, sans-serif",
        color: "#111827",
        "text-valign": "bottom",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "120px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "min-zoomed-font-size": 7,
        width: "mapData(degree, 0, 20, 22, 48)",
        height: "mapData(degree, 0, 20, 22, 48)",
        "border-width": 2,
        "border-color": "#ffffff",
      },
    },
    {
      selector: "edge",
      style: {
        width: "mapData(evidenceCount, 1, 6, 1.5, 6)",
        "curve-style": "bezier",
        opacity: 0.85,
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
      },
    },
    { selector: "node:selected", style: { "border-color": "#111827", "border-width": 3 } },
    { selector: "edge:selected", style: { opacity: 1, "line-style": "dashed" } },
  ];
  const entityRules: StylesheetJson = ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: {
      "background-color": ENTITY_STYLE[type].color,
      shape: ENTITY_STYLE[type].shape as "ellipse",
    },
  }));
  const relationRules: StylesheetJson = RELATIONS.map((spec) => ({
    selector: `edge[type = "${spec.name}"]`,
    style: {
      "line-color": spec.color,
      "target-arrow-color": spec.color,
      "target-arrow-shape": spec.symmetric ? "none" : "triangle",
    },
  }));
  return [...base, ...entityRules, ...relationRules];
}
