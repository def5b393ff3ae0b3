import type { DocumentSummary, ExplorerEdge } from "@/lib/graph/rows";
import type { ExplorerNode } from "@/lib/graph/neighborhood";
import type { EntityType } from "@/lib/schema/entity-types";
import type { RelationType } from "@/lib/schema/relations";
import type { ViewGraph } from "./view-graph";

/**
 * What the person chose to see. Types are listed when switched OFF, so the default (everything
 * on) is empty and new registry types show up without a migration.
 */
export interface Filters {
  hiddenRelationTypes: RelationType[];
  hiddenEntityTypes: EntityType[];
  minEvidence: number;
  /** Minimum distinct sources (publishers) behind a line: "at least N sources". */
  minSources: number;
  /** Inclusive ISO dates (YYYY-MM-DD or a prefix); an edge shows when its evidence overlaps. */
  from: string | null;
  to: string | null;
  /** Only relations with evidence from this document. */
  document: string | null;
}

export const DEFAULT_FILTERS: Filters = {
  hiddenRelationTypes: [],
  hiddenEntityTypes: [],
  minEvidence: 1,
  minSources: 1,
  from: null,
  to: null,
  document: null,
};

export function filtersActive(f: Filters): boolean {
  return edgeFiltersActive(f) || f.hiddenEntityTypes.length > 0;
}

function edgeFiltersActive(f: Filters): boolean {
  return (
    f.hiddenRelationTypes.length > 0 ||
    f.minEvidence > 1 ||
    (f.minSources ?? 1) > 1 ||
    !!f.from ||
    !!f.to ||
    !!f.document
  );
}

/** Overlap of [firstSeen, lastSeen] with [from, to]; dates compare as ISO strings. */
export function inDateRange(
  edge: Pick<ExplorerEdge, "firstSeen" | "lastSeen">,
  from: string | null,
  to: string | null,
): boolean {
  const first = edge.firstSeen ?? edge.lastSeen;
  const last = edge.lastSeen ?? edge.firstSeen;
  if (!first || !last) return !from && !to;
  if (from && last < from) return false;
  if (to && first.slice(0, to.length) > to) return false;
  return true;
}

export function edgePasses(edge: ExplorerEdge, f: Filters): boolean {
  return (
    !f.hiddenRelationTypes.includes(edge.type) &&
    edge.evidenceCount >= f.minEvidence &&
    ((f.minSources ?? 1) <= 1 || (edge.sources?.length ?? 0) >= f.minSources) &&
    inDateRange(edge, f.from, f.to) &&
    (!f.document || edge.documentIds.includes(f.document))
  );
}

export interface VisibleGraph {
  nodes: ExplorerNode[];
  edges: ExplorerEdge[];
}

/**
 * The drawn graph: the stored view minus hidden entities and what the filters exclude. When an
 * edge filter is on, entities left without any relation disappear too (except focused ones), so
 * a filter visibly narrows the picture instead of leaving a scatter of dots.
 */
export function visibleGraph(view: ViewGraph, f: Filters): VisibleGraph {
  const hidden = new Set(view.hidden);
  const candidates = Object.values(view.nodes).filter(
    (n) => !hidden.has(n.id) && !f.hiddenEntityTypes.includes(n.type),
  );
  const ids = new Set(candidates.map((n) => n.id));
  const edges = Object.values(view.edges).filter(
    (e) => ids.has(e.source) && ids.has(e.target) && edgePasses(e, f),
  );
  if (!edgeFiltersActive(f)) return { nodes: candidates, edges };
  const linked = new Set(edges.flatMap((e) => [e.source, e.target]));
  const keep = new Set([...view.focus, ...(view.path?.nodes ?? [])]);
  return { nodes: candidates.filter((n) => linked.has(n.id) || keep.has(n.id)), edges };
}

/** Months (YYYY-MM) spanned by the evidence dates of the stored edges: the time slider's scale. */
export function monthRange(edges: ExplorerEdge[]): string[] {
  const dates = edges
    .flatMap((e) => [e.firstSeen, e.lastSeen])
    .filter((d): d is string => !!d && /^\d{4}-\d{2}/.test(d));
  if (dates.length === 0) return [];
  const sorted = dates.map((d) => d.slice(0, 7)).sort();
  const months: string[] = [];
  let [year, month] = sorted[0]!.split("-").map(Number) as [number, number];
  const last = sorted.at(-1)!;
  for (let guard = 0; guard < 600; guard++) {
    const m = `${year}-${String(month).padStart(2, "0")}`;
    months.push(m);
    if (m >= last) break;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

/** Documents behind the stored edges, newest first (the source filter's choices). */
export function documentChoices(view: ViewGraph): DocumentSummary[] {
  const used = new Set(Object.values(view.edges).flatMap((e) => e.documentIds));
  return Object.values(view.documents)
    .filter((d) => used.has(d.id))
    .sort(
      (a, b) =>
        (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "") || a.id.localeCompare(b.id),
    );
}
