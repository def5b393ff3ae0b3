import { RELATION_TYPES, type RelationType } from "@/lib/schema/relations";

export interface RelationKey {
  type: RelationType;
  subject: string;
  object: string;
}

/**
 * Reads a relation id made by relationId() (`met_with:person:a|person:b`) back into its type and
 * end entity ids, so the relationship is found from its (indexed) ends. Null when it is not one.
 */
export function parseRelationId(id: string): RelationKey | null {
  const colon = id.indexOf(":");
  if (colon <= 0) return null;
  const type = id.slice(0, colon);
  if (!(RELATION_TYPES as string[]).includes(type)) return null;
  const ends = id.slice(colon + 1).split("|");
  if (ends.length !== 2 || !ends[0] || !ends[1]) return null;
  return { type: type as RelationType, subject: ends[0], object: ends[1] };
}
