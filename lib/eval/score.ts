import {
  CORE_RELATION_TYPES,
  RELATION_TYPES,
  relationSpec,
  type RelationType,
} from "@/lib/schema/relations";
import type { GoldLine, PredictionLine } from "./formats";
import { emptyCounts, ratio, sumCounts, toPrf, type Counts, type Prf } from "./metrics";
import {
  isScoredType,
  mapPredictedEntities,
  predictedTriples,
  resolveGoldRelations,
  resolveNegatives,
  type PredictedTriple,
  type ResolvedGoldRelation,
} from "./triples";

/**
 * Scoring rules 3 and 4 of FORMAT.md. One document at a time (scoreDocument), then the corpus
 * (scoreCorpus) by summing counts, so every average here is a micro average.
 *
 * Fragmentation, precisely: over the predicted entities that map to some gold entity (rule 2),
 * the number of them divided by the number of distinct gold entities they map to. 1.0 means each
 * matched gold entity was predicted as one entity; 2.0 means on average its names were split over
 * two predicted entities. Predicted entities that map to nothing are not fragments (they are
 * spurious or unannotated) and are reported apart as `unmapped`. Corpus fragmentation sums both
 * counts over documents before dividing.
 */

/** The inputs cannot be scored as given (a broken gold file, not a bug here). */
export class ScoreInputError extends Error {}

export interface RelationDetail {
  type: RelationType;
  subject: string;
  object: string;
}

export interface NegativeHit extends RelationDetail {
  reason?: string;
}

export interface EntityStats {
  gold: number;
  predicted: number;
  /** Predicted entities mapped to some gold entity. */
  mapped: number;
  /** Distinct gold entities some predicted entity maps to. */
  matchedGold: number;
}

export interface DocumentScore {
  id: string;
  byType: Record<RelationType, Counts>;
  core: Prf;
  all: Prf;
  /** Predicted relations of types we do not score; ignored otherwise. */
  unscored: number;
  negatives: NegativeHit[];
  entities: EntityStats;
  fragmentation: number | null;
  truePositives: RelationDetail[];
  falsePositives: RelationDetail[];
  falseNegatives: RelationDetail[];
  warnings: string[];
}

export interface CorpusScore {
  documents: DocumentScore[];
  byType: Record<RelationType, Prf>;
  core: Prf;
  all: Prf;
  entities: EntityStats;
  fragmentation: number | null;
  negativesPredicted: number;
  unscored: number;
  warnings: string[];
}

const EMPTY_PREDICTION = (id: string): PredictionLine => ({ id, entities: [], relations: [] });

export function scoreDocument(
  gold: GoldLine,
  prediction: PredictionLine = EMPTY_PREDICTION(gold.id),
): DocumentScore {
  const mapping = mapPredictedEntities(gold, prediction);
  const goldRelations = resolveGoldRelations(gold, mapping.gold);
  const triples = predictedTriples(prediction, mapping);
  const { tripleMatched, goldMatched } = matchTriples(triples, goldRelations);

  const goldName = (i: number | null, fallback: string) =>
    i === null ? fallback : mapping.gold[i]!.entity.name;
  const describe = (t: PredictedTriple): RelationDetail => ({
    type: t.type,
    subject: t.subject === null ? `?${t.subjectName}` : goldName(t.subject, t.subjectName),
    object: t.object === null ? `?${t.objectName}` : goldName(t.object, t.objectName),
  });
  const falseTriples = triples.filter((_, i) => !tripleMatched[i]);
  const missed = goldRelations.filter((_, i) => !goldMatched[i]);

  const byType = emptyByType();
  for (const t of triples.filter((_, i) => tripleMatched[i])) byType[t.type].tp += 1;
  for (const t of falseTriples) byType[t.type].fp += 1;
  for (const g of missed) byType[g.type].fn += 1;

  const mapped = mapping.mapped.filter((m): m is number => m !== null);
  const entities: EntityStats = {
    gold: gold.entities.length,
    predicted: prediction.entities.length,
    mapped: mapped.length,
    matchedGold: new Set(mapped).size,
  };
  return {
    id: gold.id,
    byType,
    core: toPrf(sumCounts(CORE_RELATION_TYPES.map((t) => byType[t]))),
    all: toPrf(sumCounts(Object.values(byType))),
    unscored: prediction.relations.filter((r) => !isScoredType(r.type)).length,
    negatives: negativeHits(falseTriples, gold, resolveNegatives(gold, mapping.gold), describe),
    entities,
    fragmentation: ratio(entities.mapped, entities.matchedGold),
    truePositives: triples.filter((_, i) => tripleMatched[i]).map(describe),
    falsePositives: falseTriples.map(describe),
    falseNegatives: missed.map((g) => ({
      type: g.type,
      subject: g.subjectName,
      object: g.objectName,
    })),
    warnings: unresolvedWarnings(gold, goldRelations),
  };
}

/**
 * Rule 3's matching. Two passes: first against each gold relation's own object, then against
 * its alt_objects. A single greedy pass could let a prediction take a gold relation through an
 * alternative object and leave the prediction naming that relation's primary object unmatched.
 */
function matchTriples(triples: PredictedTriple[], gold: ResolvedGoldRelation[]) {
  const tripleMatched = triples.map(() => false);
  const goldMatched = gold.map(() => false);
  for (const useAlternatives of [false, true]) {
    triples.forEach((t, ti) => {
      if (tripleMatched[ti]) return;
      const gi = gold.findIndex((g, i) => !goldMatched[i] && sameTriple(t, g, useAlternatives));
      if (gi >= 0) {
        tripleMatched[ti] = true;
        goldMatched[gi] = true;
      }
    });
  }
  return { tripleMatched, goldMatched };
}

/** Same type and ends; symmetric types (met_with) in either order. Unmapped ends never match. */
function sameTriple(
  t: PredictedTriple,
  g: ResolvedGoldRelation,
  useAlternatives: boolean,
): boolean {
  if (t.type !== g.type || t.subject === null || t.object === null || g.subject === null)
    return false;
  const objects = useAlternatives ? g.altObjects : g.object === null ? [] : [g.object];
  if (g.subject === t.subject && objects.includes(t.object)) return true;
  return relationSpec(t.type).symmetric && g.subject === t.object && objects.includes(t.subject);
}

function negativeHits(
  falseTriples: PredictedTriple[],
  gold: GoldLine,
  negatives: ResolvedGoldRelation[],
  describe: (t: PredictedTriple) => RelationDetail,
): NegativeHit[] {
  const hits: NegativeHit[] = [];
  negatives.forEach((n, i) => {
    const hit = falseTriples.find((t) => sameTriple(t, n, false));
    if (hit) hits.push({ ...describe(hit), reason: gold.negatives[i]?.reason });
  });
  return hits;
}

function unresolvedWarnings(gold: GoldLine, relations: ResolvedGoldRelation[]): string[] {
  return relations
    .filter((r) => r.subject === null || r.object === null)
    .map(
      (r) =>
        `${gold.id}: gold ${r.type}(${r.subjectName}, ${r.objectName}) names an entity not in its entities`,
    );
}

function emptyByType(): Record<RelationType, Counts> {
  return Object.fromEntries(RELATION_TYPES.map((t) => [t, emptyCounts()])) as Record<
    RelationType,
    Counts
  >;
}

/**
 * Scores every gold document against the prediction with its id. A gold document without a
 * prediction scores as an empty prediction (all false negatives); a prediction whose id is not
 * in the gold is ignored. Both are reported as warnings, since either usually means the wrong
 * file was passed.
 */
export function scoreCorpus(
  golds: readonly GoldLine[],
  predictions: readonly PredictionLine[],
): CorpusScore {
  const warnings: string[] = [];
  const byId = new Map<string, PredictionLine>();
  for (const p of predictions) {
    if (byId.has(p.id))
      warnings.push(`prediction ${p.id} appears more than once; the first is scored`);
    else byId.set(p.id, p);
  }
  const goldIds = new Set<string>();
  const documents: DocumentScore[] = [];
  for (const gold of golds) {
    if (goldIds.has(gold.id)) {
      throw new ScoreInputError(`gold document id ${gold.id} appears more than once`);
    }
    goldIds.add(gold.id);
    if (!byId.has(gold.id)) warnings.push(`no prediction for ${gold.id}; scored as empty`);
    documents.push(scoreDocument(gold, byId.get(gold.id)));
  }
  for (const id of byId.keys())
    if (!goldIds.has(id)) warnings.push(`prediction ${id} has no gold document; ignored`);
  return summarize(documents, warnings);
}

function summarize(documents: DocumentScore[], warnings: string[]): CorpusScore {
  const typeCounts = (t: RelationType) => sumCounts(documents.map((d) => d.byType[t]));
  const byType = Object.fromEntries(RELATION_TYPES.map((t) => [t, toPrf(typeCounts(t))])) as Record<
    RelationType,
    Prf
  >;
  const entities: EntityStats = {
    gold: sum(documents, (d) => d.entities.gold),
    predicted: sum(documents, (d) => d.entities.predicted),
    mapped: sum(documents, (d) => d.entities.mapped),
    matchedGold: sum(documents, (d) => d.entities.matchedGold),
  };
  return {
    documents,
    byType,
    core: toPrf(sumCounts(CORE_RELATION_TYPES.map(typeCounts))),
    all: toPrf(sumCounts(RELATION_TYPES.map(typeCounts))),
    entities,
    fragmentation: ratio(entities.mapped, entities.matchedGold),
    negativesPredicted: sum(documents, (d) => d.negatives.length),
    unscored: sum(documents, (d) => d.unscored),
    warnings: [...warnings, ...documents.flatMap((d) => d.warnings)],
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  return items.reduce((total, item) => total + value(item), 0);
}
