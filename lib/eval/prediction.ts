import type { Extraction } from "@/lib/schema/extraction";
import type { PredictionLine } from "./formats";

/**
 * An Extraction as one prediction line of FORMAT.md. Relations in an Extraction point at entity
 * ids; a prediction line names entities instead, so ids are mapped to the entities' names here.
 */
export function toPrediction(extraction: Extraction, id: string): PredictionLine {
  const names = new Map(extraction.entities.map((e) => [e.id, e.name]));
  const nameOf = (entityId: string): string => {
    const name = names.get(entityId);
    // An extraction whose relation points at no entity is an extractor bug; say so loudly
    // rather than print a line the scorer would read as a different entity.
    if (name === undefined)
      throw new Error(`extraction for ${id}: relation names unknown entity id ${entityId}`);
    return name;
  };
  return {
    id,
    entities: extraction.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases })),
    relations: extraction.relations.map((r) => ({
      type: r.type,
      subject: nameOf(r.subject),
      object: nameOf(r.object),
      confidence: r.confidence,
      evidence: { sentence: r.evidence.sentence, start: r.evidence.start, end: r.evidence.end },
    })),
  };
}
