import type { EntityType } from "./entity-types";

/** Lower-case ASCII slug: accents stripped, anything else between words becomes one dash. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/**
 * A stable, readable entity key such as `person:kirill-dmitriev`. Derived from the canonical name
 * and type, never from Neo4j's elementId, so links and snapshots survive deletes and reloads.
 */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type.toLowerCase()}:${slugify(canonicalName) || "unnamed"}`;
}

/** Key of the one relationship stored per (type, subject, object); symmetric types sort ends. */
export function relationId(
  type: string,
  subjectId: string,
  objectId: string,
  symmetric: boolean,
): string {
  const [a, b] = symmetric && objectId < subjectId ? [objectId, subjectId] : [subjectId, objectId];
  return `${type}:${a}|${b}`;
}
