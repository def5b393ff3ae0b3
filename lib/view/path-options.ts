import { ENTITY_TYPES, type EntityType } from "@/lib/schema/entity-types";
import { RELATION_TYPES, type RelationType } from "@/lib/schema/relations";
import type { Filters } from "./filters";

/** What "how are they connected" may go through: by default, exactly what the view shows. */
export interface PathOptions {
  relationTypes: RelationType[];
  entityTypes: EntityType[];
  /** Only people and organisations between the two ends (no countries or places as go-betweens). */
  peopleAndOrganizationsOnly: boolean;
  minEvidence: number;
  /** Up to this many paths, ranked by evidence. */
  limit: number;
}

export const PATH_LIMITS = [1, 3, 5, 10] as const;
export const DEFAULT_PATH_LIMIT = 3;

/** The view's filters as path options: the relation and entity types shown, its minimum evidence. */
export function pathOptionsFromFilters(
  filters: Filters,
  extra: Partial<Pick<PathOptions, "peopleAndOrganizationsOnly" | "limit">> = {},
): PathOptions {
  return {
    relationTypes: RELATION_TYPES.filter((t) => !filters.hiddenRelationTypes.includes(t)),
    entityTypes: ENTITY_TYPES.filter((t) => !filters.hiddenEntityTypes.includes(t)),
    peopleAndOrganizationsOnly: extra.peopleAndOrganizationsOnly ?? false,
    minEvidence: filters.minEvidence,
    limit: extra.limit ?? DEFAULT_PATH_LIMIT,
  };
}

/** The entity types a path may pass through under these options. */
export function pathEntityTypes(options: PathOptions): EntityType[] {
  return options.peopleAndOrganizationsOnly
    ? options.entityTypes.filter((t) => t === "Person" || t === "Organization")
    : options.entityTypes;
}

/** The path API's query string; types are left out when all are allowed, so the link stays short. */
export function pathQueryString(from: string, to: string, options: PathOptions): string {
  const p = new URLSearchParams({ from, to });
  if (options.relationTypes.length < RELATION_TYPES.length)
    p.set("types", options.relationTypes.join(","));
  const entityTypes = pathEntityTypes(options);
  if (entityTypes.length < ENTITY_TYPES.length) p.set("entityTypes", entityTypes.join(","));
  if (options.minEvidence > 1) p.set("minEvidence", String(options.minEvidence));
  p.set("limit", String(options.limit));
  return p.toString();
}
