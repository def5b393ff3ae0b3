import type { NodeSingular, StylesheetJson } from "cytoscape";
import { ENTITY_STYLE, ENTITY_TYPES } from "@/lib/schema/entity-types";
import { RELATIONS } from "@/lib/schema/relations";
import { RELATION_MARKS } from "./relation-marks";

/** Node diameter by relations: 24 px for none up to 58 px from 30 on (nodeDiameter computes the same). */
const NODE_DIAMETER = "mapData(degree, 0, 30, 24, 58)";

/** The diameter the stylesheet gives a node of this degree, in model pixels. */
export function nodeDiameter(degree: number): number {
  return 24 + 34 * Math.min(1, Math.max(0, degree / 30));
}

/** Entities with at least this many relations are hubs: drawn with a double ring, expanded with care. */
export const HUB_DEGREE = 100;

/**
 * Cytoscape styles derived from the registry: colour and shape per entity type, colour per
 * relation type, arrows only on directed types, width by evidence. Labels have a white halo
 * and fade out below a readable size when zoomed far out (min-zoomed-font-size).
 */
export function graphStylesheet(): StylesheetJson {
  const base: StylesheetJson = [
    {
      selector: "node",
      style: {
        label: "data(label)",
        // Hubs get larger labels, so the names that matter stay legible on a zoomed-out overview.
        "font-size": "mapData(degree, 1, 25, 12, 18)",
        "font-weight": 500,
        "font-family": "system-ui, sans-serif",
        color: "#111827",
        "text-valign": "bottom",
        "text-margin-y": 5,
        "text-wrap": "wrap",
        "text-max-width": "130px",
        "text-outline-color": "#ffffff",
        "text-outline-width": 2.5,
        "text-outline-opacity": 0.95,
        "min-zoomed-font-size": 6,
        // Better connected nodes, and so their names, are drawn over lesser ones (see crowded).
        "z-index": (node: NodeSingular) =>
          1 + Math.min(99, Math.round(Number(node.data("degree")) || 0)),
        width: NODE_DIAMETER,
        height: NODE_DIAMETER,
        "border-width": 2,
        "border-color": "#ffffff",
        "transition-property": "opacity",
        "transition-duration": 150,
      },
    },
    {
      selector: "edge",
      style: {
        width: "mapData(evidenceCount, 1, 8, 1.6, 7)",
        "curve-style": "bezier",
        "line-opacity": 0.8,
        "target-arrow-shape": "triangle",
        "arrow-scale": 1.4,
        "font-size": 10,
        "font-family": "system-ui, sans-serif",
        color: "#374151",
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
        "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 7,
      },
    },
    {
      selector: `node[degree >= ${HUB_DEGREE}]`,
      style: { "border-style": "double", "border-width": 5, "border-color": "#111827" },
    },
    // A name that would lie on a better-connected name or node (readable-labels.ts) is left out
    // until a zoom in makes room; hovering a node names it and its neighbours.
    { selector: "node.crowded", style: { label: "" } },
    {
      selector:
        "node.crowded.labelled, node.crowded.focus, node.crowded.path, node.crowded:selected",
      style: { label: "data(label)" },
    },
    { selector: "node.focus", style: { "font-weight": 700 } },
    {
      selector: "node.pinned",
      style: { "border-style": "dashed", "border-color": "#111827", "border-width": 2 },
    },
    { selector: "edge.labelled, edge:selected, edge.path", style: { label: "data(label)" } },
    { selector: ".faded", style: { opacity: 0.18 } },
    { selector: ".dim", style: { opacity: 0.3 } },
    {
      selector: ".path",
      style: { "underlay-color": "#facc15", "underlay-opacity": 0.55, "underlay-padding": 6 },
    },
    { selector: "edge.path", style: { "line-opacity": 1, "z-index": 10 } },
  ];
  const entityRules: StylesheetJson = ENTITY_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: {
      "background-color": ENTITY_STYLE[type].color,
      shape: ENTITY_STYLE[type].shape as "ellipse",
    },
  }));
  const relationRules: StylesheetJson = RELATIONS.map((spec) => {
    const mark = RELATION_MARKS[spec.name];
    return {
      selector: `edge[type = "${spec.name}"]`,
      style: {
        "line-color": spec.color,
        "target-arrow-color": spec.color,
        "target-arrow-shape": spec.symmetric ? "none" : mark.arrow,
        "line-style": mark.dash.length ? "dashed" : "solid",
        ...(mark.dash.length ? { "line-dash-pattern": mark.dash } : {}),
      },
    };
  });
  // Corroboration: a line stated by one source only is drawn lighter; one that two or more
  // sources state is drawn full strength with a dark casing.
  const corroborationRules: StylesheetJson = [
    { selector: 'edge[corroboration = "single"]', style: { "line-opacity": 0.62 } },
    {
      selector: 'edge[corroboration = "multiple"]',
      style: { "line-opacity": 1, "line-outline-width": 1.5, "line-outline-color": "#111827" },
    },
  ];
  const selected: StylesheetJson = [
    {
      selector: "node:selected",
      style: { "border-color": "#f59e0b", "border-width": 4, "border-style": "solid" },
    },
    {
      selector: "edge:selected",
      style: {
        "line-opacity": 1,
        "underlay-color": "#f59e0b",
        "underlay-opacity": 0.45,
        "underlay-padding": 5,
      },
    },
  ];
  return [...base, ...entityRules, ...relationRules, ...corroborationRules, ...selected];
}
