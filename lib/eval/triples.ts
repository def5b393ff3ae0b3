import { RELATION_TYPES, relationSpec, type RelationType } from "@/lib/schema/relations";
import { indexGold, mapEntity, type GoldForms } from "./entity-map";
import type { GoldLine, PredictionLine } from "./formats";
import { normalizeSurface } from "./normalize";

/**
 * Rule 2's second half and rule 3's de-duplication: predicted relations become triples of gold
 * entity indexes, gold relations and negatives are resolved to the same indexes.
 */

/** A predicted relation as a triple of gold entities; an end is null when it maps to none. */
export interface PredictedTriple {
  type: RelationType;
  subject: number | null;
  object: number | null;
  /** The names as predicted, for reports. */
  subjectName: string;
  objectName: string;
}

export interface ResolvedGoldRelation {
  type: RelationType;
  subject: number | null;
  object: number | null;
  altObjects: number[];
  subjectName: string;
  objectName: string;
}

export interface EntityMapping {
  gold: GoldForms[];
  /** For each predicted entity, in order, the gold index it maps to or null. */
  mapped: (number | null)[];
}

const SCORED = new Set<string>(RELATION_TYPES);

export function isScoredType(type: string): type is RelationType {
  return SCORED.has(type);
}

export function mapPredictedEntities(gold: GoldLine, prediction: PredictionLine): EntityMapping {
  const goldForms = indexGold(gold.entities);
  return { gold: goldForms, mapped: prediction.entities.map((e) => mapEntity(e, goldForms)) };
}

/**
 * Predicted relations of scored types as de-duplicated triples. A relation end is looked up by
 * exact name among the line's entities; a name missing there (a malformed prediction) is mapped
 * on its own, as an entity with no aliases, rather than dropped, so the relation still counts.
 * Symmetric types de-duplicate on the unordered pair: met_with(A,B) and met_with(B,A) are one
 * claim, and counting the second as a false positive would punish saying the same thing twice.
 */
export function predictedTriples(
  prediction: PredictionLine,
  mapping: EntityMapping,
): PredictedTriple[] {
  const byName = new Map<string, number | null>();
  prediction.entities.forEach((e, i) => {
    if (!byName.has(e.name)) byName.set(e.name, mapping.mapped[i] ?? null);
  });
  const resolve = (name: string): number | null =>
    byName.has(name) ? (byName.get(name) ?? null) : mapEntity({ name, aliases: [] }, mapping.gold);

  const seen = new Set<string>();
  const triples: PredictedTriple[] = [];
  for (const r of prediction.relations) {
    if (!isScoredType(r.type)) continue;
    const triple: PredictedTriple = {
      type: r.type,
      subject: resolve(r.subject),
      object: resolve(r.object),
      subjectName: r.subject,
      objectName: r.object,
    };
    const key = tripleKey(triple);
    if (!seen.has(key)) {
      seen.add(key);
      triples.push(triple);
    }
  }
  return triples;
}

function tripleKey(t: PredictedTriple): string {
  const end = (index: number | null, name: string) =>
    index === null ? `?${normalizeSurface(name)}` : `#${index}`;
  const ends = [end(t.subject, t.subjectName), end(t.object, t.objectName)];
  if (relationSpec(t.type).symmetric) ends.sort();
  return `${t.type}|${ends.join("|")}`;
}

/**
 * Gold relations and negatives name gold entities; the exact name is expected, and a name that is
 * not exactly an entity name is mapped by surface form as a fallback (a gold file with a typo in
 * a relation still scores). What stays unresolved is reported by the caller as a warning.
 */
export function resolveGoldName(gold: GoldForms[], name: string): number | null {
  const exact = gold.findIndex((g) => g.entity.name === name);
  return exact >= 0 ? exact : mapEntity({ name, aliases: [] }, gold);
}

export function resolveGoldRelations(gold: GoldLine, forms: GoldForms[]): ResolvedGoldRelation[] {
  return gold.relations.map((r) => ({
    type: r.type,
    subject: resolveGoldName(forms, r.subject),
    object: resolveGoldName(forms, r.object),
    altObjects: (r.alt_objects ?? [])
      .map((name) => resolveGoldName(forms, name))
      .filter((i): i is number => i !== null),
    subjectName: r.subject,
    objectName: r.object,
  }));
}

export function resolveNegatives(gold: GoldLine, forms: GoldForms[]): ResolvedGoldRelation[] {
  return gold.negatives.map((n) => ({
    type: n.type,
    subject: resolveGoldName(forms, n.subject),
    object: resolveGoldName(forms, n.object),
    altObjects: [],
    subjectName: n.subject,
    objectName: n.object,
  }));
}
