import type { RelationType } from "@/lib/schema/relations";

/**
 * How each relation type is told apart without its colour (for colour-blind readers and
 * black-and-white prints): a dash pattern and an end marker, on the canvas, in the legend and in
 * exports. Mutual types have no end marker, as they have no direction.
 */
export interface RelationMark {
  /** Dash and gap lengths in pixels; empty for a solid line. */
  dash: number[];
  /** Cytoscape arrow shape at the target end. */
  arrow:
    | "none"
    | "triangle"
    | "tee"
    | "diamond"
    | "circle"
    | "square"
    | "chevron"
    | "triangle-backcurve";
  /** In words, for the legend's accessible name. */
  describe: string;
}

export const RELATION_MARKS: Record<RelationType, RelationMark> = {
  met_with: { dash: [], arrow: "none", describe: "solid line, no arrow" },
  envoy_of: { dash: [10, 4], arrow: "triangle", describe: "long dashes, arrow" },
  sanctioned_by: { dash: [], arrow: "tee", describe: "solid line, bar end" },
  works_for: { dash: [2, 4], arrow: "square", describe: "dotted line, square end" },
  leads: { dash: [], arrow: "diamond", describe: "solid line, diamond end" },
  educated_at: { dash: [8, 3, 2, 3], arrow: "circle", describe: "dash-dot line, circle end" },
  visited: { dash: [4, 4], arrow: "triangle-backcurve", describe: "short dashes, curved arrow" },
  aide_to: {
    dash: [10, 3, 2, 3, 2, 3],
    arrow: "chevron",
    describe: "dash-dot-dot line, chevron end",
  },
};

export function relationMark(type: string): RelationMark {
  return (
    RELATION_MARKS[type as RelationType] ?? { dash: [], arrow: "triangle", describe: "solid line" }
  );
}
