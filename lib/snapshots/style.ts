import type { StylesheetJson } from "cytoscape";
import { ENTITY_STYLE, ENTITY_TYPES } from "@/lib/schema/entity-types";
import { RELATIONS } from "@/lib/schema/relations";
import { graphStylesheet } from "@/lib/view/graph-style";
import { relationMark } from "@/lib/view/relation-marks";
import type { SnapshotStyle } from "./envelope";

/** The registry's colours and shapes today, frozen into each snapshot. */
export function registryStyle(): SnapshotStyle {
  return {
    entities: Object.fromEntries(
      ENTITY_TYPES.map((t) => [t, { color: ENTITY_STYLE[t].color, shape: ENTITY_STYLE[t].shape }]),
    ),
    relations: Object.fromEntries(
      RELATIONS.map((r) => [r.name, { color: r.color, label: r.label, symmetric: r.symmetric }]),
    ),
  };
}

/** Quotes a value for a Cytoscape selector (types come from stored data, not the registry). */
function selectorValue(value: string): string {
  return JSON.stringify(value);
}

/**
 * The explorer's stylesheet (lib/view/graph-style.ts) with the snapshot's frozen colours laid
 * over it, so a snapshot keeps its look if the registry's colours change later.
 */
export function snapshotStylesheet(style: SnapshotStyle): StylesheetJson {
  const entityRules: StylesheetJson = Object.entries(style.entities).map(([type, s]) => ({
    selector: `node[type = ${selectorValue(type)}]`,
    style: { "background-color": s.color, shape: s.shape as "ellipse" },
  }));
  const relationRules: StylesheetJson = Object.entries(style.relations).map(([type, s]) => ({
    selector: `edge[type = ${selectorValue(type)}]`,
    style: {
      "line-color": s.color,
      "target-arrow-color": s.color,
      "target-arrow-shape": s.symmetric ? "none" : relationMark(type).arrow,
    },
  }));
  const [base, selected] = splitSelected(graphStylesheet());
  return [...base, ...entityRules, ...relationRules, ...selected];
}

/** Keeps `:selected` rules last so they still win over the per-type colours. */
function splitSelected(sheet: StylesheetJson): [StylesheetJson, StylesheetJson] {
  const isSelected = (rule: StylesheetJson[number]) =>
    "selector" in rule && String(rule.selector).includes(":selected");
  return [sheet.filter((r) => !isSelected(r)), sheet.filter(isSelected)];
}

/** Readable label of a relation type, from the snapshot's frozen style. */
export function relationLabel(style: SnapshotStyle, type: string): string {
  return style.relations[type]?.label ?? type.replaceAll("_", " ");
}
