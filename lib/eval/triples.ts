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
  const resolve = endResolver(prediction, mapping);
  const seen = new Set<string>();
  const triples: PredictedTriple[] = [];
  for (const r of prediction.relations) {
    if (!isScoredType(r.type)) continue;
    const spec = relationSpec(r.type);
    const triple: PredictedTriple = {
      type: r.type,
      subject: resolve(r.subject, spec.subjectTypes),
      object: resolve(r.object, spec.objectTypes),
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

/**
 * Looks a relation end up by name. Names are not unique keys (one line may hold "Georgia" the
 * person and "Georgia" the country), so among entities of that name the type that fits the slot
 * best wins (see bestFit).
 */
function endResolver(prediction: PredictionLine, mapping: EntityMapping) {
  const byName = new Map<string, { type: string; mapped: number | null }[]>();
  prediction.entities.forEach((e, i) => {
    const list = byName.get(e.name) ?? [];
    list.push({ type: e.type, mapped: mapping.mapped[i] ?? null });
    byName.set(e.name, list);
  });
  return (name: string, allowed: readonly string[]): number | null => {
    const candidates = byName.get(name);
    if (!candidates) return mapEntity({ name, aliases: [] }, mapping.gold);
    return bestFit(candidates, (c) => c.type, allowed)?.mapped ?? null;
  };
}

/**
 * The candidate whose type comes earliest in the slot's allowed types (the registry lists the
 * likelier type first: a place before a country for `visited`), else the first candidate.
 */
function bestFit<T>(
  candidates: readonly T[],
  typeOf: (c: T) => string,
  allowed: readonly string[],
) {
  const rank = (c: T) => {
    const i = allowed.indexOf(typeOf(c));
    return i < 0 ? allowed.length : i;
  };
  return candidates.reduce<T | undefined>(
    (best, c) => (best === undefined || rank(c) < rank(best) ? c : best),
    undefined,
  );
}

function tripleKey(t: PredictedTriple): string {
  const end = (index: number | null, name: string) =>
    index === null ? `?${normalizeSurface(name)}` : `#${index}`;
  const ends = [end(t.subject, t.subjectName), end(t.object, t.objectName)];
  if (relationSpec(t.type).symmetric) ends.sort();
  return `${t.type}|${ends.join("|")}`;
}

/**
 * Gold relations and negatives name gold entities; the exact name is expected (the best fit
 * for the slot when two share the name), and a name that is not
 * exactly an entity name is mapped by surface form as a fallback, so a gold file with a typo in a
 * relation still scores. What stays unresolved is reported by the caller as a warning.
 */
export function resolveGoldName(
  gold: GoldForms[],
  name: string,
  allowed: readonly string[] = [],
): number | null {
  const exact = gold.flatMap((g, i) => (g.entity.name === name ? [i] : []));
  const fitting = bestFit(exact, (i) => gold[i]!.entity.type, allowed);
  return fitting ?? mapEntity({ name, aliases: [] }, gold);
}

type GoldTriple = { type: RelationType; subject: string; object: string; alt_objects?: string[] };

function resolveGoldTriple(forms: GoldForms[], r: GoldTriple): ResolvedGoldRelation {
  const spec = relationSpec(r.type);
  return {
    type: r.type,
    subject: resolveGoldName(forms, r.subject, spec.subjectTypes),
    object: resolveGoldName(forms, r.object, spec.objectTypes),
    altObjects: (r.alt_objects ?? [])
      .map((name) => resolveGoldName(forms, name, spec.objectTypes))
      .filter((i): i is number => i !== null),
    subjectName: r.subject,
    objectName: r.object,
  };
}

export function resolveGoldRelations(gold: GoldLine, forms: GoldForms[]): ResolvedGoldRelation[] {
  return gold.relations.map((r) => resolveGoldTriple(forms, r));
}

export function resolveNegatives(gold: GoldLine, forms: GoldForms[]): ResolvedGoldRelation[] {
  return gold.negatives.map((n) => resolveGoldTriple(forms, n));
}
