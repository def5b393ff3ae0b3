import { ENTITY_TYPES, type EntityType } from "@/lib/schema/entity-types";
import { RELATION_TYPES, type RelationType } from "@/lib/schema/relations";
import { DEFAULT_FILTERS, type Filters } from "./filters";

/** What the address bar holds, so reload, back/forward and a copied link show the same view. */
export interface UrlState {
  focus: string[];
  filters: Filters;
  selected: string | null;
  path: { from: string; to: string } | null;
  layout: string | null;
}

const list = (value: string | null) =>
  value
    ? value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function parseUrlState(search: string | URLSearchParams): UrlState {
  const p = typeof search === "string" ? new URLSearchParams(search) : search;
  const min = Number(p.get("minEvidence"));
  const minSources = Number(p.get("minSources"));
  const from = p.get("from");
  const to = p.get("to");
  const [pathFrom, pathTo] = list(p.get("path"));
  return {
    focus: [...new Set(list(p.get("focus")))].slice(0, 100),
    filters: {
      hiddenRelationTypes: list(p.get("hideRelations")).filter((t): t is RelationType =>
        (RELATION_TYPES as string[]).includes(t),
      ),
      hiddenEntityTypes: list(p.get("hideTypes")).filter((t): t is EntityType =>
        (ENTITY_TYPES as readonly string[]).includes(t),
      ),
      minEvidence: Number.isInteger(min) && min > 1 ? Math.min(min, 1000) : 1,
      minSources: Number.isInteger(minSources) && minSources > 1 ? Math.min(minSources, 1000) : 1,
      from: from && DATE.test(from) ? from : null,
      to: to && DATE.test(to) ? to : null,
      document: p.get("doc") || null,
    },
    selected: p.get("selected") || null,
    path: pathFrom && pathTo ? { from: pathFrom, to: pathTo } : null,
    layout: p.get("layout") || null,
  };
}

/** The query string for a state; defaults are left out so links stay short. */
export function toSearchParams(state: UrlState): string {
  const p = new URLSearchParams();
  const f = state.filters;
  if (state.focus.length) p.set("focus", state.focus.join(","));
  if (f.hiddenRelationTypes.length) p.set("hideRelations", f.hiddenRelationTypes.join(","));
  if (f.hiddenEntityTypes.length) p.set("hideTypes", f.hiddenEntityTypes.join(","));
  if (f.minEvidence > DEFAULT_FILTERS.minEvidence) p.set("minEvidence", String(f.minEvidence));
  if (f.minSources > DEFAULT_FILTERS.minSources) p.set("minSources", String(f.minSources));
  if (f.from) p.set("from", f.from);
  if (f.to) p.set("to", f.to);
  if (f.document) p.set("doc", f.document);
  if (state.path) p.set("path", `${state.path.from},${state.path.to}`);
  if (state.selected) p.set("selected", state.selected);
  if (state.layout) p.set("layout", state.layout);
  return p.toString().replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}
